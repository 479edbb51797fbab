import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { requirePartnerFacility } from "@/lib/portal/facility-permissions";
import { slotViewSelect, toSlotView } from "./slot-view";

const HISTORY_SIZE = 10;

/** What the availabilities editor shows: the current set (to start from) and the latest publications. */
export async function getAvailabilityEditor(actor: SessionUser, facilityId: string) {
  const facility = await requirePartnerFacility(actor, facilityId, "availabilities");
  const [current, history] = await Promise.all([
    db.facility.findUniqueOrThrow({
      where: { id: facility.id },
      select: {
        availabilitiesUpdatedAt: true,
        currentAvailabilityPublication: {
          select: { noPlaceAvailable: true, slots: { select: slotViewSelect, orderBy: { startDate: "asc" } } },
        },
      },
    }),
    db.availabilityPublication.findMany({
      where: { facilityId: facility.id },
      select: {
        id: true,
        publishedAt: true,
        publishedByPersonalNumber: true,
        noPlaceAvailable: true,
        apiKeyId: true,
        withdrawnAt: true,
        withdrawalReason: true,
        _count: { select: { slots: true } },
      },
      orderBy: { publishedAt: "desc" },
      take: HISTORY_SIZE,
    }),
  ]);
  return {
    facility: { id: facility.id, name: facility.name },
    updatedAt: current.availabilitiesUpdatedAt,
    current: current.currentAvailabilityPublication
      ? {
          noPlaceAvailable: current.currentAvailabilityPublication.noPlaceAvailable,
          slots: current.currentAvailabilityPublication.slots.map(toSlotView),
        }
      : null,
    history: history.map(({ _count, ...publication }) => ({ ...publication, slotCount: _count.slots })),
  };
}
