// Validation of the public habilitation request forms, shared by the browser wizard (instant
// feedback) and the server action (the real check). Messages are shown to users: French, precise.
import { z } from "zod";
import { isValidSiret } from "@/lib/validation/siret";
import { FacilityKind } from "@/lib/generated/prisma/enums";
import { isEajeKind } from "@/lib/catalogue/facility-kinds";
import { emailField, phoneField, postcodeField, requiredText as text } from "@/lib/validation/fields";
import { personalName } from "@/lib/validation/text";
import { facilitySelectionSchema, personSchema } from "@/lib/conventions/annex-schema";

export const providerSchema = z.object({
  legalName: text("Raison sociale"),
  siret: z
    .string({ error: "SIRET : champ obligatoire." })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(
      z
        .string()
        .regex(/^\d{14}$/, "SIRET : 14 chiffres attendus.")
        .refine(isValidSiret, "SIRET : numéro invalide (clé de contrôle incorrecte)."),
    ),
  street: text("Adresse"),
  postcode: postcodeField(),
  city: text("Commune", 100),
  legalRepresentativeName: personalName("Nom du représentant légal"),
  legalRepresentativeTitle: text("Qualité du représentant légal"),
  email: emailField(),
  phone: phoneField(),
});

const MAX_PEOPLE = 50;

export const peopleSchema = z
  .array(personSchema)
  .min(1, "Indiquez au moins une personne à habiliter.")
  .max(MAX_PEOPLE, `${MAX_PEOPLE} personnes au maximum par demande.`)
  .superRefine((people, ctx) => {
    const seen = new Set<string>();
    people.forEach((person, index) => {
      if (seen.has(person.email)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "email"],
          message: "Adresse électronique : déjà indiquée pour une autre personne.",
        });
      }
      seen.add(person.email);
    });
  });

/** A facility missing from the catalogue, described by the requester for the agent to add. */
export const newFacilitySchema = z
  .object({
    kind: z.enum(FacilityKind, { error: "Type de structure : choisissez dans la liste." }),
    name: text("Nom de la structure"),
    street: text("Adresse de la structure"),
    postcode: postcodeField("Code postal de la structure"),
    communeInsee: z
      .string({ error: "Commune de la structure : choisissez dans la liste." })
      .regex(/^[0-9AB]{5}$/, "Commune de la structure : choisissez dans la liste."),
    operatingInfo: z.boolean(),
    availabilities: z.boolean(),
  })
  .refine((facility) => facility.operatingInfo || facility.availabilities, {
    error: "Cochez au moins une publication (modalités de fonctionnement ou disponibilités).",
    path: ["operatingInfo"],
  })
  .refine((facility) => !facility.availabilities || isEajeKind(facility.kind), {
    error: "Les disponibilités ne concernent que les établissements d'accueil du jeune enfant (EAJE).",
    path: ["availabilities"],
  });

const departementCode = z
  .string({ error: "Choisissez la Caf destinataire." })
  .regex(/^(\d{2}|2A|2B|97\d)$/, "Choisissez la Caf destinataire.");

const common = {
  provider: providerSchema,
  departementCode,
  people: peopleSchema,
  // Hidden from people, filled by naive bots.
  website: z.string().max(0, "Demande refusée.").optional().default(""),
};

const MAX_FACILITIES = 500;
const MAX_NEW_FACILITIES = 100;

export const structuresRequestSchema = z
  .object({
    type: z.literal("STRUCTURES"),
    ...common,
    facilities: z
      .array(facilitySelectionSchema)
      .max(MAX_FACILITIES, `${MAX_FACILITIES} structures au maximum par demande.`)
      .refine(
        (list) => new Set(list.map((f) => f.facilityId)).size === list.length,
        "Une structure est sélectionnée deux fois.",
      ),
    newFacilities: z
      .array(newFacilitySchema)
      .max(MAX_NEW_FACILITIES, `${MAX_NEW_FACILITIES} structures hors catalogue au maximum par demande.`)
      .optional()
      .default([]),
  })
  .refine((data) => data.facilities.length + data.newFacilities.length > 0, {
    error: "Choisissez au moins une structure.",
    path: ["facilities"],
    // Reported with the other errors of the form, not only once everything else is valid.
    // zod calls it on the raw input when that is not even an object (null included).
    when: ({ value }) => {
      const data = value as { facilities?: unknown; newFacilities?: unknown } | null | undefined;
      return Array.isArray(data?.facilities) && (data.newFacilities === undefined || Array.isArray(data.newFacilities));
    },
  });

export const infoPointRequestSchema = z.object({
  type: z.literal("INFO_POINT"),
  ...common,
  infoPointName: text("Nom du lieu d'information"),
  communes: z
    .array(z.string().regex(/^[0-9AB]{5}$/, "Code commune invalide."))
    .min(1, "Choisissez au moins une commune.")
    .max(300, "300 communes au maximum par demande.")
    .refine((list) => new Set(list).size === list.length, "Une commune est sélectionnée deux fois."),
});

export const habilitationRequestSchema = z.discriminatedUnion("type", [
  structuresRequestSchema,
  infoPointRequestSchema,
]);

export type HabilitationRequestInput = z.input<typeof habilitationRequestSchema>;
export type HabilitationRequestData = z.output<typeof habilitationRequestSchema>;
