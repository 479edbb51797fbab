// What loading a geography edition would change in the database, computed without writing anything, so
// that `npm run db:setup -- --dry-run` prints exactly what a real run then applies.
import { db } from "@/lib/db";
import { searchableText } from "@/lib/text/normalize";
import { placeCommunes, readReferenceCoordinates } from "@/lib/territory/commune-coordinates";
import { DEFAULT_CONVENTION_TEMPLATES } from "@/lib/conventions/default-templates";
import type { ConventionType } from "@/lib/generated/prisma/enums";
import { cafOf, servedCommunes, servedDepartements, type Geography } from "./reference-geography";

export type CommuneRow = {
  inseeCode: string;
  name: string;
  searchName: string;
  departementCode: string;
  postcodes: string[];
  population: number | null;
  latitude: number | null;
  longitude: number | null;
};

export type DepartementRow = { code: string; name: string; regionCode: string };
export type CafRow = ReturnType<typeof cafOf>;

/** A commune that left the geography (merged into another, usually), and what points at it. */
export type RetiredCommune = {
  inseeCode: string;
  name: string;
  successor: { inseeCode: string; name: string } | null;
  facilities: { id: string; name: string }[];
  familyRequests: number;
  conventionCommunes: number;
  requestCommunes: number;
};

export type ReferenceDataPlan = {
  departements: { create: DepartementRow[]; update: DepartementRow[] };
  communes: { create: CommuneRow[]; update: CommuneRow[] };
  cafs: CafRow[];
  templates: ConventionType[];
  retiredCommunes: RetiredCommune[];
};

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

function communeRows(geography: Geography): CommuneRow[] {
  const communes = servedCommunes(geography);
  const points = placeCommunes(communes, geography.entries, readReferenceCoordinates());
  return communes.map((c) => ({
    inseeCode: c.code,
    name: c.nom,
    searchName: searchableText(c.nom),
    departementCode: c.departement,
    postcodes: c.codesPostaux ?? [],
    population: c.population ?? null,
    latitude: points.get(c.code)?.latitude ?? null,
    longitude: points.get(c.code)?.longitude ?? null,
  }));
}

/** The commune of the new edition that took over a former one: it lists it among its former codes, or the
 * former commune lives on as one of its delegated or associated communes. */
function successorOf(inseeCode: string, geography: Geography, served: Map<string, CommuneRow>): CommuneRow | null {
  for (const entry of geography.entries) {
    const successor = served.get(entry.code);
    if (successor && entry.anciensCodes?.includes(inseeCode)) return successor;
  }
  const delegated = geography.entries.find(
    (e) => e.code === inseeCode && (e.type === "commune-deleguee" || e.type === "commune-associee"),
  );
  return (delegated?.chefLieu && served.get(delegated.chefLieu)) || null;
}

async function retiredCommunes(geography: Geography, served: Map<string, CommuneRow>): Promise<RetiredCommune[]> {
  // One array parameter: a list of 35,000 codes would exceed PostgreSQL's limit of bind parameters.
  const goneCodes = await db.$queryRaw<{ inseeCode: string }[]>`
    SELECT "inseeCode" FROM "Commune" WHERE NOT ("inseeCode" = ANY(${[...served.keys()]}::text[]))`;
  const gone = await db.commune.findMany({
    where: { inseeCode: { in: goneCodes.map((c) => c.inseeCode) } },
    select: {
      inseeCode: true,
      name: true,
      facilities: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      _count: { select: { familyRequests: true, conventionCommunes: true, habilitationCommunes: true } },
    },
    orderBy: { inseeCode: "asc" },
  });
  return gone.map((commune) => {
    const successor = successorOf(commune.inseeCode, geography, served);
    return {
      inseeCode: commune.inseeCode,
      name: commune.name,
      successor: successor && { inseeCode: successor.inseeCode, name: successor.name },
      facilities: commune.facilities,
      familyRequests: commune._count.familyRequests,
      conventionCommunes: commune._count.conventionCommunes,
      requestCommunes: commune._count.habilitationCommunes,
    };
  });
}

export async function planReferenceData(geography: Geography): Promise<ReferenceDataPlan> {
  const departements = servedDepartements(geography).map((d) => ({ code: d.code, name: d.nom, regionCode: d.region }));
  const existingDepartements = new Map((await db.departement.findMany()).map((d) => [d.code, d]));
  const communes = communeRows(geography);
  const served = new Map(communes.map((c) => [c.inseeCode, c]));
  const existingCommunes = new Map(
    (
      await db.commune.findMany({
        select: {
          inseeCode: true,
          name: true,
          searchName: true,
          departementCode: true,
          postcodes: true,
          population: true,
          latitude: true,
          longitude: true,
        },
      })
    ).map((c) => [c.inseeCode, c]),
  );
  const cafDepartements = new Set(
    (await db.caf.findMany({ select: { departementCode: true } })).map((c) => c.departementCode),
  );
  const typesWithTemplate = new Set(
    (await db.conventionTemplate.findMany({ select: { type: true }, distinct: ["type"] })).map((t) => t.type),
  );

  // A commune already in the database whose row the new edition changes.
  const changedCommune = (row: CommuneRow) => {
    const current = existingCommunes.get(row.inseeCode);
    return (
      current !== undefined &&
      (current.name !== row.name ||
        current.searchName !== row.searchName ||
        current.departementCode !== row.departementCode ||
        !sameList(current.postcodes, row.postcodes) ||
        current.population !== row.population ||
        current.latitude !== row.latitude ||
        current.longitude !== row.longitude)
    );
  };
  return {
    departements: {
      create: departements.filter((d) => !existingDepartements.has(d.code)),
      update: departements.filter((d) => {
        const current = existingDepartements.get(d.code);
        return current && (current.name !== d.name || current.regionCode !== d.regionCode);
      }),
    },
    communes: {
      create: communes.filter((c) => !existingCommunes.has(c.inseeCode)),
      update: communes.filter(changedCommune),
    },
    cafs: servedDepartements(geography)
      .filter((d) => !cafDepartements.has(d.code))
      .map((d) => cafOf(d, geography)),
    templates: (Object.keys(DEFAULT_CONVENTION_TEMPLATES) as ConventionType[]).filter(
      (type) => !typesWithTemplate.has(type),
    ),
    retiredCommunes: await retiredCommunes(geography, served),
  };
}
