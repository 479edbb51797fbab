import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { PartnerMessageEmail } from "@/emails/partner-message-email";
import { findMyConvention } from "@/lib/conventions/find-my-convention";

export const changeAskSchema = z.object({
  details: z
    .string({ error: "Modification demandée : champ obligatoire." })
    .trim()
    .min(
      10,
      "Modification demandée : décrivez les personnes ou structures à ajouter ou retirer (10 caractères au minimum).",
    )
    .max(5000, "Modification demandée : 5000 caractères au maximum."),
});

/**
 * No self-service change of the habilitation (SPEC §4.5): the partner's express request opens a task
 * on the Caf's desk, from which the agent produces the avenant.
 */
export async function askForChange(actor: SessionUser, conventionId: string, input: unknown) {
  const { details } = changeAskSchema.parse(input);
  return db.$transaction(async (tx) => {
    const convention = await findMyConvention(actor, conventionId, tx);
    const caf = await tx.caf.findUniqueOrThrow({ where: { id: convention.cafId }, select: { email: true } });
    const ask = await tx.changeAsk.create({
      data: { conventionId, cafId: convention.cafId, details, requestedById: actor.id },
      select: { id: true },
    });
    await enqueueEmail(
      {
        template: "change-ask",
        to: caf.email,
        subject: `Demande de modification de la convention ${convention.number}`,
        body: createElement(PartnerMessageEmail, {
          title: "Un partenaire demande une modification de sa convention",
          intro: `${actor.firstName} ${actor.lastName} demande une modification de la convention ${convention.number} :`,
          body: details,
          url: `${env.APP_URL}/caf/bureau`,
        }),
      },
      tx,
    );
    await recordAuditEvent(
      actor,
      { action: "convention.change-ask", entityType: "Convention", entityId: conventionId, cafId: convention.cafId },
      tx,
    );
    return ask;
  });
}
