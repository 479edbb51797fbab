import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { renderConventionPdf } from "@/lib/conventions/render-convention-pdf";
import { requireCnaf } from "./require-cnaf";
import { conventionTypeSchema } from "./convention-template-schema";

// Invented parties and annex: the preview shows the layout of a real convention, never real data.
const SAMPLE = {
  parties: {
    caf: {
      legalName: "Caisse d'allocations familiales de démonstration",
      directorCivility: "Madame",
      directorTitle: "Directrice",
      directorName: "Camille Exemple",
      street: "1 place de l'Exemple",
      postcode: "47000",
      city: "Agen",
    },
    partner: {
      legalName: "Association Exemple Petite Enfance",
      siret: "00000000000000",
      street: "2 rue de l'Exemple",
      postcode: "47600",
      city: "Nérac",
      representativeName: "Dominique Modèle",
      representativeTitle: "Président",
      infoPointName: null,
    },
  },
  annex: {
    people: [{ firstName: "Alix", lastName: "Exemple", email: "alix.exemple@exemple.fr", jobTitle: "Directrice" }],
    facilities: [
      {
        id: "exemple",
        name: "Crèche exemple",
        kindLabel: "Multi-accueil",
        street: "3 rue de l'Exemple",
        postcode: "47600",
        city: "Nérac",
        operatingInfo: true,
        availabilities: true,
      },
    ],
    communes: [{ inseeCode: "47195", name: "Nérac", postcodes: ["47600"] }],
  },
};

/** A PDF of a template version (the draft by default) laid out as a convention with sample parties. */
export async function renderConventionTemplatePreview(actor: SessionUser, rawType: unknown, rawVersion?: unknown) {
  requireCnaf(actor);
  const type = conventionTypeSchema.parse(rawType);
  const version =
    rawVersion == null || rawVersion === ""
      ? undefined
      : z.coerce.number().int().min(1).max(100_000).safeParse(rawVersion).data;
  const template = await db.conventionTemplate.findFirst({
    where: { type, ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
  });
  if (!template) throw new AccessDeniedError(404, "Version introuvable.");
  const pdf = await renderConventionPdf({
    number: "APERÇU",
    type,
    requestReference: "EXEMPLE",
    generatedAt: new Date(),
    template: { title: template.title, body: template.body, version: template.version },
    annex: SAMPLE.annex,
    parties: {
      ...SAMPLE.parties,
      partner: {
        ...SAMPLE.parties.partner,
        infoPointName: type === "INFO_POINT" ? "Relais petite enfance exemple" : null,
      },
    },
  });
  return {
    fileName: `modele-${type.toLowerCase()}-v${template.version}-apercu.pdf`,
    content: pdf,
    mimeType: "application/pdf",
  };
}
