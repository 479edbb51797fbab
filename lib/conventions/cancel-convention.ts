import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findConventionOfRequest } from "./find-convention-of-request";
import { transitionConvention } from "./transition-convention";

/**
 * The request was refused after its convention was produced: the convention will never be signed.
 * It is cancelled (its frozen PDF stays, for the record); a request without convention is left alone.
 */
export async function cancelConventionOfRequest(tx: Tx, actor: SessionUser, requestId: string, reason: string) {
  const existing = await tx.convention.findUnique({ where: { requestId }, select: { id: true } });
  if (!existing) return;
  const convention = await findConventionOfRequest(requestId, tx);
  await transitionConvention(tx, convention, "CANCELLED", actor, { cancelledAt: new Date() }, reason);
  await recordAuditEvent(
    actor,
    { action: "convention.cancel", entityType: "Convention", entityId: convention.id, cafId: convention.cafId, reason },
    tx,
  );
}
