import { z } from "zod";
import { FacilityKind } from "@/lib/generated/prisma/enums";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { searchableText } from "@/lib/text/normalize";
import { singleLineText } from "@/lib/validation/text";
import { optionalPhoneField, postcodeField } from "@/lib/validation/fields";
import { postcodeMismatch } from "@/lib/territory/postcode-of-commune";

// Blank optional fields (form inputs, CSV cells) are stored as null, never as "".
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) =>
      (typeof value === "string" && value.trim() === "") || value == null
        ? null
        : typeof value === "string"
          ? value.trim()
          : value,
    schema.nullable(),
  );
}

export const FACILITY_KINDS = Object.keys(FACILITY_KIND_LABELS) as FacilityKind[];

// The CSV may give the code (MICRO_CRECHE) or the French label (Micro-crèche), in any case or accents.
function kindKey(text: string): string {
  return searchableText(text)
    .replace(/[_\-()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const KIND_BY_TEXT = new Map<string, FacilityKind>(
  FACILITY_KINDS.flatMap((kind) => [
    [kindKey(kind), kind],
    [kindKey(FACILITY_KIND_LABELS[kind]), kind],
    [kindKey(FACILITY_KIND_LABELS[kind].replace(/\s*\(.*\)$/, "")), kind],
  ]),
);

export function parseFacilityKind(text: string): FacilityKind | undefined {
  return KIND_BY_TEXT.get(kindKey(text));
}

// Decimal degrees (WGS 84, as any map shows them); French spreadsheets write the decimal comma.
const coordinate = (label: string, limit: number) =>
  optional(
    z.preprocess(
      (value) => (typeof value === "string" ? value.replace(",", ".") : value),
      z.coerce
        .number({ error: `${label} invalide : nombre décimal attendu, par exemple 44,1339.` })
        .min(-limit, `${label} invalide : entre -${limit} et ${limit} degrés.`)
        .max(limit, `${label} invalide : entre -${limit} et ${limit} degrés.`),
    ),
  );

export const facilityFieldsSchema = z.object({
  kind: z.preprocess(
    (value) => (typeof value === "string" ? (parseFacilityKind(value) ?? value) : value),
    z.enum(FACILITY_KINDS, { error: "Type de structure inconnu." }),
  ),
  name: singleLineText("Le nom", { error: "Le nom est obligatoire." })
    .trim()
    .min(2, "Le nom est obligatoire (2 caractères au moins).")
    .max(200, "Le nom dépasse 200 caractères."),
  street: singleLineText("L'adresse", { error: "L'adresse est obligatoire." })
    .trim()
    .min(2, "L'adresse est obligatoire.")
    .max(200, "L'adresse dépasse 200 caractères."),
  postcode: postcodeField(),
  communeInsee: z
    .string({ error: "La commune est obligatoire." })
    .trim()
    .toUpperCase()
    .regex(/^(\d{5}|2[AB]\d{3})$/, "Commune inconnue : code INSEE invalide."),
  managerName: optional(singleLineText("Le gestionnaire").max(200, "Le gestionnaire dépasse 200 caractères.")),
  contactEmail: optional(z.email("Adresse électronique de contact invalide.").max(200)),
  contactPhone: optionalPhoneField("Téléphone"),
  website: optional(
    z.url({ protocol: /^https?$/, error: "Site web invalide : adresse http(s):// attendue." }).max(300),
  ),
  capacity: optional(
    z.coerce
      .number({ error: "Capacité invalide : nombre entier attendu." })
      .int("Capacité invalide : nombre entier attendu.")
      .min(0, "Capacité invalide.")
      .max(2000, "Capacité invalide (2 000 places au plus)."),
  ),
  // A precise point, when the Caf knows it; otherwise the facility stands at its commune's point.
  latitude: coordinate("Latitude", 90),
  longitude: coordinate("Longitude", 180),
});

export type FacilityFields = z.infer<typeof facilityFieldsSchema>;

export type CommuneRef = { inseeCode: string; name: string; postcodes: string[]; departementCode: string };

/** Why a commune/postcode pair is refused for a Caf's catalogue, or null when it is right. */
export function communeProblem(
  commune: CommuneRef | undefined,
  fields: { communeInsee: string; postcode: string },
  departementCode: string,
): string | null {
  if (!commune) return `Commune inconnue : aucun code INSEE ${fields.communeInsee} dans la liste officielle.`;
  if (commune.departementCode !== departementCode)
    return `Commune hors département : ${commune.name} (${commune.inseeCode}) n'est pas dans le département ${departementCode}.`;
  return postcodeMismatch("Code postal", fields.postcode, commune);
}

// Identifier from the Caf's own systems: the key that makes a CSV re-import update instead of duplicate.
export const externalIdSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/,
    "Identifiant invalide : lettres, chiffres, « . _ - / », 64 caractères au plus.",
  );

export const facilityFormSchema = facilityFieldsSchema.extend({ externalId: optional(externalIdSchema) });
