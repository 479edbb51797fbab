// No `server-only` import: pages/ uses this module (the search page resolves a typed place with it), and
// Next refuses `server-only` there (README, "Layout").
import { z } from "zod";
import { queryUnprepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const communeQuerySchema = z.object({
  departement: z
    .string()
    .regex(/^(\d{2}|2A|2B|97\d)$/, "Département invalide.")
    .optional(),
  q: z.string().trim().min(2, "Tapez au moins 2 caractères.").max(100, "Recherche trop longue."),
});

export type CommuneEntry = { inseeCode: string; name: string; postcodes: string[]; departementCode: string };
/** How a commune answers the text typed: its name exactly, begun, a word of it begun, a similar name, a postcode. */
export type MatchKind = "EXACT" | "PREFIX" | "WORD" | "SIMILAR" | "NUMBER";
export type CommuneMatch = CommuneEntry & { latitude: number | null; longitude: number | null; match: MatchKind };

const DEFAULT_LIMIT = 20;

/**
 * Communes as families type them (issue 23): a postcode, an INSEE code's first digits, or a name written
 * any way — accents, case, hyphens, apostrophes, "St"/"Ste", the leading article, the end of the name or a
 * small typo. PostgreSQL's place_key() gives the name and the typed text the same form (the place_search
 * migration; `Commune.placeKey` holds it for every commune). Best first: the exact name, then the names it
 * begins, then those with a word it begins ("brie" → "… en Brie"), the larger population first within each;
 * only when those leave room, the similar names (pg_trgm, a small typo), likest first. Both queries are
 * answered by the trigram GIN index on placeKey; the postcodes by their own GIN index.
 */
export async function searchCommunes(
  query: z.infer<typeof communeQuerySchema>,
  limit = DEFAULT_LIMIT,
): Promise<CommuneMatch[]> {
  const departement = query.departement ? Prisma.sql`AND c."departementCode" = ${query.departement}` : Prisma.empty;
  const columns = Prisma.sql`c."inseeCode", c.name, c.postcodes, c."departementCode", c.latitude, c.longitude`;
  if (/^\d{2,5}$/.test(query.q)) {
    const digits =
      query.q.length === 5
        ? Prisma.sql`c.postcodes @> ARRAY[${query.q}]::text[]`
        : Prisma.sql`c."inseeCode" LIKE ${`${query.q}%`}`;
    return queryUnprepared<CommuneMatch>(Prisma.sql`
      SELECT ${columns}, 'NUMBER' AS match FROM "Commune" c WHERE ${digits} ${departement}
      ORDER BY c.population DESC NULLS LAST, c.name LIMIT ${limit}`);
  }
  // The key has only [a-z0-9 ]: it never carries a LIKE wildcard. node-postgres' unnamed statements are
  // planned with their values, so place_key() of the typed text is computed once, at planning.
  const key = Prisma.sql`place_key(${query.q})`;
  const beginsOrWordBegins = Prisma.sql`(c."placeKey" LIKE ${key} || '%' OR c."placeKey" LIKE '% ' || ${key} || '%')`;
  const found = await queryUnprepared<CommuneMatch>(Prisma.sql`
    SELECT ${columns},
      CASE WHEN c."placeKey" = ${key} THEN 'EXACT' WHEN c."placeKey" LIKE ${key} || '%' THEN 'PREFIX' ELSE 'WORD' END AS match
    FROM "Commune" c
    WHERE ${key} <> '' AND ${beginsOrWordBegins} ${departement}
    -- The match kinds sort in the order of their names.
    ORDER BY match, c.population DESC NULLS LAST, c.name
    LIMIT ${limit}`);
  if (found.length === limit) return found;
  const similar = await queryUnprepared<CommuneMatch>(Prisma.sql`
    SELECT ${columns}, 'SIMILAR' AS match FROM "Commune" c
    WHERE ${key} <> '' AND c."placeKey" % ${key} AND NOT ${beginsOrWordBegins} ${departement}
    ORDER BY similarity(c."placeKey", ${key}) DESC, c.population DESC NULLS LAST, c.name
    LIMIT ${limit - found.length}`);
  return [...found, ...similar];
}
