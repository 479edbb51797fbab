// What the bench asks of the public search and of the place lookup.
import type pg from "pg";

// Searches families repeat (a city, a postcode), served through the page cache: the "avec cache" line.
export const SEARCH_MIXES: Record<string, Record<string, string>> = {
  "commune-name": { lieu: "paris", rayon: "5" },
  "postcode-eaje-places": { lieu: "69003", type: "EAJE", places: "1", rayon: "2" },
  "departement-age": { departement: "33", age: "18" },
  "commune-eaje-age-page2": { commune: "31555", type: "EAJE", age: "12", page: "2", rayon: "10" },
};

export const searchPath = (mix: string) => `/recherche?${new URLSearchParams(SEARCH_MIXES[mix])}`;

const RADII = ["1", "2", "5", "10", "30"];
// The filters of the uncached searches: those the floor implements too (bench/floor-server.ts).
const FILTERS: Record<string, string>[] = [
  {},
  { type: "EAJE", places: "1" },
  { age: "18" },
  { type: "EAJE", age: "12", page: "2" },
];

/**
 * Searches nobody made in the last seconds, at national scale: every radius around each of the `communes`
 * most populous communes (where families live), each with one of the filter mixes, in a fixed shuffled
 * order. Returned as query strings, for the app (/recherche?…) and the floor (/search?…) alike, split in two
 * halves that share no search: one to warm up on, one to measure (the page cache never answers).
 */
export async function uncachedSearches(client: pg.Client, communes: number) {
  const { rows } = await client.query<{ insee: string }>(
    `SELECT "inseeCode" AS insee FROM "Commune" WHERE latitude IS NOT NULL ORDER BY population DESC NULLS LAST, "inseeCode" LIMIT $1`,
    [communes],
  );
  const all = rows.flatMap((row, i) =>
    RADII.map((rayon, r) =>
      new URLSearchParams({ commune: row.insee, rayon, ...FILTERS[(i + r) % FILTERS.length] }).toString(),
    ),
  );
  // A fixed pseudo-random order (the same every run): big cities and villages, small and large radii mixed.
  let seed = 42;
  for (let i = all.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = seed % (i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const half = Math.floor(all.length / 2);
  return { warmUp: all.slice(0, half), measured: all.slice(half) };
}

const typed = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-']/g, " ");

/**
 * What /api/communes receives while families type: each keystroke from the 2nd character of the names of
 * communes of every size (as typed: no accents, spaces for hyphens), and the full name with a typo.
 */
export async function communeKeystrokes(client: pg.Client, communes: number): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM "Commune" ORDER BY md5("inseeCode") LIMIT $1`,
    [communes],
  );
  return rows.flatMap(({ name }) => {
    const text = typed(name);
    const prefixes = Array.from({ length: Math.max(0, Math.min(text.length, 14) - 1) }, (_, i) => text.slice(0, i + 2));
    const typo = text.length > 4 ? `${text.slice(0, 2)}${text[3]}${text[2]}${text.slice(4)}` : text;
    // "l " (L'Haÿ-les-Roses) is one letter once trimmed: the field asks for a second one, not the server.
    return [...prefixes, typo]
      .filter((q) => q.trim().length >= 2)
      .map((q) => `/api/communes?${new URLSearchParams({ q })}`);
  });
}
