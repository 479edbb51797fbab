import "server-only";
import { db } from "@/lib/db";
import { getPublishedTemplate } from "@/lib/admin/get-published-template";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { buildCurrentAnnex } from "@/lib/conventions/build-current-annex";
import { findRequestInScope } from "./find-request-in-scope";
import { withUniqueReference } from "./references";
import { requireNewFacilitiesResolved } from "./require-new-facilities-resolved";

/**
 * Produces the convention of a request under instruction: the provider entity (found by SIRET or
 * created), the current template version (pinned for good) and Annex 1 as a snapshot.
 */
export async function generateConvention(actor: SessionUser, requestId: string) {
  const request = await findRequestInScope(actor, requestId);
  const departementCode = (
    await db.caf.findUniqueOrThrow({ where: { id: request.cafId }, select: { departementCode: true } })
  ).departementCode;
  return withUniqueReference("CONV", departementCode, (number) =>
    db.$transaction(async (tx) => {
      const current = await findRequestInScope(actor, requestId, tx);
      if (current.status !== "IN_REVIEW")
        throw new DomainError("La convention se produit pendant l'instruction de la demande.", 409);
      const existing = await tx.convention.findUnique({ where: { requestId }, select: { id: true } });
      if (existing) return existing;
      await requireNewFacilitiesResolved(tx, requestId);

      const details = await tx.habilitationRequest.findUniqueOrThrow({
        where: { id: requestId },
        include: {
          people: { orderBy: { position: "asc" } },
          facilities: true,
          communes: true,
        },
      });
      const providerData = {
        legalName: details.legalName,
        street: details.street,
        postcode: details.postcode,
        city: details.city,
        legalRepresentativeName: details.legalRepresentativeName,
        legalRepresentativeTitle: details.legalRepresentativeTitle,
        email: details.email,
        phone: details.phone,
      };
      const provider = await tx.provider.upsert({
        where: { siret: details.siret },
        update: providerData,
        create: { siret: details.siret, ...providerData },
      });
      const template = await getPublishedTemplate(details.type, tx);
      const people = details.people.map(({ firstName, lastName, email, jobTitle }) => ({
        firstName,
        lastName,
        email,
        jobTitle,
      }));
      const convention = await tx.convention.create({
        data: {
          number,
          type: details.type,
          requestId,
          cafId: details.cafId,
          providerId: provider.id,
          templateId: template.id,
          annexSnapshot: {},
          people: { create: people },
          facilities: {
            create: details.facilities.map(({ facilityId, operatingInfo, availabilities }) => ({
              facilityId,
              operatingInfo,
              availabilities,
            })),
          },
          communes: { create: details.communes.map(({ communeInsee }) => ({ communeInsee })) },
          events: { create: { fromStatus: null, toStatus: "DRAFT", actorId: actor.id } },
        },
        select: { id: true },
      });
      await tx.convention.update({
        where: { id: convention.id },
        data: { annexSnapshot: { annex: await buildCurrentAnnex(tx, convention.id) } },
      });
      await tx.habilitationRequest.update({ where: { id: requestId }, data: { providerId: provider.id } });
      await recordAuditEvent(
        actor,
        {
          action: "convention.generate",
          entityType: "Convention",
          entityId: convention.id,
          cafId: details.cafId,
          data: { number, templateVersion: template.version },
        },
        tx,
      );
      return convention;
    }),
  );
}
