import "server-only";
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { DomainError } from "@/lib/errors";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { HabilitationStatus } from "@/lib/generated/prisma/enums";
import { HabilitationCorrectedEmail } from "@/emails/habilitation-corrected-email";
import { habilitationRequestRules } from "./habilitation-request-rules";
import { findRequestByFollowUpToken } from "@/lib/threads/follow-up-link";
import { transitionRequest } from "./transition-request";
import { writeRequestContent } from "./write-request-content";

const CORRECTIONS_PER_HOUR_PER_IP = 20;

function requireChangesRequested(status: HabilitationStatus) {
  if (status !== "CHANGES_REQUESTED")
    throw new DomainError("La Caf ne vous a pas demandé de compléments : la demande ne peut pas être modifiée.", 409);
}

/**
 * The requester sends the corrected request back from the follow-up page: its content is replaced
 * (the previous version is kept for the agent's comparison) and it returns under instruction. Invalid input
 * is thrown as a ZodError on its fields.
 */
export async function correctHabilitationRequest(token: unknown, input: unknown, request: RequestInfo) {
  const limit = await consumeRateLimit(
    `habilitation-correction:ip:${request.ip ?? "unknown"}`,
    CORRECTIONS_PER_HOUR_PER_IP,
    3600,
  );
  if (!limit.allowed)
    throw new DomainError(
      `Trop d'envois depuis votre connexion. Réessayez dans ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      429,
    );
  const current = await findRequestByFollowUpToken(token);
  requireChangesRequested(current.status);
  const caf = await db.caf.findUniqueOrThrow({
    where: { id: current.cafId },
    select: { id: true, departementCode: true, name: true, email: true },
  });
  // The receiving Caf is not the requester's to change: a correction stays with the Caf instructing it.
  const data = await habilitationRequestRules.parseAsync({
    ...(typeof input === "object" && input !== null ? input : {}),
    type: current.type,
    departementCode: caf.departementCode,
  });

  await db.$transaction(async (tx) => {
    const requestNow = await findRequestByFollowUpToken(token, tx);
    requireChangesRequested(requestNow.status);
    await writeRequestContent(tx, requestNow.id, data, caf);
    await transitionRequest(tx, requestNow, "IN_REVIEW", null, "Demande corrigée par le demandeur");
    await tx.habilitationRequest.update({ where: { id: requestNow.id }, data: { changesRequested: null } });
    const assignees = await tx.habilitationRequestEvent.findMany({
      where: { requestId: requestNow.id, toStatus: "CHANGES_REQUESTED", actor: { active: true } },
      select: { actor: { select: { email: true } } },
      orderBy: { at: "desc" },
      take: 1,
    });
    const to = assignees[0]?.actor?.email ?? caf.email;
    await enqueueEmail(
      {
        template: "habilitation-corrected",
        to,
        subject: `Demande d'habilitation ${requestNow.reference} corrigée`,
        body: createElement(HabilitationCorrectedEmail, {
          reference: requestNow.reference,
          legalName: data.provider.legalName,
          url: `${env.APP_URL}/caf/demandes/${requestNow.id}`,
        }),
      },
      tx,
    );
  });
  return { reference: current.reference };
}
