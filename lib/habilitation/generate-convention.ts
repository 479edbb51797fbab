import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { produceConvention } from "@/lib/conventions/produce-convention";
import { freezeConventionPdf } from "@/lib/conventions/freeze-convention-pdf";
import { findRequestInScope } from "./find-request-in-scope";
import { withUniqueReference } from "./references";
import { requireNewFacilitiesResolved } from "./require-new-facilities-resolved";
import { requireProviderDecision } from "./provider-details";
import { isUnderReview } from "./habilitation-state-machine";

/** Produces the convention of a request under instruction, from the request's details, and stores its PDF. */
export async function generateConvention(actor: SessionUser, requestId: string) {
  const request = await findRequestInScope(actor, requestId);
  const departementCode = (
    await db.caf.findUniqueOrThrow({ where: { id: request.cafId }, select: { departementCode: true } })
  ).departementCode;
  const convention = await withUniqueReference("CONV", departementCode, (number) =>
    db.$transaction(async (tx) => {
      const current = await findRequestInScope(actor, requestId, tx);
      if (!isUnderReview(current.status))
        throw new DomainError("La convention se produit pendant l'instruction de la demande.", 409);
      const existing = await tx.convention.findUnique({ where: { requestId }, select: { id: true } });
      if (existing) return existing;
      await requireNewFacilitiesResolved(tx, requestId);
      await requireProviderDecision(tx, current);

      const details = await tx.habilitationRequest.findUniqueOrThrow({
        where: { id: requestId },
        include: { people: { orderBy: { position: "asc" } }, facilities: true, communes: true },
      });
      const convention = await produceConvention(tx, actor, {
        number,
        type: details.type,
        requestId,
        cafId: details.cafId,
        infoPointName: details.infoPointName,
        provider: {
          siret: details.siret,
          legalName: details.legalName,
          street: details.street,
          postcode: details.postcode,
          city: details.city,
          legalRepresentativeName: details.legalRepresentativeName,
          legalRepresentativeTitle: details.legalRepresentativeTitle,
          email: details.email,
          phone: details.phone,
        },
        people: details.people.map(({ firstName, lastName, email, jobTitle }) => ({
          firstName,
          lastName,
          email,
          jobTitle,
        })),
        facilities: details.facilities.map(({ facilityId, operatingInfo, availabilities }) => ({
          facilityId,
          operatingInfo,
          availabilities,
        })),
        communes: details.communes.map(({ communeInsee }) => ({ communeInsee })),
      });
      await tx.habilitationRequest.update({ where: { id: requestId }, data: { providerId: convention.providerId } });
      return { id: convention.id };
    }),
  );
  const { documentId } = await db.convention.findUniqueOrThrow({ where: { id: convention.id } });
  if (!documentId) await freezeConventionPdf(convention.id);
  return convention;
}
