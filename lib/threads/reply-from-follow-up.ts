import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/email/outbox";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import type { RequestInfo } from "@/lib/auth/request-info";
import { findRequestByFollowUpToken } from "@/lib/threads/follow-up-link";
import { PartnerMessageEmail } from "@/emails/partner-message-email";
import { messageSchema } from "./message-schema";

const MESSAGES_PER_HOUR_PER_IP = 30;

/** The requester answers the Caf from the follow-up page: the agent in charge (or the Caf) is told. */
export async function replyFromFollowUp(token: unknown, input: unknown, request: RequestInfo) {
  const { body } = messageSchema.parse(input);
  const limit = await consumeRateLimit(
    `follow-up-message:ip:${request.ip ?? "unknown"}`,
    MESSAGES_PER_HOUR_PER_IP,
    3600,
  );
  if (!limit.allowed)
    throw new DomainError(
      `Trop de messages envoyés depuis votre connexion. Réessayez dans ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      429,
    );
  await db.$transaction(async (tx) => {
    const found = await findRequestByFollowUpToken(token, tx);
    const request = await tx.habilitationRequest.findUniqueOrThrow({
      where: { id: found.id },
      include: { caf: { select: { email: true } }, assignee: { select: { email: true, active: true } } },
    });
    await tx.message.create({ data: { requestId: request.id, from: "PARTNER", body } });
    await enqueueEmail(
      {
        template: "partner-message",
        to: request.assignee?.active ? request.assignee.email : request.caf.email,
        subject: `Réponse du demandeur sur la demande ${request.reference}`,
        body: createElement(PartnerMessageEmail, {
          title: "Le demandeur vous répond",
          intro: `${request.legalName} a écrit sur la demande ${request.reference} :`,
          body,
          url: `${env.APP_URL}/caf/demandes/${request.id}`,
        }),
      },
      tx,
    );
  });
}
