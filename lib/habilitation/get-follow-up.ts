import "server-only";
import { THREAD_MESSAGES } from "@/lib/threads/thread-message-select";
import { db } from "@/lib/db";
import type { HabilitationStatus } from "@/lib/generated/prisma/enums";
import { findRequestByFollowUpToken } from "@/lib/threads/follow-up-link";

export type TimelineStep = { at: Date; title: string; detail?: string };

const NEXT_STEP: Record<HabilitationStatus, string> = {
  RECEIVED: "Votre Caf va prendre en charge votre demande et vérifier les informations.",
  IN_REVIEW:
    "Votre Caf instruit votre demande. Elle vous enverra ensuite par courrier la convention à signer, ou vous demandera des compléments.",
  CHANGES_REQUESTED:
    "Corrigez votre demande comme la Caf vous l'indique, puis renvoyez-la : elle reprendra son instruction.",
  CONVENTION_SENT:
    "Signez la convention reçue par courrier et renvoyez-la à votre Caf. Les comptes sont créés dès son retour.",
  SIGNED: "La Caf va activer les comptes : chaque personne habilitée recevra son mot de passe par courriel.",
  ACTIVE:
    "Les personnes habilitées peuvent se connecter à l'espace partenaires avec le mot de passe reçu par courriel. Votre convention y est consultable.",
  REFUSED: "La demande est close. Vous pouvez déposer une nouvelle demande.",
};

/** The follow-up page: the request's path in plain French, and what happens next. */
export async function getFollowUp(token: unknown) {
  const found = await findRequestByFollowUpToken(token);
  const request = await db.habilitationRequest.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      caf: {
        select: {
          name: true,
          email: true,
          phone: true,
          departementCode: true,
          departement: { select: { name: true } },
        },
      },
      events: {
        orderBy: { at: "asc" },
        select: { toStatus: true, fromStatus: true, at: true, reason: true, actorId: true },
      },
      convention: { select: { number: true, sentAt: true, signedAt: true, activatedAt: true } },
      people: { orderBy: { position: "asc" } },
      facilities: {
        include: {
          facility: { select: { name: true, kind: true, isEaje: true, commune: { select: { name: true } } } },
        },
        orderBy: { facility: { name: "asc" } },
      },
      newFacilities: {
        where: { facilityId: null },
        include: { commune: { select: { name: true } } },
        orderBy: { position: "asc" },
      },
      communes: { include: { commune: { select: { name: true, postcodes: true } } } },
      messages: THREAD_MESSAGES,
    },
  });

  const timeline: TimelineStep[] = request.events.map((event) => {
    switch (event.toStatus) {
      case "RECEIVED":
        return { at: event.at, title: `Demande reçue par la ${request.caf.name}` };
      case "IN_REVIEW":
        return {
          at: event.at,
          title:
            event.fromStatus === "CHANGES_REQUESTED"
              ? "Demande corrigée et renvoyée : instruction reprise"
              : "Demande prise en charge : instruction en cours",
        };
      case "CHANGES_REQUESTED":
        return { at: event.at, title: "Compléments demandés par la Caf", detail: event.reason ?? undefined };
      case "CONVENTION_SENT":
        return {
          at: request.convention?.sentAt ?? event.at,
          title: `Convention ${request.convention?.number ?? ""} envoyée par courrier pour signature`.replace(
            "  ",
            " ",
          ),
        };
      case "SIGNED":
        return {
          at: request.convention?.signedAt ?? event.at,
          title: "Convention signée : elle prend effet à cette date",
        };
      case "ACTIVE":
        return { at: event.at, title: "Habilitation active : les comptes sont créés" };
      case "REFUSED":
        return { at: event.at, title: "Demande refusée", detail: event.reason ?? undefined };
    }
  });

  return {
    reference: request.reference,
    type: request.type,
    status: request.status,
    legalName: request.legalName,
    caf: request.caf,
    changesRequested: request.status === "CHANGES_REQUESTED" ? request.changesRequested : null,
    timeline,
    nextStep: NEXT_STEP[request.status],
    request,
  };
}

export type FollowUp = Awaited<ReturnType<typeof getFollowUp>>;
