// Operating information of a facility (SPEC §5: opening days and hours, yearly closures, ages,
// capacity, meals, accessibility, pedagogical project, pricing, contacts, description). Shared by the
// portal editor (browser and server), the Caf's field-by-field diff and the public page.
import { z } from "zod";
import { WEEKDAY_LABELS } from "@/lib/availability/availability-schema";
import { multiLineText } from "@/lib/validation/text";
import { optionalPhoneField } from "@/lib/validation/fields";

const MAX_AGE_MONTHS = 216; // accueils de loisirs take teenagers up to 18

const requiredNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} : nombre entier attendu.` })
    .int(`${label} : nombre entier attendu.`)
    .min(min, `${label} : ${min} au minimum.`)
    .max(max, `${label} : ${max} au maximum.`);
const time = (label: string) =>
  z
    .string({ error: `${label} : champ obligatoire.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} : heure attendue au format HH:MM.`);
// Optional free text: blanks are stored as null, so the diff and the public page ignore them.
const optionalText = (label: string, max: number) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value,
    multiLineText(label, { error: `${label} : texte attendu.` })
      .max(max, `${label} : ${max} caractères au maximum.`)
      .nullable(),
  );
const optionalMatching = (schema: z.ZodType<string>) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value,
    schema.nullable(),
  );

export const operatingInfoSchema = z
  .object({
    openingDays: z
      .array(z.number().int().min(1).max(7), { error: "Jours d'ouverture : cochez au moins un jour." })
      .min(1, "Jours d'ouverture : cochez au moins un jour.")
      .refine((days) => new Set(days).size === days.length, "Jours d'ouverture : chaque jour une seule fois."),
    openingTime: time("Heure d'ouverture"),
    closingTime: time("Heure de fermeture"),
    yearlyClosures: optionalText("Fermetures annuelles", 1000),
    minAgeMonths: requiredNumber("Âge minimum (mois)", 0, MAX_AGE_MONTHS),
    maxAgeMonths: requiredNumber("Âge maximum (mois)", 0, MAX_AGE_MONTHS),
    capacity: requiredNumber("Capacité", 1, 2000),
    meals: optionalText("Repas", 1000),
    accessibility: optionalText("Accessibilité et handicap", 2000),
    pedagogicalProject: optionalText("Projet pédagogique", 3000),
    pricing: optionalText("Tarifs", 2000),
    contactName: optionalText("Personne à contacter", 200),
    contactEmail: optionalMatching(z.email("Courriel de contact : format attendu nom@domaine.fr.").max(200)),
    contactPhone: optionalPhoneField("Téléphone de contact"),
    website: optionalMatching(
      z.url({ protocol: /^https?$/, error: "Site web : adresse http(s):// attendue." }).max(300),
    ),
    description: optionalText("Présentation", 3000),
  })
  .superRefine((info, ctx) => {
    if (info.openingTime >= info.closingTime)
      ctx.addIssue({
        code: "custom",
        path: ["closingTime"],
        message: "Heure de fermeture : elle doit suivre l'heure d'ouverture.",
      });
    if (info.minAgeMonths > info.maxAgeMonths)
      ctx.addIssue({
        code: "custom",
        path: ["maxAgeMonths"],
        message: "Âge maximum : il doit être supérieur ou égal à l'âge minimum.",
      });
  });

export type OperatingInfo = z.output<typeof operatingInfoSchema>;
export type OperatingInfoField = keyof OperatingInfo;

export type FieldKind = "weekdays" | "time" | "number" | "text" | "textarea" | "email" | "tel" | "url";
/** Display order, French labels and input kinds: the editor, the diff and the public page share them. */
export const OPERATING_INFO_FIELDS: {
  key: OperatingInfoField;
  label: string;
  kind: FieldKind;
  hint?: string;
  required?: boolean;
}[] = [
  { key: "openingDays", label: "Jours d'ouverture", kind: "weekdays", required: true },
  { key: "openingTime", label: "Heure d'ouverture", kind: "time", required: true },
  { key: "closingTime", label: "Heure de fermeture", kind: "time", required: true },
  {
    key: "yearlyClosures",
    label: "Fermetures annuelles",
    kind: "textarea",
    hint: "Par exemple : trois semaines en août, entre Noël et le jour de l'an",
  },
  { key: "minAgeMonths", label: "Âge minimum accueilli (en mois)", kind: "number", required: true },
  { key: "maxAgeMonths", label: "Âge maximum accueilli (en mois)", kind: "number", required: true },
  { key: "capacity", label: "Capacité d'accueil (places)", kind: "number", required: true },
  {
    key: "meals",
    label: "Repas",
    kind: "textarea",
    hint: "Repas fournis, apportés par les familles, régimes particuliers…",
  },
  { key: "accessibility", label: "Accessibilité et accueil des enfants en situation de handicap", kind: "textarea" },
  { key: "pedagogicalProject", label: "Projet pédagogique (résumé)", kind: "textarea" },
  {
    key: "pricing",
    label: "Tarifs",
    kind: "textarea",
    hint: "Par exemple : barème national de la Cnaf selon les revenus",
  },
  { key: "contactName", label: "Personne à contacter", kind: "text" },
  { key: "contactEmail", label: "Courriel de contact", kind: "email" },
  { key: "contactPhone", label: "Téléphone de contact", kind: "tel" },
  { key: "website", label: "Site web", kind: "url", hint: "Adresse complète, par exemple https://www.exemple.fr" },
  { key: "description", label: "Présentation de la structure", kind: "textarea" },
];

/** The value of one field as shown to people ("Lundi, Mardi", "08:00"), or null when empty. */
export function displayOperatingInfoValue(
  content: Partial<OperatingInfo> | null,
  key: OperatingInfoField,
): string | null {
  const value = content?.[key];
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value))
    return [...value]
      .sort((a, b) => a - b)
      .map((day) => WEEKDAY_LABELS[day])
      .join(", ");
  return String(value);
}

export type OperatingInfoDiffRow = {
  key: OperatingInfoField;
  label: string;
  before: string | null;
  after: string | null;
  changed: boolean;
};

/** Field-by-field comparison of a submission with the published version (null when none is published). */
export function diffOperatingInfo(
  published: Partial<OperatingInfo> | null,
  submitted: Partial<OperatingInfo>,
): OperatingInfoDiffRow[] {
  return OPERATING_INFO_FIELDS.map(({ key, label }) => {
    const before = displayOperatingInfoValue(published, key);
    const after = displayOperatingInfoValue(submitted, key);
    return { key, label, before, after, changed: before !== after };
  });
}
