import "server-only";
import type { Tx } from "@/lib/db";
import { getPublishedTemplate } from "@/lib/admin/get-published-template";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { ConventionType } from "@/lib/generated/prisma/enums";
import type { AnnexPerson } from "./annex";
import { buildCurrentAnnex } from "./build-current-annex";

export type ConventionDraft = {
  number: string;
  type: ConventionType;
  requestId: string;
  cafId: string;
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
 * Produces a convention in the DRAFT state: the provider entity (found by SIRET or created), the
 * current template version (pinned for good) and Annex 1 as a snapshot.
 */
export async function produceConvention(tx: Tx, actor: SessionUser, draft: ConventionDraft) {
  const { siret, ...providerData } = draft.provider;
  const provider = await tx.provider.upsert({
    where: { siret },
    update: providerData,
    create: { siret, ...providerData },
  });
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
