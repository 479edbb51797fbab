import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { requireCnaf } from "./require-cnaf";

const idSchema = z.string().min(1).max(40);

/** "Retry now": a message abandoned after every retry goes back to the outbox, due at once. */
export async function retryOutboxEmail(actor: SessionUser, emailId: unknown) {
  requireCnaf(actor);
  const parsed = idSchema.safeParse(emailId);
  if (!parsed.success) throw new DomainError("Courriel introuvable.");
  return db.$transaction(async (tx) => {
    const retried = await tx.outboxEmail.updateMany({
      where: { id: parsed.data, status: "FAILED" },
      data: { status: "PENDING", nextAttemptAt: new Date(), lockedUntil: null },
    });
    if (retried.count === 0) throw new DomainError("Ce courriel n'est plus en échec (déjà renvoyé ou supprimé).", 409);
    await recordAuditEvent(actor, { action: "outbox.retry", entityType: "OutboxEmail", entityId: parsed.data }, tx);
  });
}
