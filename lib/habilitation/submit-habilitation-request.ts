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
import { habilitationRequestSchema, type HabilitationRequestData } from "./request-schema";
import { withUniqueReference } from "./references";

const SUBMISSIONS_PER_HOUR_PER_IP = 10;

export const CONVENTION_TYPE_LABELS = {
  STRUCTURES: "convention « Structures »",
  INFO_POINT: "convention « Lieu d'information »",
} as const;

/** Facilities must be open, in the Caf's catalogue; availabilities only for EAJE. */
async function checkFacilities(data: Extract<HabilitationRequestData, { type: "STRUCTURES" }>, cafId: string) {
  const found = await db.facility.findMany({
    where: { id: { in: data.facilities.map((f) => f.facilityId) }, cafId, status: "OPEN" },
    select: { id: true, name: true, isEaje: true },
  });
  const byId = new Map(found.map((f) => [f.id, f]));
  for (const selection of data.facilities) {
    const facility = byId.get(selection.facilityId);
    if (!facility)
      throw new DomainError(
        "Une structure choisie n'est pas référencée par cette Caf : retirez-la ou contactez votre Caf.",
        422,
      );
    if (selection.availabilities && !facility.isEaje) {
      throw new DomainError(
        `« ${facility.name} » n'est pas un établissement d'accueil du jeune enfant : les disponibilités ne concernent que les EAJE.`,
        422,
      );
    }
  }
}

async function checkCommunes(communes: string[], departementCode: string) {
  const count = await db.commune.count({ where: { inseeCode: { in: communes }, departementCode } });
  if (count !== communes.length)
    throw new DomainError("Une commune choisie n'appartient pas au département de la Caf.", 422);
}

function createRequest(data: HabilitationRequestData, cafId: string, request: RequestInfo) {
  return withUniqueReference("HAB", data.departementCode, (reference) =>
    db.$transaction(async (tx) => {
      const created = await tx.habilitationRequest.create({
        data: {
          reference,
          type: data.type,
          cafId,
          ...data.provider,
          infoPointName: data.type === "INFO_POINT" ? data.infoPointName : null,
          submitterIp: request.ip,
          people: { create: data.people.map((person, position) => ({ ...person, position })) },
          facilities: data.type === "STRUCTURES" ? { create: data.facilities } : undefined,
          communes:
            data.type === "INFO_POINT"
              ? { create: data.communes.map((communeInsee) => ({ communeInsee })) }
              : undefined,
          events: { create: { fromStatus: null, toStatus: "RECEIVED", reason: "Demande déposée en ligne" } },
        },
        include: {
          caf: { include: { agents: { where: { active: true, role: "CAF_AGENT" }, select: { email: true } } } },
        },
      });
      const scopeSummary =
        data.type === "STRUCTURES"
          ? `Structures : ${data.facilities.length}`
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
          }),
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

/** Public form submission: validates, checks the choices against the catalogue, stores, e-mails. */
export async function submitHabilitationRequest(input: unknown, request: RequestInfo) {
  const parsed = habilitationRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false as const, issues: parsed.error.issues };
  const data = parsed.data;
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

  const caf = await db.caf.findUnique({ where: { departementCode: data.departementCode }, select: { id: true } });
  if (!caf) throw new DomainError("Choisissez la Caf destinataire.", 422);
  if (data.type === "STRUCTURES") await checkFacilities(data, caf.id);
  else await checkCommunes(data.communes, data.departementCode);

  return { ok: true as const, ...(await createRequest(data, caf.id, request)) };
}
