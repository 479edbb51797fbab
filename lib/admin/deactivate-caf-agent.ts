import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { requireCnaf } from "./require-cnaf";
import { findCafAgent } from "./find-caf-agent";

const reasonSchema = z.object({ reason: z.string().trim().max(500, "Le motif dépasse 500 caractères.").optional() });

/** Closes an agent's account; bumping the session version ends their open sessions at once. */
export async function deactivateCafAgent(actor: SessionUser, agentId: string, input: unknown) {
  requireCnaf(actor);
  const { reason } = reasonSchema.parse(input);
  return db.$transaction(async (tx) => {
    const agent = await findCafAgent(agentId, tx);
    if (!agent.active) throw new DomainError("Ce compte est déjà désactivé.", 409);
    await tx.user.update({
      where: { id: agent.id },
      data: { active: false, deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(
      actor,
      { action: "user.deactivate", entityType: "User", entityId: agent.id, cafId: agent.cafId, reason: reason || null },
      tx,
    );
  });
}
