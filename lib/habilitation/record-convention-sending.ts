import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { isoDay, pastOrTodayDate } from "@/lib/validation/dates";
import { transitionConvention } from "@/lib/conventions/transition-convention";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";

export const sendingSchema = z.object({ sentOn: pastOrTodayDate("Date d'envoi postal") });

/** The convention left by post: in review → convention sent. */
export async function recordConventionSending(actor: SessionUser, requestId: string, input: unknown) {
  const { sentOn } = sendingSchema.parse(input);
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    const convention = await tx.convention.findUnique({ where: { requestId } });
    if (!convention) throw new DomainError("Produisez d'abord la convention.", 409);
    if (isoDay(sentOn) < isoDay(request.submittedAt))
      throw new DomainError("Date d'envoi postal : elle ne peut pas précéder le dépôt de la demande.", 422);
    await transitionConvention(tx, convention, "SENT", actor, { sentAt: sentOn });
    await transitionRequest(
      tx,
      request,
      "CONVENTION_SENT",
      actor,
      `Envoi postal le ${sentOn.toLocaleDateString("fr-FR", { timeZone: "UTC" })}`,
    );
    await recordAuditEvent(
      actor,
      {
        action: "convention.send",
        entityType: "Convention",
        entityId: convention.id,
        cafId: request.cafId,
        data: { sentOn: isoDay(sentOn) },
      },
      tx,
    );
  });
}
