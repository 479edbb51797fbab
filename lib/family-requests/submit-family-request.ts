import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { DomainError } from "@/lib/errors";
import type { RequestInfo } from "@/lib/auth/request-info";
import { withUniqueReference } from "@/lib/habilitation/references";
import { FamilyRequestConfirmationEmail } from "@/emails/family-request-confirmation-email";
import { FamilyRequestNotificationEmail } from "@/emails/family-request-notification-email";
import { familyRequestSchema } from "./family-request-schema";
import { findInfoPointForCommune } from "./find-info-point-for-commune";

const REQUESTS_PER_HOUR_PER_IP = 20;

/** Whom a family turns to when no information point of its commune is habilitated: its Caf. */
export type NoInfoPoint = { communeName: string; cafName: string; cafEmail: string; cafPhone: string | null };

export type SubmitFamilyRequestResult =
  { ok: true; reference: string; infoPointName: string } | { ok: false; noInfoPoint: NoInfoPoint };

/**
 * A family's request, routed to the information point habilitated for the commune; when there is
 * none, nothing is stored and the family is given its Caf's contact instead. Invalid input, an unknown
 * commune included, is thrown as a ZodError on its fields.
 */
export async function submitFamilyRequest(input: unknown, request: RequestInfo): Promise<SubmitFamilyRequestResult> {
  const data = familyRequestSchema.parse(input);
  const limit = await consumeRateLimit(`family-request:ip:${request.ip ?? "unknown"}`, REQUESTS_PER_HOUR_PER_IP, 3600);
  if (!limit.allowed)
    throw new DomainError(
      `Trop de demandes envoyées depuis votre connexion. Réessayez dans ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      429,
    );

  const commune = await db.commune.findUnique({
    where: { inseeCode: data.communeInsee },
    include: { departement: { include: { caf: true } } },
  });
  if (!commune)
    throw new z.ZodError([
      {
        code: "custom",
        path: ["communeInsee"],
        message: "Choisissez la commune dans la liste.",
        input: data.communeInsee,
      },
    ]);
  const infoPoint = await findInfoPointForCommune(commune.inseeCode);
  if (!infoPoint) {
    const caf = commune.departement.caf;
    // The reference data gives every département its Caf.
    if (!caf) throw new Error(`Département ${commune.departement.code} has no Caf`);
    return {
      ok: false,
      noInfoPoint: { communeName: commune.name, cafName: caf.name, cafEmail: caf.email, cafPhone: caf.phone },
    };
  }

  const recipients = await db.conventionPerson.findMany({
    where: { conventionId: infoPoint.conventionId, removedAt: null, suspendedAt: null, user: { active: true } },
    select: { email: true },
  });
  return withUniqueReference("DI", commune.departementCode, (reference) =>
    db.$transaction(async (tx) => {
      await tx.familyRequest.create({
        data: {
          reference,
          communeInsee: commune.inseeCode,
          infoPointId: infoPoint.id,
          cafId: infoPoint.cafId,
          contactFirstName: data.firstName,
          contactLastName: data.lastName,
          contactEmail: data.email,
          contactPhone: data.phone,
          children: data.children.map((child) => ({
            status: child.status,
            date: child.date.toISOString().slice(0, 10),
          })),
          wishedStartDate: data.wishedStartDate,
          schedule: data.schedule,
          careKinds: data.careKinds,
          message: data.message,
          consentAt: new Date(),
        },
      });
      await enqueueEmail(
        {
          template: "family-request-confirmation",
          to: data.email,
          subject: `Votre demande d'information ${reference}`,
          body: createElement(FamilyRequestConfirmationEmail, {
            reference,
            infoPointName: infoPoint.name,
            communeName: commune.name,
          }),
        },
        tx,
      );
      for (const { email } of recipients) {
        await enqueueEmail(
          {
            template: "family-request-notification",
            to: email,
            subject: `Nouvelle demande d'information (${commune.name})`,
            body: createElement(FamilyRequestNotificationEmail, {
              reference,
              communeName: commune.name,
              url: `${env.APP_URL}/espace-pro/demandes-familles`,
            }),
          },
          tx,
        );
      }
      return { ok: true as const, reference, infoPointName: infoPoint.name };
    }),
  );
}
