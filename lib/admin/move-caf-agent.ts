import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { requireCnaf } from "./require-cnaf";
import { findCafAgent } from "./find-caf-agent";

const moveSchema = z.object({
  cafId: z.string({ error: "Choisissez la nouvelle Caf." }).min(1, "Choisissez la nouvelle Caf."),
});

/**
 * Moves an agent to another Caf. Their sessions end (the scope in any open page would be stale) and
 * the move is recorded in both Cafs' audit trails.
 */
export async function moveCafAgent(actor: SessionUser, agentId: string, input: unknown) {
  requireCnaf(actor);
  const { cafId } = moveSchema.parse(input);
  return db.$transaction(async (tx) => {
    const agent = await findCafAgent(agentId, tx);
    if (agent.cafId === cafId) throw new DomainError("L'agent est déjà rattaché à cette Caf.", 409);
    if (!(await tx.caf.findUnique({ where: { id: cafId }, select: { id: true } })))
      throw new AccessDeniedError(404, "Caf introuvable.");
    await tx.user.update({ where: { id: agent.id }, data: { cafId, sessionVersion: { increment: 1 } } });
    for (const side of [agent.cafId, cafId]) {
      await recordAuditEvent(
        actor,
        {
          action: "user.move",
          entityType: "User",
          entityId: agent.id,
          cafId: side,
          data: { fromCafId: agent.cafId, toCafId: cafId },
        },
        tx,
      );
    }
  });
}
