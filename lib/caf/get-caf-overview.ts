import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { HabilitationStatus } from "@/lib/generated/prisma/enums";
import { endingSoonFilter } from "@/lib/conventions/list-conventions";
import { overdueFilter } from "@/lib/family-requests/get-caf-family-request-oversight";
import { staleAvailabilityFilter } from "@/lib/moderation/list-stale-facilities";

export type CafOverview = {
  caf: { id: string; name: string; departementCode: string; departementName: string };
  facilityCount: number;
  requestsByStatus: Partial<Record<HabilitationStatus, number>>;
  // Submission date of the oldest request still waiting for the Caf (received or in review).
  oldestWaitingSince: Date | null;
  conventionsEndingSoon: number;
  overdueFamilyRequests: number;
  staleAvailabilityFacilities: number;
  pendingOperatingInfo: number;
  pendingPhotos: number;
};

/** The agent's own Caf; a Cnaf admin picks one by département code. */
export async function getCafOverview(actor: SessionUser, departementCode?: string): Promise<CafOverview | null> {
  const where =
    actor.role === "CAF_AGENT"
      ? { id: actor.cafId ?? "" }
      : actor.role === "CNAF_ADMIN"
        ? { departementCode: departementCode ?? "" }
        : null;
  if (!where) return null;
  const caf = await db.caf.findFirst({ where, include: { departement: true } });
  if (!caf) return null;
  const [
    facilityCount,
    grouped,
    oldestWaiting,
    conventionsEndingSoon,
    overdueFamilyRequests,
    staleAvailabilityFacilities,
    pendingOperatingInfo,
    pendingPhotos,
  ] = await Promise.all([
    db.facility.count({ where: { cafId: caf.id, status: "OPEN" } }),
    db.habilitationRequest.groupBy({ by: ["status"], where: { cafId: caf.id }, _count: true }),
    db.habilitationRequest.findFirst({
      where: { cafId: caf.id, status: { in: ["RECEIVED", "IN_REVIEW"] } },
      orderBy: { submittedAt: "asc" },
      select: { submittedAt: true },
    }),
    db.convention.count({ where: { cafId: caf.id, ...endingSoonFilter() } }),
    db.familyRequest.count({ where: { cafId: caf.id, ...overdueFilter() } }),
    db.facility.count({ where: { cafId: caf.id, ...staleAvailabilityFilter() } }),
    db.operatingInfoVersion.count({ where: { status: "PENDING", facility: { cafId: caf.id } } }),
    db.facilityPhoto.count({ where: { status: "PENDING", facility: { cafId: caf.id } } }),
  ]);
  return {
    caf: { id: caf.id, name: caf.name, departementCode: caf.departementCode, departementName: caf.departement.name },
    facilityCount,
    requestsByStatus: Object.fromEntries(grouped.map((g) => [g.status, g._count])),
    oldestWaitingSince: oldestWaiting?.submittedAt ?? null,
    conventionsEndingSoon,
    overdueFamilyRequests,
    staleAvailabilityFacilities,
    pendingOperatingInfo,
    pendingPhotos,
  };
}
