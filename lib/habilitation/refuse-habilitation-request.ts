import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueEmail } from "@/lib/email/outbox";
import { HabilitationRefusalEmail } from "@/emails/habilitation-refusal-email";
import { cancelConventionOfRequest } from "@/lib/conventions/cancel-convention";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";

export const refusalSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(10, "Motif du refus : 10 caractères au minimum, il est envoyé au demandeur.")
    .max(2000, "Motif du refus : 2000 caractères au maximum."),
});

/** Refuses the request with a reason, which is e-mailed to the provider; a convention already produced is cancelled. */
export async function refuseHabilitationRequest(actor: SessionUser, requestId: string, input: unknown) {
  const { reason } = refusalSchema.parse(input);
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    await transitionRequest(tx, request, "REFUSED", actor, reason);
    await cancelConventionOfRequest(tx, actor, request.id, reason);
    const caf = await tx.caf.findUniqueOrThrow({ where: { id: request.cafId }, select: { name: true } });
    await enqueueEmail(
      {
        template: "habilitation-refusal",
        to: request.email,
        subject: `Votre demande d'habilitation ${request.reference}`,
        body: createElement(HabilitationRefusalEmail, { reference: request.reference, cafName: caf.name, reason }),
      },
      tx,
    );
    await recordAuditEvent(
      actor,
      {
        action: "habilitation.refuse",
        entityType: "HabilitationRequest",
        entityId: request.id,
        cafId: request.cafId,
        reason,
      },
      tx,
    );
  });
}
