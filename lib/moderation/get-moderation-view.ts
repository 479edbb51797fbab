import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { requireModeratedFacility } from "@/lib/portal/facility-permissions";
import { slotViewSelect, toSlotView } from "@/lib/availability/slot-view";
import type { OperatingInfo } from "@/lib/operating-info/operating-info-schema";

const HISTORY_SIZE = 30;
// Everything published about a facility, and its moderation, goes through these audited actions.
export const CONTENT_ACTIONS = [
  "availability.publish",
  "operating-info.submit",
  "operating-info.approve",
  "operating-info.reject",
  "facility.photo-upload",
  "facility-photo.approve",
  "facility-photo.reject",
  "moderation.withdraw-operatingInfo",
  "moderation.withdraw-availabilities",
  "moderation.withdraw-photo",
];

/** What a Caf agent sees before withdrawing content: what is online now and the content's audit trail. */
export async function getModerationView(actor: SessionUser, facilityId: string) {
  const facility = await requireModeratedFacility(actor, facilityId);
  const [row, history] = await Promise.all([
    db.facility.findUniqueOrThrow({
      where: { id: facility.id },
      select: {
        availabilitiesUpdatedAt: true,
        caf: { select: { name: true } },
        commune: { select: { name: true } },
        publishedOperatingInfo: { select: { content: true, publishedAt: true } },
        currentAvailabilityPublication: {
          select: {
            noPlaceAvailable: true,
            publishedByPersonalNumber: true,
            slots: { select: slotViewSelect, orderBy: { startDate: "asc" } },
          },
        },
        publishedPhoto: { select: { altText: true, uploadedAt: true } },
      },
    }),
    db.auditEvent.findMany({
      where: { entityType: "Facility", entityId: facility.id, action: { in: CONTENT_ACTIONS } },
      select: { id: true, at: true, action: true, actorPersonalNumber: true, reason: true, apiKeyId: true },
      orderBy: { at: "desc" },
      take: HISTORY_SIZE,
    }),
  ]);
  return {
    facility: {
      id: facility.id,
      name: facility.name,
      isEaje: facility.isEaje,
      cafName: row.caf.name,
      city: row.commune.name,
    },
    operatingInfo: row.publishedOperatingInfo
      ? {
          content: row.publishedOperatingInfo.content as OperatingInfo,
          publishedAt: row.publishedOperatingInfo.publishedAt,
        }
      : null,
    availabilities: row.currentAvailabilityPublication
      ? {
          ...row.currentAvailabilityPublication,
          slots: row.currentAvailabilityPublication.slots.map(toSlotView),
          updatedAt: row.availabilitiesUpdatedAt,
        }
      : null,
    photo: row.publishedPhoto,
    history,
  };
}
