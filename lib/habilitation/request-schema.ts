// Validation of the public habilitation request forms, shared by the browser wizard (instant
// feedback) and the server action (the real check). Messages are shown to users: French, precise.
import { z } from "zod";
import { isValidSiret } from "@/lib/validation/siret";

const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .min(1, `${label} : champ obligatoire.`)
    .max(max, `${label} : ${max} caractères au maximum.`);

export const emailField = (label = "Adresse électronique") =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .trim()
    .toLowerCase()
    .min(1, `${label} : champ obligatoire.`)
    .pipe(z.email(`${label} : format attendu nom@domaine.fr.`));

// French numbers: 10 digits starting with 0, or +33 followed by 9 digits; spaces, dots and dashes allowed.
export const frenchPhone = z
  .string({ error: "Téléphone : champ obligatoire." })
  .trim()
  .min(1, "Téléphone : champ obligatoire.")
  .transform((value) => value.replace(/[\s.\-]/g, ""))
  .pipe(
    z
      .string()
      .regex(/^(?:0[1-9]\d{8}|\+33[1-9]\d{8})$/, "Téléphone : numéro français attendu, par exemple 05 53 12 34 56."),
  );

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
  postcode: z
    .string({ error: "Code postal : champ obligatoire." })
    .trim()
    .regex(/^\d{5}$/, "Code postal : 5 chiffres attendus."),
  city: text("Commune", 100),
  legalRepresentativeName: text("Nom du représentant légal"),
  legalRepresentativeTitle: text("Qualité du représentant légal"),
  email: emailField(),
  phone: frenchPhone,
});

export const personSchema = z.object({
  firstName: text("Prénom", 100),
  lastName: text("Nom", 100),
  email: emailField(),
  jobTitle: text("Fonction", 150),
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

export const facilitySelectionSchema = z
  .object({
    facilityId: z.string().min(1).max(40),
    operatingInfo: z.boolean(),
    availabilities: z.boolean(),
  })
  .refine((selection) => selection.operatingInfo || selection.availabilities, {
    error: "Cochez au moins une publication (modalités de fonctionnement ou disponibilités).",
    path: ["operatingInfo"],
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

export const structuresRequestSchema = z.object({
  type: z.literal("STRUCTURES"),
  ...common,
  facilities: z
    .array(facilitySelectionSchema)
    .min(1, "Choisissez au moins une structure.")
    .max(500, "500 structures au maximum par demande.")
    .refine(
      (list) => new Set(list.map((f) => f.facilityId)).size === list.length,
      "Une structure est sélectionnée deux fois.",
    ),
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
export type PersonInput = z.input<typeof personSchema>;
