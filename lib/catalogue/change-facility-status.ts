import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { findFacilityInScope } from "./find-facility-in-scope";

const statusChangeSchema = z.object({
  status: z.enum(["OPEN", "CLOSED"]),
  reason: z.string().trim().max(500, "Le motif dépasse 500 caractères.").optional(),
});

/**
 * Closes or reopens a facility. A closed facility leaves the public picker and search but keeps its
 * history (conventions, publications): catalogue entries are never deleted.
 */
export async function changeFacilityStatus(actor: SessionUser, facilityId: string, input: unknown) {
  const { status, reason } = statusChangeSchema.parse(input);
  return db.$transaction(async (tx) => {
    const current = await findFacilityInScope(actor, facilityId, tx);
    if (current.status === status)
      throw new DomainError(
        status === "CLOSED" ? "Cette structure est déjà fermée." : "Cette structure est déjà ouverte.",
        409,
      );
    await tx.facility.update({
      where: { id: current.id },
      data: { status, closedAt: status === "CLOSED" ? new Date() : null, updatedByPersonalId: actor.personalNumber },
    });
    await recordAuditEvent(
      actor,
      {
        action: status === "CLOSED" ? "facility.close" : "facility.reopen",
        entityType: "Facility",
        entityId: current.id,
        cafId: current.cafId,
        reason: reason || null,
      },
      tx,
    );
  });
}
