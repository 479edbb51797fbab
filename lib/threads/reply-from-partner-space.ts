import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { enqueueEmail } from "@/lib/email/outbox";
import { findMyConvention } from "@/lib/conventions/find-my-convention";
import { PartnerMessageEmail } from "@/emails/partner-message-email";
import { messageSchema } from "./message-schema";

/** A habilitated person writes to the Caf about their convention, from their space. */
export async function replyFromPartnerSpace(actor: SessionUser, conventionId: string, input: unknown) {
  const { body } = messageSchema.parse(input);
  await db.$transaction(async (tx) => {
    const convention = await findMyConvention(actor, conventionId, tx);
    const caf = await tx.caf.findUniqueOrThrow({ where: { id: convention.cafId }, select: { email: true } });
    await tx.message.create({ data: { conventionId, from: "PARTNER", authorId: actor.id, body } });
    await enqueueEmail(
      {
        template: "partner-message",
        to: caf.email,
        subject: `Message d'un partenaire sur la convention ${convention.number}`,
        body: createElement(PartnerMessageEmail, {
          title: "Un partenaire vous écrit",
          intro: `${actor.firstName} ${actor.lastName} a écrit sur la convention ${convention.number} :`,
          body,
          url: `${env.APP_URL}/caf/conventions/${convention.id}`,
        }),
      },
      tx,
    );
  });
}
