import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { AccessDeniedError } from "@/lib/auth/session";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { CafMessageEmail } from "@/emails/caf-message-email";
import { messageSchema } from "./message-schema";

const targetSchema = z.union([
  z.object({ requestId: z.string().min(1).max(40) }),
  z.object({ conventionId: z.string().min(1).max(40) }),
]);

/**
 * The agent writes to the partner, on a request (e-mailed to the requester, who answers from the
 * follow-up page) or on a convention (e-mailed to its habilitated people, who answer from their space).
 */
export async function postCafMessage(actor: SessionUser, target: unknown, input: unknown) {
  const scope = cafScopeOf(actor);
  const where = targetSchema.parse(target);
  const { body } = messageSchema.parse(input);
  await db.$transaction(async (tx) => {
    let recipients: string[];
    let subject: string;
    let answerWhere: string;
    let cafId: string;
    let entity: { type: string; id: string };
    if ("requestId" in where) {
      const request = await tx.habilitationRequest.findFirst({
        where: { id: where.requestId, ...scope },
        include: { caf: { select: { name: true } } },
      });
      if (!request) throw new AccessDeniedError(404, "Demande introuvable.");
      recipients = [request.email];
      subject = `Message de la ${request.caf.name} sur votre demande ${request.reference}`;
      answerWhere = "Répondez depuis le lien personnel de suivi reçu avec l'accusé de réception de votre demande.";
      cafId = request.cafId;
      entity = { type: "HabilitationRequest", id: request.id };
      await tx.message.create({ data: { requestId: request.id, from: "CAF", authorId: actor.id, body } });
    } else {
      const convention = await tx.convention.findFirst({
        where: { id: where.conventionId, ...scope },
        include: { caf: { select: { name: true } }, people: { where: { removedAt: null }, select: { email: true } } },
      });
      if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
      recipients = convention.people.map((p) => p.email);
      subject = `Message de la ${convention.caf.name} sur la convention ${convention.number}`;
      answerWhere = `Répondez depuis votre espace : ${env.APP_URL}/espace-pro/convention`;
      cafId = convention.cafId;
      entity = { type: "Convention", id: convention.id };
      await tx.message.create({ data: { conventionId: convention.id, from: "CAF", authorId: actor.id, body } });
    }
    for (const to of new Set(recipients))
      await enqueueEmail(
        { template: "caf-message", to, subject, body: createElement(CafMessageEmail, { body, answerWhere }) },
        tx,
      );
    await recordAuditEvent(
      actor,
      { action: "thread.caf-message", entityType: entity.type, entityId: entity.id, cafId },
      tx,
    );
  });
}
