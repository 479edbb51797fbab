// No `server-only` import: pages/ uses this module (the search page resolves a typed place with it), and
// Next refuses `server-only` there (README, "Layout").
import { z } from "zod";
import { communeDirectory, type MatchKind } from "./commune-directory";

export const communeQuerySchema = z.object({
  departement: z
    .string()
    .regex(/^(\d{2}|2A|2B|97\d)$/, "Département invalide.")
    .optional(),
  q: z.string().trim().min(2, "Tapez au moins 2 caractères.").max(100, "Recherche trop longue."),
});

export type CommuneEntry = { inseeCode: string; name: string; postcodes: string[]; departementCode: string };
export type CommuneMatch = CommuneEntry & { latitude: number | null; longitude: number | null; match: MatchKind };

const DEFAULT_LIMIT = 20;

/**
 * Communes as families type them (issue 23): a postcode, an INSEE code's first digits, or a name written
 * any way — accents, case, hyphens, apostrophes, "St"/"Ste", the leading article, the end of the name or a
 * small typo. Answered from the process's commune directory (lib/territory/commune-directory.ts), kept in
 * step with PostgreSQL: best first, the exact name, then the names it begins, then those with a word it
 * begins, the larger population first within each; then the similar names, likest first.
 */
export async function searchCommunes(
  query: z.infer<typeof communeQuerySchema>,
  limit = DEFAULT_LIMIT,
): Promise<CommuneMatch[]> {
  const directory = await communeDirectory();
  return directory.lookup(query.q, limit, query.departement).map(({ commune, match }) => ({
    inseeCode: commune.inseeCode,
    name: commune.name,
    postcodes: commune.postcodes,
    departementCode: commune.departementCode,
    latitude: commune.latitude,
    longitude: commune.longitude,
    match,
  }));
}
