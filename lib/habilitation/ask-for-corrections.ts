import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueEmail } from "@/lib/email/outbox";
import { HabilitationChangesRequestedEmail } from "@/emails/habilitation-changes-requested-email";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";
import { createFollowUpToken, followUpUrl } from "@/lib/threads/follow-up-link";

export const correctionRequestSchema = z.object({
  message: z
    .string({ error: "Ce qu'il faut corriger : champ obligatoire." })
    .trim()
    .min(10, "Ce qu'il faut corriger : 10 caractères au minimum, le message est envoyé au demandeur.")
    .max(2000, "Ce qu'il faut corriger : 2000 caractères au maximum."),
});

/**
 * Instead of a refusal: the request waits for the requester's corrections ("compléments demandés").
 * Only the hash of the follow-up token is stored, so a fresh link is issued and e-mailed.
 */
export async function askForCorrections(actor: SessionUser, requestId: string, input: unknown) {
  const { message } = correctionRequestSchema.parse(input);
  const followUp = createFollowUpToken();
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    await transitionRequest(tx, request, "CHANGES_REQUESTED", actor, message);
    await tx.habilitationRequest.update({
      where: { id: request.id },
      data: { changesRequested: message, followUpTokenHash: followUp.hash, followUpExpiresAt: followUp.expiresAt },
    });
    const caf = await tx.caf.findUniqueOrThrow({ where: { id: request.cafId }, select: { name: true } });
    await enqueueEmail(
      {
        template: "habilitation-changes-requested",
        to: request.email,
        subject: `Votre demande d'habilitation ${request.reference} est à compléter`,
        body: createElement(HabilitationChangesRequestedEmail, {
          reference: request.reference,
          cafName: caf.name,
          message,
          followUpUrl: followUpUrl(followUp.token),
        }),
        sensitive: true,
      },
      tx,
    );
    await recordAuditEvent(
      actor,
      {
        action: "habilitation.ask-corrections",
        entityType: "HabilitationRequest",
        entityId: request.id,
        cafId: request.cafId,
        reason: message,
      },
      tx,
    );
  });
}
