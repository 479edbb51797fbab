// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { queryPrepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FacilityKind } from "@/lib/generated/prisma/enums";
import { EAJE_TYPE, FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { CARE_TYPES, type CareTypeCode } from "@/lib/availability/availability-schema";
import { isAvailabilityStale, staleBefore } from "@/lib/availability/freshness";
import { parisDay } from "@/lib/validation/paris-day";
import { searchableText } from "@/lib/text/normalize";
import { searchCommunes, type CommuneEntry } from "@/lib/territory/search-communes";
import { communeDirectory } from "@/lib/territory/commune-directory";
import { arcOfChord, chordOfArc, earthCube } from "./earth-geometry";
import { careTypeOf, DEFAULT_RADIUS_KM, parseSearchQuery, SEARCH_PAGE_SIZE, type SearchQuery } from "./search-query";

/**
 * What a family sees of an EAJE's current availabilities; null for kinds that publish none. Plain data
 * (days as "YYYY-MM-DD" in Paris time): the search page receives it as JSON props.
 */
export type AvailabilitySummary =
  | { status: "NOT_PUBLISHED" }
  | { status: "NO_PLACE"; updatedDay: string; stale: boolean }
  | {
      status: "PLACES";
      places: number;
      fromDay: string;
      careTypes: CareTypeCode[];
      updatedDay: string;
      stale: boolean;
    };

export type FacilitySearchResult = {
  id: string;
  name: string;
  kind: FacilityKind;
  kindLabel: string;
  street: string;
  postcode: string;
  communeName: string;
  latitude: number | null;
  longitude: number | null;
  // From the centre of a search around a place, in metres; null in a département-wide search.
  distanceMetres: number | null;
  availability: AvailabilitySummary | null;
};

/** The commune a search is around, and the other communes the typed text could mean. */
export type SearchPlace = { inseeCode: string; name: string; departementCode: string; radiusKm: number };

export type FacilitySearch = { query: SearchQuery; ignored: string[] } & (
  | { status: "NO_PLACE_GIVEN" }
  | {
      status: "DONE";
      // null in a département-wide search, or when the typed place matches no commune (then no result).
      place: SearchPlace | null;
      placeNotFound: boolean;
      otherPlaces: CommuneEntry[];
      total: number;
      page: number;
      pageCount: number;
      results: FacilitySearchResult[];
    }
);

type Row = {
  id: string;
  name: string;
  kind: FacilityKind;
  isEaje: boolean;
  street: string;
  postcode: string;
  communeName: string;
  latitude: number | null;
  longitude: number | null;
  chordMetres: number | null;
  updatedAt: Date | null;
  publicationId: string | null;
  noPlaceAvailable: boolean | null;
  places: number | null;
  fromDay: string | null;
  careTypes: CareTypeCode[] | null;
};

type Centre = { inseeCode: string; latitude: number | null; longitude: number | null };

// How many other communes the typed text may mean are offered as links.
const OTHER_PLACES = 5;

/**
 * The public search of open facilities (SPEC §1, issues 7 and 23): around a place (the commune chosen or
 * typed, `rayon` km, 5 by default), sorted by distance, or in a whole département; by kind, child's age,
 * places available, first day of care and kind of care; 20 per page with each EAJE's availability summary.
 * One statement gives the count and the page (see pageRows). Facilities around a place are found by the GiST
 * index on their point (earthdistance's cube): the box around the circle, then the exact great-circle
 * distance. A search needs a place: a national list of every facility helps no family.
 */
export async function searchFacilities(rawQuery: unknown, now: Date = new Date()): Promise<FacilitySearch> {
  const { query, ignored } = parseSearchQuery(rawQuery);
  const located = await locate(query, ignored);
  if (!located && !query.departement) return { query, ignored, status: "NO_PLACE_GIVEN" };

  const today = parisDay(now);
  const day = query.debut ?? today;
  // The slots that answer the family: still running on the day asked (today by default), taking a child of
  // that age, of that kind of care.
  const slotMatches = Prisma.sql`(s."endDate" IS NULL OR s."endDate" >= ${day}::date)${
    query.debut ? Prisma.sql` AND s."startDate" <= ${day}::date` : Prisma.empty
  }${
    query.age === undefined
      ? Prisma.empty
      : Prisma.sql` AND s."minAgeMonths" <= ${query.age} AND s."maxAgeMonths" >= ${query.age}`
  }${query.accueil ? Prisma.sql` AND s."careType" = ${careTypeOf(query.accueil)}::"CareType"` : Prisma.empty}`;
  // A scalar subquery rather than EXISTS: under an OR, PostgreSQL would hash an EXISTS over every slot ever
  // published (the whole history); this form is an index probe of the current publication's slots.
  const hasMatchingSlot = Prisma.sql`COALESCE((
    SELECT true FROM "AvailabilityPublication" p JOIN "AvailabilitySlot" s ON s."publicationId" = p.id
    WHERE p.id = f."currentAvailabilityPublicationId" AND p."withdrawnAt" IS NULL AND ${slotMatches} LIMIT 1), false)`;
  const centre = located?.centre;
  const radiusMetres = (query.rayon ?? DEFAULT_RADIUS_KM) * 1000;
  const aroundCentre =
    centre?.latitude != null && centre.longitude != null
      ? Prisma.sql`${earthCube(centre.latitude, centre.longitude)}::cube`
      : null;
  const radiusChord = chordOfArc(radiusMetres);
  // "earthPoint" is ll_to_earth(latitude, longitude), stored (and GiST-indexed) by PostgreSQL; the centre is
  // the same cube, computed here (lib/search/earth-geometry.ts). Rows are compared by the straight line
  // through the Earth (cube_distance, in C): earth_distance() per row, a SQL function PostgreSQL does not
  // inline, cost 0.4 s for 30 km around Paris. Over 30 km the straight line is shorter than the great circle
  // by 3 cm; the 20 rows shown get their great-circle distance.
  const distance = aroundCentre && Prisma.sql`cube_distance(${aroundCentre}, f."earthPoint")`;
  const conditions = [
    Prisma.sql`f.status = 'OPEN'`,
    ...(distance
      ? [
          // earth_box(centre, radius), as earthdistance defines it.
          Prisma.sql`cube_enlarge(${aroundCentre}, ${radiusChord}::float8, 3) @> f."earthPoint"`,
          Prisma.sql`${distance} <= ${radiusChord}::float8`,
        ]
      : // A commune without a known point (none in the reference data today): its own facilities.
        centre
        ? [Prisma.sql`f."communeInsee" = ${centre.inseeCode}`]
        : []),
    ...(located && !centre ? [Prisma.sql`false`] : []),
    ...(query.departement ? [Prisma.sql`f."departementCode" = ${query.departement}`] : []),
    ...(query.type === EAJE_TYPE
      ? [Prisma.sql`f."isEaje"`]
      : query.type
        ? [Prisma.sql`f.kind = ${query.type}::"FacilityKind"`]
        : []),
    ...(query.places ? [Prisma.sql`f."hasAvailablePlaces"`] : []),
    // A day or a kind of care asks for places: only EAJE publish them. Only EAJE publish the ages they take
    // too, but an age alone never hides the other kinds (they take children of every age they are for).
    ...(query.debut || query.accueil
      ? [Prisma.sql`f."isEaje" AND ${hasMatchingSlot}`]
      : query.age !== undefined
        ? [Prisma.sql`(NOT f."isEaje" OR ${hasMatchingSlot})`]
        : []),
  ];
  const where = Prisma.join(conditions, " AND ");
  // Nearest first (to the 100 m shown: pageRows); at the same distance, the EAJE with fresh places (updated
  // within the week the order asks for) first, then by name. A département-wide search is by name. The instant
  // is sent as the column's own type (a UTC timestamp): `AT TIME ZONE` on a parameter is computed for each row
  // of a generic plan, not once.
  const sortKeys = distance
    ? Prisma.sql`${distance} AS "chordMetres",
        (f."hasAvailablePlaces" AND f."availabilitiesUpdatedAt" >= ${utcTimestamp(staleBefore(now))}::timestamp) AS "freshPlaces"`
    : Prisma.sql`NULL::float8 AS "chordMetres", NULL::boolean AS "freshPlaces"`;

  const requested = query.page ?? 1;
  const rows = await pageRows(where, sortKeys, slotMatches, requested);
  // Past the end (an old shared link), the statement gave the last page: that is the page shown.
  const total = rows[0]?.total ?? 0;
  const pageCount = Math.max(Math.ceil(total / SEARCH_PAGE_SIZE), 1);
  const page = Math.min(requested, pageCount);
  return {
    query,
    ignored,
    status: "DONE",
    place: located?.place ? { ...located.place, radiusKm: radiusMetres / 1000 } : null,
    placeNotFound: Boolean(located && !centre),
    otherPlaces: located?.otherPlaces ?? [],
    total,
    page,
    pageCount,
    results: rows.map((row) => toResult(row, now)),
  };
}

type Located = {
  centre: Centre | null;
  place: Omit<SearchPlace, "radiusKm"> | null;
  otherPlaces: CommuneEntry[];
};

/**
 * The commune the search is around: the one chosen in the suggestions, else the best match of what was
 * typed (a name however written, or a postcode), with the other likely ones. Null when no place was given;
 * notes in `ignored` what could not be used.
 */
async function locate(query: SearchQuery, ignored: string[]): Promise<Located | null> {
  const typed = query.lieu ? searchableText(query.lieu) : "";
  if (query.commune) {
    const commune = (await communeDirectory()).byInseeCode(query.commune);
    if (!commune) ignored.push("Commune : code INSEE inconnu.");
    // Without JavaScript the chosen commune stays in the form when the family types another place: the text wins.
    else if (!typed || typed.startsWith(commune.searchName))
      return { centre: commune, place: placeOf(commune), otherPlaces: [] };
  }
  if (!typed) return null;
  if (/^\d+$/.test(typed) && typed.length !== 5) {
    ignored.push("Code postal : indiquez les 5 chiffres.");
    return null;
  }
  const [best, ...others] = await searchCommunes({ q: typed }, OTHER_PLACES + 1);
  if (!best) return { centre: null, place: null, otherPlaces: [] };
  return {
    centre: best,
    place: placeOf(best),
    // A name typed in full may still be another commune's (several Valence): those are offered, not the
    // communes merely beginning with it.
    otherPlaces: others
      .filter((other) => best.match !== "EXACT" || other.match === "EXACT")
      .map(({ inseeCode, name, postcodes, departementCode }) => ({
        inseeCode,
        name,
        postcodes,
        departementCode,
      })),
  };
}

/** "2026-12-03 07:15:00.000": an instant as PostgreSQL's `timestamp` of the columns Prisma writes (UTC). */
const utcTimestamp = (instant: Date) => instant.toISOString().slice(0, 23).replace("T", " ");

const placeOf = (commune: { inseeCode: string; name: string; departementCode: string }) => ({
  inseeCode: commune.inseeCode,
  name: commune.name,
  departementCode: commune.departementCode,
});

/**
 * One statement for the count and the page: the facilities found are read once (a radius of 30 km around
 * Paris holds thousands), kept narrow (id, name, sort keys), counted, and sorted for the page; only the page's
 * 20 rows are then read in full with their availability summary (index lookups on those rows only). A page
 * past the end gives the last one, in the same statement. Both orders sort by the keys the search selects
 * (the distance to the 100 m, "freshPlaces"), then name and id. A named prepared statement: with the centre and the
 * radius given as a cube and a chord, PostgreSQL's generic plan is the same as a plan made for each search's
 * values, so it keeps it instead of planning every search (planning cost as much as running it).
 */
function pageRows(where: Prisma.Sql, sortKeys: Prisma.Sql, slotMatches: Prisma.Sql, page: number) {
  return queryPrepared<Row & { total: number }>(Prisma.sql`
    WITH found AS MATERIALIZED (
      SELECT f.id, f.name, ${sortKeys} FROM "Facility" f WHERE ${where}
    ), counted AS (
      SELECT count(*)::int AS total FROM found
    ), page AS (
      SELECT * FROM found
      ORDER BY round("chordMetres" / 100), "freshPlaces" DESC, name, id LIMIT ${SEARCH_PAGE_SIZE}
      OFFSET LEAST(${(page - 1) * SEARCH_PAGE_SIZE}, GREATEST(((SELECT total FROM counted) - 1) / ${SEARCH_PAGE_SIZE}, 0) * ${SEARCH_PAGE_SIZE})
    )
    SELECT (SELECT total FROM counted) AS total,
      f.id, f.name, f.kind::text AS kind, f."isEaje", f.street, f.postcode, c.name AS "communeName",
      f.latitude, f.longitude, page."chordMetres",
      COALESCE(f."availabilitiesUpdatedAt", p."publishedAt") AT TIME ZONE 'UTC' AS "updatedAt", p.id AS "publicationId", p."noPlaceAvailable",
      summary.places, summary."fromDay", summary."careTypes"
    FROM page
    JOIN "Facility" f ON f.id = page.id
    JOIN "Commune" c ON c."inseeCode" = f."communeInsee"
    LEFT JOIN "AvailabilityPublication" p ON p.id = f."currentAvailabilityPublicationId" AND p."withdrawnAt" IS NULL
    LEFT JOIN LATERAL (
      SELECT sum(s.places)::int AS places, to_char(min(s."startDate"), 'YYYY-MM-DD') AS "fromDay",
        array_agg(DISTINCT s."careType"::text) AS "careTypes"
      FROM "AvailabilitySlot" s WHERE s."publicationId" = p.id AND ${slotMatches}
    ) summary ON p.id IS NOT NULL
    ORDER BY round(page."chordMetres" / 100), page."freshPlaces" DESC, page.name, page.id`);
}

function toResult(row: Row, now: Date): FacilitySearchResult {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: FACILITY_KIND_LABELS[row.kind],
    street: row.street,
    postcode: row.postcode,
    communeName: row.communeName,
    latitude: row.latitude,
    longitude: row.longitude,
    distanceMetres: row.chordMetres === null ? null : arcOfChord(row.chordMetres),
    availability: row.isEaje ? summaryOf(row, now) : null,
  };
}

function summaryOf(row: Row, now: Date): AvailabilitySummary {
  if (!row.publicationId || !row.updatedAt) return { status: "NOT_PUBLISHED" };
  const freshness = { updatedDay: parisDay(row.updatedAt), stale: isAvailabilityStale(row.updatedAt, now) };
  if (row.noPlaceAvailable || !row.places || !row.fromDay) return { status: "NO_PLACE", ...freshness };
  return {
    status: "PLACES",
    places: row.places,
    fromDay: row.fromDay,
    careTypes: CARE_TYPES.filter((type) => row.careTypes?.includes(type)),
    ...freshness,
  };
}
