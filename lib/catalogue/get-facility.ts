import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findFacilityInScope } from "./find-facility-in-scope";

const HISTORY_LENGTH = 20;

/** One catalogue entry with its latest audited changes (who, by personal number, and when). */
export async function getFacility(actor: SessionUser, facilityId: string) {
  const facility = await findFacilityInScope(actor, facilityId);
  const history = await db.auditEvent.findMany({
    where: { entityType: "Facility", entityId: facility.id },
    select: { id: true, at: true, action: true, actorPersonalNumber: true, reason: true, data: true },
    orderBy: { at: "desc" },
    take: HISTORY_LENGTH,
  });
  return { facility, history };
}
