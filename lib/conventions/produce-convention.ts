import "server-only";
import type { Tx } from "@/lib/db";
import { getPublishedTemplate } from "@/lib/conventions/get-published-template";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { ConventionType } from "@/lib/generated/prisma/enums";
import type { AnnexPerson } from "./annex";
import { buildCurrentAnnex } from "./build-current-annex";
import { snapshotParties } from "./parties";

export type ConventionDraft = {
  number: string;
  type: ConventionType;
  requestId: string;
  cafId: string;
  infoPointName: string | null;
  provider: {
    siret: string;
    legalName: string;
    street: string;
    postcode: string;
    city: string;
    legalRepresentativeName: string;
    legalRepresentativeTitle: string;
    email: string;
    phone: string;
  };
  people: AnnexPerson[];
  facilities: { facilityId: string; operatingInfo: boolean; availabilities: boolean }[];
  communes: { communeInsee: string }[];
};

/**
 * Produces a convention in the DRAFT state and freezes what it says: the provider entity (found by
 * SIRET, or created from the request's details), the current template version, the parties as they
 * stand now and Annex 1. The caller then stores its PDF (freezeConventionPdf, after the transaction). A known
 * provider is never overwritten here: the agent decides beforehand whether a request's different details
 * update it (lib/habilitation/apply-request-details-to-provider.ts).
 */
export async function produceConvention(tx: Tx, actor: SessionUser, draft: ConventionDraft) {
  const provider =
    (await tx.provider.findUnique({ where: { siret: draft.provider.siret }, select: { id: true } })) ??
    (await tx.provider.create({ data: draft.provider, select: { id: true } }));
  const template = await getPublishedTemplate(draft.type, tx);
  const convention = await tx.convention.create({
    data: {
      number: draft.number,
      type: draft.type,
      requestId: draft.requestId,
      cafId: draft.cafId,
      providerId: provider.id,
      templateId: template.id,
      annexSnapshot: {},
      partiesSnapshot: await snapshotParties(tx, { providerId: provider.id, cafId: draft.cafId }, draft.infoPointName),
      people: { create: draft.people },
      facilities: { create: draft.facilities },
      communes: { create: draft.communes },
      events: { create: { fromStatus: null, toStatus: "DRAFT", actorId: actor.id } },
    },
    select: { id: true, providerId: true },
  });
  await tx.convention.update({
    where: { id: convention.id },
    data: { annexSnapshot: { annex: await buildCurrentAnnex(tx, convention.id) } },
  });
  await recordAuditEvent(
    actor,
    {
      action: "convention.generate",
      entityType: "Convention",
      entityId: convention.id,
      cafId: draft.cafId,
      data: { number: draft.number, templateVersion: template.version },
    },
    tx,
  );
  return convention;
}
