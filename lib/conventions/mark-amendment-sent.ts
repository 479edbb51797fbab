import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { isoDay } from "@/lib/validation/dates";
import { findAmendmentInScope } from "./find-amendment-in-scope";
import { sendingSchema } from "./mark-convention-sent";
import { transitionAmendment } from "./transition-amendment";

/** The avenant left for signature: produced → sent. */
export async function markAmendmentSent(actor: SessionUser, amendmentId: string, input: unknown) {
  const { sentOn } = sendingSchema.parse(input);
  await db.$transaction(async (tx) => {
    const amendment = await findAmendmentInScope(actor, amendmentId, tx);
    if (isoDay(sentOn) < isoDay(amendment.createdAt))
      throw new DomainError("Date d'envoi : elle ne peut pas précéder la production de l'avenant.", 422);
    await transitionAmendment(tx, amendment, "SENT", actor, { sentAt: sentOn });
    await recordAuditEvent(
      actor,
      {
        action: "amendment.send",
        entityType: "Convention",
        entityId: amendment.conventionId,
        cafId: amendment.convention.cafId,
        data: { number: amendment.number, sentOn: isoDay(sentOn) },
      },
      tx,
    );
  });
}
