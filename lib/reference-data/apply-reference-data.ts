// Writes a reference-data plan (see plan-reference-data.ts) in one transaction: a deploy interrupted
// half-way leaves the previous geography whole.
import { db, type Tx } from "@/lib/db";
import { DEFAULT_CONVENTION_TEMPLATES } from "@/lib/conventions/default-templates";
import type { CommuneRow, ReferenceDataPlan, RetiredCommune } from "./plan-reference-data";

const CHUNK = 5000;

async function upsertCommunes(tx: Tx, plan: ReferenceDataPlan) {
  for (let i = 0; i < plan.communes.create.length; i += CHUNK)
    await tx.commune.createMany({ data: plan.communes.create.slice(i, i + CHUNK) });
  const rows = plan.communes.update;
  const column = <K extends keyof CommuneRow>(key: K) => rows.map((row) => row[key]);
  // One statement for every changed commune (a yearly refresh moves postcodes and points by the thousand).
  if (rows.length > 0)
    await tx.$executeRaw`
      UPDATE "Commune" AS c SET name = n.name, "searchName" = n.search_name, "departementCode" = n.departement,
        postcodes = CASE WHEN n.postcodes = '' THEN ARRAY[]::text[] ELSE string_to_array(n.postcodes, ',') END,
        population = n.population, latitude = n.latitude, longitude = n.longitude
      FROM unnest(${column("inseeCode")}::text[], ${column("name")}::text[], ${column("searchName")}::text[],
                  ${column("departementCode")}::text[], ${rows.map((row) => row.postcodes.join(","))}::text[],
                  ${column("population")}::int[], ${column("latitude")}::float8[], ${column("longitude")}::float8[])
        AS n(code, name, search_name, departement, postcodes, population, latitude, longitude)
      WHERE c."inseeCode" = n.code`;
}

/**
 * Moves what points at a former commune onto the commune that took it over. An information point already
 * covering the successor, or a request already listing it, keeps its row on the former commune (a second
 * row would be a duplicate); that row then keeps the former commune, which is only deleted once nothing
 * refers to it any more.
 */
async function relinkRetiredCommune(tx: Tx, retired: RetiredCommune): Promise<boolean> {
  const from = retired.inseeCode;
  if (retired.successor) {
    const to = retired.successor.inseeCode;
    await tx.facility.updateMany({ where: { communeInsee: from }, data: { communeInsee: to } });
    await tx.familyRequest.updateMany({ where: { communeInsee: from }, data: { communeInsee: to } });
    await tx.$executeRaw`
      UPDATE "ConventionCommune" AS cc SET "communeInsee" = ${to}
      WHERE cc."communeInsee" = ${from} AND cc."removedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "ConventionCommune" o
                        WHERE o."conventionId" = cc."conventionId" AND o."communeInsee" = ${to} AND o."removedAt" IS NULL)`;
    await tx.$executeRaw`
      UPDATE "HabilitationRequestCommune" AS rc SET "communeInsee" = ${to}
      WHERE rc."communeInsee" = ${from}
        AND NOT EXISTS (SELECT 1 FROM "HabilitationRequestCommune" o
                        WHERE o."requestId" = rc."requestId" AND o."communeInsee" = ${to})`;
  }
  const stillReferenced = await tx.commune.findUniqueOrThrow({
    where: { inseeCode: from },
    select: {
      _count: {
        select: { facilities: true, familyRequests: true, conventionCommunes: true, habilitationCommunes: true },
      },
    },
  });
  if (Object.values(stillReferenced._count).some((count) => count > 0)) return false;
  await tx.commune.delete({ where: { inseeCode: from } });
  return true;
}

export type AppliedReferenceData = { deletedCommunes: string[]; keptCommunes: string[] };

export async function applyReferenceData(plan: ReferenceDataPlan): Promise<AppliedReferenceData> {
  return db.$transaction(
    async (tx) => {
      if (plan.departements.create.length > 0) await tx.departement.createMany({ data: plan.departements.create });
      for (const { code, ...fields } of plan.departements.update)
        await tx.departement.update({ where: { code }, data: fields });
      await upsertCommunes(tx, plan);
      // Contact details are the Cnaf's to fill in (/admin/cafs): the reference gives the name and the seat.
      if (plan.cafs.length > 0)
        await tx.caf.createMany({
          data: plan.cafs.map((caf) => ({ ...caf, directorName: "", street: "", email: "" })),
        });
      for (const type of plan.templates)
        await tx.conventionTemplate.create({
          data: { type, version: 1, ...DEFAULT_CONVENTION_TEMPLATES[type], publishedAt: new Date() },
        });
      const applied: AppliedReferenceData = { deletedCommunes: [], keptCommunes: [] };
      for (const retired of plan.retiredCommunes)
        ((await relinkRetiredCommune(tx, retired)) ? applied.deletedCommunes : applied.keptCommunes).push(
          retired.inseeCode,
        );
      return applied;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
