// The yearly refresh of the official geography: two communes merge into a new one. What pointed at them
// (a facility, an information point's communes, a family's request) follows the new commune; a former
// commune is deleted only once nothing refers to it any more.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadReferenceData } from "@/lib/reference-data/load-reference-data";
import { planReferenceData } from "@/lib/reference-data/plan-reference-data";
import { applyReferenceData } from "@/lib/reference-data/apply-reference-data";
import { describeReferenceDataPlan } from "@/lib/reference-data/describe-reference-data-plan";
import { PACKAGED_GEOGRAPHY, type Geography, type ReferenceCommune } from "@/lib/reference-data/reference-geography";

// Codes no real commune of Lot-et-Garonne uses.
const OLD_A = "47901";
const OLD_B = "47902";
const MERGED = "47903";
const commune = (code: string, nom: string, extra: Partial<ReferenceCommune> = {}): ReferenceCommune => ({
  code,
  nom,
  type: "commune-actuelle",
  departement: "47",
  codesPostaux: ["47600"],
  population: 800,
  ...extra,
});
const edition = (...entries: ReferenceCommune[]): Geography => ({
  departements: PACKAGED_GEOGRAPHY.departements,
  entries: [...PACKAGED_GEOGRAPHY.entries, ...entries],
});
const BEFORE = edition(commune(OLD_A, "Vieux-Bourg-sur-Baïse"), commune(OLD_B, "Saint-Essai-d'Albret"));
const AFTER = edition(
  commune(MERGED, "Val-d'Albret-Nouveau", { anciensCodes: [OLD_A, OLD_B] }),
  commune(OLD_A, "Vieux-Bourg-sur-Baïse", { type: "commune-deleguee", chefLieu: MERGED }),
  commune(OLD_B, "Saint-Essai-d'Albret", { type: "commune-deleguee", chefLieu: MERGED }),
);

async function fixtures() {
  await loadReferenceData(BEFORE);
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
  const facility = await db.facility.create({
    data: {
      kind: "MULTI_ACCUEIL",
      isEaje: true,
      name: "Multi-accueil de la fusion",
      street: "1 place de la Mairie",
      postcode: "47600",
      communeInsee: OLD_A,
      departementCode: "47",
      cafId: caf.id,
    },
  });
  // The demo information point (RPE de Lavardac) also covers both communes about to merge.
  const convention = await db.convention.findUniqueOrThrow({ where: { number: "CONV-47-DEMO-0002" } });
  await db.conventionCommune.createMany({
    data: [OLD_A, OLD_B].map((communeInsee) => ({ conventionId: convention.id, communeInsee })),
  });
  const familyRequest = await db.familyRequest.create({
    data: {
      reference: `DI-47-FUSION-${Date.now()}`,
      communeInsee: OLD_B,
      infoPointId: convention.infoPointId!,
      cafId: caf.id,
      careKinds: ["CRECHE"],
      consentAt: new Date(),
    },
  });
  return { facility, convention, familyRequest };
}

describe("@operations yearly commune changes", () => {
  afterAll(async () => {
    // Back to the packaged geography: the test's communes go once nothing refers to them.
    await db.facility.deleteMany({ where: { name: "Multi-accueil de la fusion" } });
    await db.familyRequest.deleteMany({ where: { reference: { startsWith: "DI-47-FUSION-" } } });
    await db.conventionCommune.deleteMany({ where: { communeInsee: { in: [OLD_A, OLD_B, MERGED] } } });
    await loadReferenceData();
    expect(await db.commune.count({ where: { inseeCode: { in: [OLD_A, OLD_B, MERGED] } } })).toBe(0);
  });

  it("@operations replays a merger: dry-run report first, then the re-linking", async () => {
    const { facility, convention, familyRequest } = await fixtures();

    const plan = await planReferenceData(AFTER);
    expect(plan.communes.create.map((c) => c.inseeCode)).toEqual([MERGED]);
    const report = describeReferenceDataPlan(plan);
    expect(report).toContain(
      "Commune disparue Vieux-Bourg-sur-Baïse (47901), rattachée à Val-d'Albret-Nouveau (47903)",
    );
    expect(report).toContain("  structure déplacée : Multi-accueil de la fusion");
    expect(report).toContain("Commune disparue Saint-Essai-d'Albret (47902), rattachée à Val-d'Albret-Nouveau (47903)");
    expect(report.filter((line) => line === "  1 commune couverte par un lieu d'information")).toHaveLength(2);
    expect(report).toContain("  1 demande de famille");
    // Planning wrote nothing.
    expect((await db.facility.findUniqueOrThrow({ where: { id: facility.id } })).communeInsee).toBe(OLD_A);
    expect(await db.commune.findUnique({ where: { inseeCode: MERGED } })).toBeNull();

    const applied = await applyReferenceData(plan);
    expect((await db.facility.findUniqueOrThrow({ where: { id: facility.id } })).communeInsee).toBe(MERGED);
    expect((await db.familyRequest.findUniqueOrThrow({ where: { id: familyRequest.id } })).communeInsee).toBe(MERGED);
    const covered = await db.conventionCommune.findMany({
      where: { conventionId: convention.id, communeInsee: { in: [OLD_A, OLD_B, MERGED] } },
      select: { communeInsee: true },
    });
    // The information point now covers the new commune once; the second former commune keeps its row
    // (a duplicate of the first would mean nothing), so that commune stays.
    expect(covered.map((c) => c.communeInsee).sort()).toEqual([OLD_B, MERGED]);
    expect(applied).toEqual({ deletedCommunes: [OLD_A], keptCommunes: [OLD_B] });
    expect(await db.commune.findUnique({ where: { inseeCode: OLD_A } })).toBeNull();
    const merged = await db.commune.findUniqueOrThrow({ where: { inseeCode: MERGED } });
    expect(merged.latitude).not.toBeNull();

    // The refresh is idempotent: a second run finds the former commune still referenced, and moves nothing.
    const again = await planReferenceData(AFTER);
    expect(again.communes.create).toEqual([]);
    expect(again.retiredCommunes.map((c) => c.inseeCode)).toEqual([OLD_B]);
  });
});
