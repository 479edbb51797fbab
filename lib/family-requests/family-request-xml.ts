import "server-only";
import { create } from "xmlbuilder2";
import type { FamilyRequest, Commune } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";

export const FAMILY_REQUEST_NAMESPACE = "https://monenfant.fr/schemas/demande-information/1";
type Child = { status: "born" | "expected"; date: string };
export type FamilyRequestWithCommune = FamilyRequest & { commune: Pick<Commune, "name" | "inseeCode"> };

const day = (date: Date) => date.toISOString().slice(0, 10);

// What XML 1.0 can carry (its `Char` production): anything else would make the document not well-formed.
const NOT_XML_CHARACTER = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Refuses, rather than write a document nobody can read, a request holding what XML 1.0 cannot carry. */
function xmlSafe(values: (string | null | undefined)[], reference: string) {
  if (values.some((value) => value && NOT_XML_CHARACTER.test(value)))
    throw new DomainError(
      `La demande ${reference} contient des caractères que le format XML ne peut pas transporter : téléchargez-la en PDF.`,
      409,
    );
}

/** One or more requests as XML, valid against /schemas/demande-information.xsd. */
export function familyRequestsXml(
  infoPointName: string,
  requests: FamilyRequestWithCommune[],
  now = new Date(),
): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(FAMILY_REQUEST_NAMESPACE, "demandesInformation", {
    lieuInformation: infoPointName,
    genereLe: now.toISOString(),
  });
  xmlSafe([infoPointName], "—");
  for (const request of requests) {
    xmlSafe(
      [
        request.reference,
        request.commune.name,
        request.contactFirstName,
        request.contactLastName,
        request.contactEmail,
        request.contactPhone,
        request.schedule,
        request.message,
        ...request.careKinds,
        ...((request.children as Child[] | null) ?? []).map((child) => child.date),
      ],
      request.reference,
    );
    const node = root.ele("demande");
    node.ele("reference").txt(request.reference);
    node.ele("transmiseLe").txt(request.transmittedAt.toISOString());
    node.ele("commune", { codeInsee: request.commune.inseeCode }).txt(request.commune.name);
    if (!request.personalDataDeletedAt && request.contactEmail) {
      const contact = node.ele("contact");
      contact.ele("prenom").txt(request.contactFirstName ?? "");
      contact.ele("nom").txt(request.contactLastName ?? "");
      contact.ele("courriel").txt(request.contactEmail);
      if (request.contactPhone) contact.ele("telephone").txt(request.contactPhone);
      const children = (request.children as Child[] | null) ?? [];
      if (children.length > 0) {
        const list = node.ele("enfants");
        for (const child of children)
          list.ele("enfant", { statut: child.status === "born" ? "ne" : "a-naitre", date: child.date });
      }
    }
    if (request.wishedStartDate) node.ele("accueilSouhaiteLe").txt(day(request.wishedStartDate));
    if (request.schedule) node.ele("joursEtHoraires").txt(request.schedule);
    const modes = node.ele("modesAccueil");
    for (const kind of request.careKinds) modes.ele("mode").txt(kind);
    if (request.message && !request.personalDataDeletedAt) node.ele("message").txt(request.message);
    node.ele("consentementLe").txt(request.consentAt.toISOString());
  }
  return root.end({ prettyPrint: true });
}
