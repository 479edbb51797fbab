// The floor of the search benchmark: what a search around a place costs with nothing but node:http and pg,
// and the best SQL we could write by hand for the app's semantics (bench/README.md, "The floor"). It answers
// /search?commune=&rayon=&type=EAJE&age=&places=1&page= with the same rows as the app's page (count, then 20
// facilities nearest first with their availability summary) as JSON, in ONE statement per request:
// - the centre comes from the communes read once at start (as the app's commune directory does), sent as
//   earthdistance's cube with the radius as a chord (lib/search/earth-geometry.ts): PostgreSQL has no SQL
//   function (ll_to_earth, earth_box, gc_to_sec) to inline and fold when it plans, which cost 1.5 ms a search;
// - the facilities inside the circle come from the GiST index on the stored "earthPoint" (cube_enlarge), are kept
//   by the straight-line distance (cube_distance, a C function: no per-row SQL function call), and are kept
//   narrow (id, name, sort keys) in a materialised CTE that is both counted and sorted (top-N heapsort);
// - only the page's 20 rows are then read in full, with their current publication and slots by index;
// - a page past the end gives the last page, as the app shows it.
// The statement text is chosen per combination of filters (no "$n IS NULL OR …" branches left to the planner).
// It runs as many processes as the app (WEB_CONCURRENCY, node:cluster), so both use the machine alike.
//   tsx bench/floor-server.ts <port>     (DATABASE_URL in the environment)
import cluster from "node:cluster";
import http from "node:http";
import { availableParallelism } from "node:os";
import pg from "pg";
import { arcOfChord, chordOfArc, earthCube } from "../lib/search/earth-geometry";

const PAGE_SIZE = 20;
const STALE_AFTER_MS = 7 * 86_400_000;
const RADII = new Set(["1", "2", "5", "10", "30"]);
const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

type Filters = { eaje: boolean; places: boolean; age: boolean };

/** $1 centre (cube), $2 radius as a chord (m), $3 stale-before instant, $4 today, $5 offset, then $6 age. */
function statementFor({ eaje, places, age }: Filters): string {
  const slotMatches = `(s."endDate" IS NULL OR s."endDate" >= $4::date)${age ? ` AND s."minAgeMonths" <= $6::int AND s."maxAgeMonths" >= $6::int` : ""}`;
  return `
    WITH found AS MATERIALIZED (
      SELECT f.id, f.name, cube_distance($1::cube, f."earthPoint") AS chord,
        (f."hasAvailablePlaces" AND f."availabilitiesUpdatedAt" >= $3::timestamp) AS fresh
      FROM "Facility" f
      WHERE cube_enlarge($1::cube, $2::float8, 3) @> f."earthPoint"
        AND cube_distance($1::cube, f."earthPoint") <= $2::float8
        AND f.status = 'OPEN'
        ${eaje ? `AND f."isEaje"` : ""} ${places ? `AND f."hasAvailablePlaces"` : ""}
        ${
          age
            ? `AND (NOT f."isEaje" OR COALESCE((SELECT true FROM "AvailabilityPublication" p JOIN "AvailabilitySlot" s ON s."publicationId" = p.id
                 WHERE p.id = f."currentAvailabilityPublicationId" AND p."withdrawnAt" IS NULL AND ${slotMatches} LIMIT 1), false))`
            : ""
        }
    ),
    counted AS (SELECT count(*)::int AS total FROM found),
    page AS (
      SELECT * FROM found ORDER BY round(chord / 100), fresh DESC, name, id LIMIT ${PAGE_SIZE}
      OFFSET LEAST($5::int, GREATEST(((SELECT total FROM counted) - 1) / ${PAGE_SIZE}, 0) * ${PAGE_SIZE})
    )
    SELECT (SELECT total FROM counted) AS total, f.id, f.name, f.kind, f."isEaje", f.street, f.postcode,
      c.name AS "communeName", f.latitude, f.longitude, page.chord,
      COALESCE(f."availabilitiesUpdatedAt", p."publishedAt") AS "updatedAt", p."noPlaceAvailable",
      summary.places, summary."fromDay", summary."careTypes"
    FROM page
    JOIN "Facility" f ON f.id = page.id
    JOIN "Commune" c ON c."inseeCode" = f."communeInsee"
    LEFT JOIN "AvailabilityPublication" p ON p.id = f."currentAvailabilityPublicationId" AND p."withdrawnAt" IS NULL
    LEFT JOIN LATERAL (
      SELECT sum(s.places)::int AS places, min(s."startDate") AS "fromDay", array_agg(DISTINCT s."careType") AS "careTypes"
      FROM "AvailabilitySlot" s WHERE s."publicationId" = p.id AND ${slotMatches}
    ) summary ON p.id IS NOT NULL
    ORDER BY round(page.chord / 100), page.fresh DESC, page.name, page.id`;
}

async function main() {
  const port = Number(process.argv[2]);
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  const centres = new Map<string, string>();
  const communes = await pool.query<{ inseeCode: string; latitude: number; longitude: number }>(
    `SELECT "inseeCode", latitude, longitude FROM "Commune" WHERE latitude IS NOT NULL AND longitude IS NOT NULL`,
  );
  for (const row of communes.rows) centres.set(row.inseeCode, earthCube(row.latitude, row.longitude));
  const statements = new Map<string, string>();
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const params = new URL(request.url ?? "/", "http://floor").searchParams;
    const commune = params.get("commune") ?? "";
    const radius = params.get("rayon") ?? "5";
    const age = params.get("age");
    const centre = centres.get(commune);
    if (!centre || !RADII.has(radius) || (age !== null && !/^\d{1,2}$/.test(age)))
      return void response.writeHead(400).end();
    const filters = { eaje: params.get("type") === "EAJE", places: params.get("places") === "1", age: age !== null };
    const key = JSON.stringify(filters);
    if (!statements.has(key)) statements.set(key, statementFor(filters));
    const now = Date.now();
    const page = Math.max(1, Number(params.get("page") ?? 1) || 1);
    const values: unknown[] = [
      centre,
      chordOfArc(Number(radius) * 1000),
      new Date(now - STALE_AFTER_MS),
      parisDay.format(now),
      (page - 1) * PAGE_SIZE,
      ...(age === null ? [] : [Number(age)]),
    ];
    try {
      const { rows } = await pool.query<{ total: number; chord: number }>({
        name: key,
        text: statements.get(key) ?? "",
        values,
      });
      const results = rows.map(({ chord, ...row }) => ({ ...row, distanceMetres: arcOfChord(chord) }));
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ total: rows[0]?.total ?? 0, results }));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  };
  http.createServer((request, response) => void answer(request, response)).listen(port, "127.0.0.1");
}

const processes = Number(process.env.WEB_CONCURRENCY ?? availableParallelism());
if (cluster.isPrimary && processes > 1) {
  for (let i = 0; i < processes; i++) cluster.fork();
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
