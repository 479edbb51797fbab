import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { DomainError } from "@/lib/errors";
import type { RequestInfo } from "@/lib/auth/request-info";
import { HabilitationAcknowledgmentEmail } from "@/emails/habilitation-acknowledgment-email";
import { HabilitationCafNotificationEmail } from "@/emails/habilitation-caf-notification-email";
import { habilitationRequestRules } from "./habilitation-request-rules";
import type { HabilitationRequestData } from "./request-schema";
import { withUniqueReference } from "./references";
import { createFollowUpToken, followUpUrl } from "@/lib/threads/follow-up-link";
import { writeRequestContent } from "./write-request-content";

const SUBMISSIONS_PER_HOUR_PER_IP = 10;

export const CONVENTION_TYPE_LABELS = {
  STRUCTURES: "convention « Structures »",
  INFO_POINT: "convention « Lieu d'information »",
} as const;

function createRequest(
  data: HabilitationRequestData,
  caf: { id: string; departementCode: string },
  request: RequestInfo,
) {
  return withUniqueReference("HAB", data.departementCode, (reference) =>
    db.$transaction(async (tx) => {
      const followUp = createFollowUpToken();
      const created = await tx.habilitationRequest.create({
        data: {
          reference,
          type: data.type,
          cafId: caf.id,
          ...data.provider,
          submitterIp: request.ip,
          followUpTokenHash: followUp.hash,
          followUpExpiresAt: followUp.expiresAt,
          events: { create: { fromStatus: null, toStatus: "RECEIVED", reason: "Demande déposée en ligne" } },
        },
        include: {
          caf: { include: { agents: { where: { active: true, role: "CAF_AGENT" }, select: { email: true } } } },
        },
      });
      await writeRequestContent(tx, created.id, data, caf);
      const scopeSummary =
        data.type === "STRUCTURES"
          ? `Structures : ${data.facilities.length + data.newFacilities.length}`
          : `Communes couvertes : ${data.communes.length}`;
      await enqueueEmail(
        {
          template: "habilitation-acknowledgment",
          to: data.provider.email,
          subject: `Demande d'habilitation ${reference} reçue`,
          body: createElement(HabilitationAcknowledgmentEmail, {
            reference,
            cafName: created.caf.name,
            legalName: data.provider.legalName,
            peopleCount: data.people.length,
            scopeSummary,
            followUpUrl: followUpUrl(followUp.token),
          }),
          // The message carries the follow-up link: like a password, it must not stay readable in the outbox.
          sensitive: true,
        },
        tx,
      );
      const cafRecipients = new Set([created.caf.email, ...created.caf.agents.map((agent) => agent.email)]);
      for (const to of cafRecipients) {
        await enqueueEmail(
          {
            template: "habilitation-caf-notification",
            to,
            subject: `Nouvelle demande d'habilitation ${reference}`,
            body: createElement(HabilitationCafNotificationEmail, {
              reference,
              legalName: data.provider.legalName,
              typeLabel: CONVENTION_TYPE_LABELS[data.type],
              url: `${env.APP_URL}/caf/demandes/${created.id}`,
            }),
          },
          tx,
        );
      }
      return { id: created.id, reference, cafName: created.caf.name };
    }),
  );
}

/**
 * Public form submission: validates, checks the choices against the catalogue, stores, e-mails. Invalid
 * input is thrown as a ZodError on its fields.
 */
export async function submitHabilitationRequest(input: unknown, request: RequestInfo) {
  const data = await habilitationRequestRules.parseAsync(input);
  const limit = await consumeRateLimit(
    `habilitation-request:ip:${request.ip ?? "unknown"}`,
    SUBMISSIONS_PER_HOUR_PER_IP,
    3600,
  );
  if (!limit.allowed)
    throw new DomainError(
      `Trop de demandes envoyées depuis votre connexion. Réessayez dans ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      429,
    );

  const caf = await db.caf.findUnique({
    where: { departementCode: data.departementCode },
    select: { id: true, departementCode: true },
  });
  if (!caf) throw new DomainError("Choisissez la Caf destinataire.", 422);
  return createRequest(data, caf, request);
}
