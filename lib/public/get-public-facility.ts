// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { db } from "@/lib/db";
import { slotViewSelect, toSlotView } from "@/lib/availability/slot-view";
import type { OperatingInfo } from "@/lib/operating-info/operating-info-schema";

/** What families see of an open facility: published content only (never a pending or withdrawn version or photo). */
export async function getPublicFacility(facilityId: string) {
  const facility = await db.facility.findFirst({
    where: { id: facilityId, status: "OPEN" },
    select: {
      id: true,
      name: true,
      kind: true,
      isEaje: true,
      street: true,
      postcode: true,
      contactEmail: true,
      contactPhone: true,
      website: true,
      capacity: true,
      availabilitiesUpdatedAt: true,
      commune: { select: { name: true } },
      caf: { select: { name: true } },
      provider: { select: { legalName: true } },
      publishedOperatingInfo: { select: { content: true, publishedAt: true } },
      currentAvailabilityPublication: {
        select: { noPlaceAvailable: true, slots: { select: slotViewSelect, orderBy: { startDate: "asc" } } },
      },
      publishedPhoto: { select: { altText: true, uploadedAt: true } },
    },
  });
  if (!facility) return null;
  const { publishedOperatingInfo, currentAvailabilityPublication, publishedPhoto, ...rest } = facility;
  return {
    ...rest,
    photo: publishedPhoto,
    operatingInfo: publishedOperatingInfo
      ? { content: publishedOperatingInfo.content as OperatingInfo, publishedAt: publishedOperatingInfo.publishedAt }
      : null,
    availabilities: currentAvailabilityPublication
      ? {
          noPlaceAvailable: currentAvailabilityPublication.noPlaceAvailable,
          slots: currentAvailabilityPublication.slots.map(toSlotView),
        }
      : null,
  };
}
