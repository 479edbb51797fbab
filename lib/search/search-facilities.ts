// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { db, onlyRow } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FacilityKind } from "@/lib/generated/prisma/enums";
import { EAJE_TYPE, FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import { CARE_TYPES, type CareTypeCode } from "@/lib/availability/availability-schema";
import { isAvailabilityStale } from "@/lib/availability/freshness";
import { parisDay } from "@/lib/validation/paris-day";
import { searchableText, startsWithIndexed } from "@/lib/text/normalize";
import { parseSearchQuery, SEARCH_PAGE_SIZE, type SearchQuery } from "./search-query";

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
  availability: AvailabilitySummary | null;
};

export type FacilitySearch = { query: SearchQuery; ignored: string[] } & (
  | { status: "NO_PLACE_GIVEN" }
  | { status: "DONE"; total: number; page: number; pageCount: number; results: FacilitySearchResult[] }
);

type Row = {
  id: string;
  name: string;
  kind: FacilityKind;
  isEaje: boolean;
  street: string;
  postcode: string;
  communeName: string;
  updatedAt: Date | null;
  publicationId: string | null;
  noPlaceAvailable: boolean | null;
  places: number | null;
  fromDay: string | null;
  careTypes: CareTypeCode[] | null;
};

/**
 * The public search of open facilities (SPEC §1, issue 7): where (commune, postcode, typed commune name,
 * département), kind, child's age, places available; 20 per page with each EAJE's availability summary.
 * Two queries whatever the page: the count, and the page with its summaries (built by index lookups on the
 * 20 rows only). A search needs a place: a national list of every facility helps no family.
 */
export async function searchFacilities(rawQuery: unknown, now: Date = new Date()): Promise<FacilitySearch> {
  const { query, ignored } = parseSearchQuery(rawQuery);
  const place = await placeCondition(query, ignored);
  if (!place && !query.departement) return { query, ignored, status: "NO_PLACE_GIVEN" };

  const today = parisDay(now);
  // A slot still counts until its end date; with an age, only the slots that take a child of that age.
  const slotMatches = Prisma.sql`(s."endDate" IS NULL OR s."endDate" >= ${today}::date)${
    query.age === undefined
      ? Prisma.empty
      : Prisma.sql` AND s."minAgeMonths" <= ${query.age} AND s."maxAgeMonths" >= ${query.age}`
  }`;
  const conditions = [
    Prisma.sql`f.status = 'OPEN'`,
    ...(place ? [place] : []),
    ...(query.departement ? [Prisma.sql`f."departementCode" = ${query.departement}`] : []),
    ...(query.type === EAJE_TYPE
      ? [Prisma.sql`f."isEaje"`]
      : query.type
        ? [Prisma.sql`f.kind = ${query.type}::"FacilityKind"`]
        : []),
    ...(query.places ? [Prisma.sql`f."hasAvailablePlaces"`] : []),
    // Only EAJE publish the ages they take: the age never hides the other kinds. A scalar subquery rather
    // than EXISTS: under this OR, PostgreSQL would hash an EXISTS over every slot ever published (the whole
    // history); this form is an index probe of the current publication's slots, for the EAJE rows only.
    ...(query.age === undefined
      ? []
      : [
          Prisma.sql`(NOT f."isEaje" OR COALESCE((
          SELECT true FROM "AvailabilityPublication" p JOIN "AvailabilitySlot" s ON s."publicationId" = p.id
          WHERE p.id = f."currentAvailabilityPublicationId" AND p."withdrawnAt" IS NULL AND ${slotMatches} LIMIT 1), false))`,
        ]),
  ];
  const where = Prisma.join(conditions, " AND ");

  const [totalRows, firstTry] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Facility" f WHERE ${where}`,
    pageRows(where, slotMatches, query.page ?? 1),
  ]);
  const { total } = onlyRow(totalRows);
  const pageCount = Math.max(Math.ceil(total / SEARCH_PAGE_SIZE), 1);
  // A page past the end (an old shared link): show the last one rather than an empty list.
  const page = Math.min(query.page ?? 1, pageCount);
  const rows = page === (query.page ?? 1) ? firstTry : await pageRows(where, slotMatches, page);
  return { query, ignored, status: "DONE", total, page, pageCount, results: rows.map((row) => toResult(row, now)) };
}

/** The "where" of the search, or null when none was given. Notes in `ignored` what could not be used. */
async function placeCondition(query: SearchQuery, ignored: string[]): Promise<Prisma.Sql | null> {
  const typed = query.lieu ? searchableText(query.lieu) : "";
  if (query.commune) {
    const commune = await db.commune.findUnique({ where: { inseeCode: query.commune }, select: { searchName: true } });
    if (!commune) ignored.push("Commune : code INSEE inconnu.");
    // Without JavaScript the chosen commune stays in the form when the family types another place: the text wins.
    else if (!typed || typed.startsWith(commune.searchName)) return Prisma.sql`f."communeInsee" = ${query.commune}`;
  }
  if (!typed) return null;
  if (/^\d+$/.test(typed) && typed.length !== 5) {
    ignored.push("Code postal : indiquez les 5 chiffres.");
    return null;
  }
  // The communes are looked up once, by index, and handed to both queries as a list: each side of the
  // postcode OR stays an index scan of Facility.
  const isPostcode = /^\d{5}$/.test(typed);
  const communes = await db.commune.findMany({
    where: isPostcode ? { postcodes: { has: typed } } : { searchName: startsWithIndexed(typed) },
    select: { inseeCode: true },
  });
  const inseeCodes = communes.map((commune) => commune.inseeCode);
  const inCommunes = Prisma.sql`f."communeInsee" = ANY(${inseeCodes}::text[])`;
  return isPostcode ? Prisma.sql`(f.postcode = ${typed} OR ${inCommunes})` : inCommunes;
}

// The page first (sorted, limited), then its summaries: the slot aggregation only ever reads those rows' slots.
function pageRows(where: Prisma.Sql, slotMatches: Prisma.Sql, page: number) {
  return db.$queryRaw<Row[]>`
    WITH page AS (
      SELECT f.id, f.name, f.kind, f."isEaje", f.street, f.postcode, f."communeInsee", f."availabilitiesUpdatedAt", f."currentAvailabilityPublicationId"
      FROM "Facility" f WHERE ${where}
      ORDER BY f.name, f.id LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT page.id, page.name, page.kind::text AS kind, page."isEaje", page.street, page.postcode, c.name AS "communeName",
      COALESCE(page."availabilitiesUpdatedAt", p."publishedAt") AS "updatedAt", p.id AS "publicationId", p."noPlaceAvailable",
      summary.places, summary."fromDay", summary."careTypes"
    FROM page
    JOIN "Commune" c ON c."inseeCode" = page."communeInsee"
    LEFT JOIN "AvailabilityPublication" p ON p.id = page."currentAvailabilityPublicationId" AND p."withdrawnAt" IS NULL
    LEFT JOIN LATERAL (
      SELECT sum(s.places)::int AS places, to_char(min(s."startDate"), 'YYYY-MM-DD') AS "fromDay",
        array_agg(DISTINCT s."careType"::text) AS "careTypes"
      FROM "AvailabilitySlot" s WHERE s."publicationId" = p.id AND ${slotMatches}
    ) summary ON p.id IS NOT NULL
    ORDER BY page.name, page.id`;
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
