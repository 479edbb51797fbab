// The public search's state is its query string (shareable URLs, works without JavaScript). Anyone can
// type anything into it: a wrong parameter is dropped with a French message, never an error page.
import { z } from "zod";
import { FACILITY_KINDS } from "@/lib/catalogue/facility-schema";
import { MAX_AGE_MONTHS } from "@/lib/availability/age-limits";
import { EAJE_TYPE } from "@/lib/catalogue/facility-kinds";
import { hasForbiddenCharacters, singleLineText } from "@/lib/validation/text";
import { isCalendarDay } from "@/lib/validation/paris-day";
import type { CareTypeCode } from "@/lib/availability/availability-schema";

export const SEARCH_PAGE_SIZE = 20;
const MAX_PAGE = 5_000;

// Around a place, as on monenfant.fr: the radii offered, in km.
export const SEARCH_RADII = ["1", "2", "5", "10", "30"] as const;
export const DEFAULT_RADIUS_KM = 5;
// The kinds of care as the address carries them (French words, readable in a shared link).
export const CARE_TYPE_PARAMS = { regulier: "REGULAR", occasionnel: "OCCASIONAL", urgence: "EMERGENCY" } as const;
export type CareTypeParam = keyof typeof CARE_TYPE_PARAMS;
const CARE_TYPE_PARAM_VALUES = Object.keys(CARE_TYPE_PARAMS) as CareTypeParam[];
// Publications look a few months ahead: a later date finds nothing and is more likely a typo.
const MAX_START_DAYS_AHEAD = 731;

// Next gives `?a=1&a=2` as an array: the first value counts. Blank fields of a submitted form are absent.
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
  }, schema.optional());

export const searchQuerySchema = z.object({
  // What the family typed: a commune name or a postcode.
  lieu: param(singleLineText("Commune ou code postal :").max(100, "Commune ou code postal : 100 caractères au plus.")),
  // INSEE code of the commune chosen in the suggestions (set by the autocomplete).
  commune: param(z.string().regex(/^(\d{5}|2[AB]\d{3})$/, "Commune : code INSEE inconnu.")),
  departement: param(z.string().regex(/^(\d{2}|2A|2B|97\d)$/, "Département : code inconnu.")),
  type: param(z.enum([EAJE_TYPE, ...FACILITY_KINDS], { error: "Type de structure : valeur inconnue." })),
  age: param(
    z.coerce
      .number({ error: `Âge de l'enfant : indiquez un nombre de mois entre 0 et ${MAX_AGE_MONTHS}.` })
      .int(`Âge de l'enfant : indiquez un nombre entier de mois entre 0 et ${MAX_AGE_MONTHS}.`)
      .min(0, `Âge de l'enfant : indiquez un nombre de mois entre 0 et ${MAX_AGE_MONTHS}.`)
      .max(
        MAX_AGE_MONTHS,
        `Âge de l'enfant : les crèches accueillent les enfants jusqu'à ${MAX_AGE_MONTHS} mois (6 ans).`,
      ),
  ),
  places: param(z.literal("1", { error: "Places disponibles : valeur inconnue." })),
  rayon: param(
    z.enum(SEARCH_RADII, { error: "Rayon : choisissez 1, 2, 5, 10 ou 30 km." }).transform((value) => Number(value)),
  ),
  // A place from this day (the family's first day of care): "YYYY-MM-DD", as an <input type="date"> sends it.
  debut: param(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Date de début : date attendue (JJ/MM/AAAA).")
      .refine(isCalendarDay, "Date de début : cette date n'existe pas.")
      .refine(
        (day) => Date.parse(`${day}T00:00:00Z`) <= Date.now() + MAX_START_DAYS_AHEAD * 86_400_000,
        "Date de début : les crèches publient leurs places pour les mois qui viennent, choisissez une date plus proche.",
      ),
  ),
  accueil: param(
    z.enum(CARE_TYPE_PARAM_VALUES, { error: "Type d'accueil : choisissez régulier, occasionnel ou urgence." }),
  ),
  page: param(z.coerce.number().int().min(1).max(MAX_PAGE)).catch(undefined),
});

export type SearchQuery = z.output<typeof searchQuerySchema>;
export type ParsedSearchQuery = { query: SearchQuery; ignored: string[] };

/** Validates each parameter on its own: an invalid one is left out and explained, the others still apply. */
export function parseSearchQuery(raw: unknown): ParsedSearchQuery {
  const input = new Map<string, unknown>(raw && typeof raw === "object" ? Object.entries(raw) : []);
  const ignored: string[] = [];
  for (;;) {
    const parsed = searchQuerySchema.safeParse(Object.fromEntries(input));
    if (parsed.success) return { query: parsed.data, ignored };
    const dropped = ignored.length;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (!input.has(key)) continue;
      input.delete(key);
      ignored.push(issue.message);
    }
    // Every issue names a parameter; this only guards the loop against one that would not.
    if (ignored.length === dropped) return { query: searchQuerySchema.parse({}), ignored };
  }
}

/** True when a parameter carries characters the text rule refuses: the page then answers 400 (and drops it). */
export function hasUnreadableParameter(raw: Record<string, string | string[] | undefined>): boolean {
  return Object.values(raw).some((value) => [value ?? []].flat().some((text) => hasForbiddenCharacters(text)));
}

/** The query string of a search (for links that keep the filters); empty values are left out. */
export function searchParamsOf(query: SearchQuery): Record<string, string | undefined> {
  return {
    lieu: query.lieu,
    commune: query.commune,
    departement: query.departement,
    type: query.type,
    age: query.age === undefined ? undefined : String(query.age),
    places: query.places,
    rayon: query.rayon === undefined ? undefined : String(query.rayon),
    debut: query.debut,
    accueil: query.accueil,
  };
}

/** The slot care type a `accueil` parameter asks for. */
export const careTypeOf = (param: CareTypeParam): CareTypeCode => CARE_TYPE_PARAMS[param];
