import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { FacilityKind, FacilityStatus } from "@/lib/generated/prisma/enums";
import { isEajeKind } from "@/lib/catalogue/facility-kinds";
import { searchFacilities, type FacilitySearch } from "@/lib/search/search-facilities";
import { dayFromNow, publishFixture } from "../support/search-fixtures";

// The Creuse (23) has no demo facility: everything found there was created here.
const DAY = 86_400_000;
const sql = (text: string, params: unknown[] = []) => db.$executeRawUnsafe(text, ...params);
let gueret: string;
let aubusson: string;
const ids: Record<string, string> = {};

async function facility(
  key: string,
  kind: FacilityKind,
  communeInsee: string,
  postcode: string,
  status: FacilityStatus = "OPEN",
) {
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "23" } });
  const created = await db.facility.create({
    data: {
      kind,
      isEaje: isEajeKind(kind),
      name: `Recherche ${key} ${Date.now()}`,
      street: "1 rue de la Mairie",
      postcode,
      communeInsee,
      departementCode: "23",
      cafId: caf.id,
      status,
    },
  });
  ids[key] = created.id;
}

function found(search: FacilitySearch) {
  if (search.status !== "DONE") throw new Error(`no search: ${JSON.stringify(search)}`);
  return search;
}
const idsOf = (search: FacilitySearch) => found(search).results.map((r) => r.id);
const keysOf = (search: FacilitySearch) =>
  idsOf(search)
    .map((id) => Object.keys(ids).find((key) => ids[key] === id) ?? id)
    .sort();

describe("@families public search", () => {
  beforeAll(async () => {
    gueret = (await db.commune.findFirstOrThrow({ where: { departementCode: "23", name: "Guéret" } })).inseeCode;
    aubusson = (await db.commune.findFirstOrThrow({ where: { departementCode: "23", name: "Aubusson" } })).inseeCode;
    await facility("fresh", "MULTI_ACCUEIL", gueret, "23000");
    await facility("stale", "MICRO_CRECHE", gueret, "23000");
    await facility("noPlace", "CRECHE_COLLECTIVE", gueret, "23000");
    await facility("never", "HALTE_GARDERIE", gueret, "23000");
    await facility("withdrawn", "CRECHE_FAMILIALE", gueret, "23000");
    await facility("rpe", "RPE", gueret, "23000");
    await facility("closed", "MULTI_ACCUEIL", gueret, "23000", "CLOSED");
    // Found by postcode through its commune's postcodes, though its own postcode differs (a CEDEX one).
    await facility("cedex", "LAEP", gueret, "23011");
    // Found by its own postcode, though its commune's postcodes do not list it.
    await facility("elsewhere", "ACCUEIL_LOISIRS_EXTRASCOLAIRE", aubusson, "23000");
    await publishFixture(sql, ids.fresh!, {
      slots: [
        { startDate: dayFromNow(10), minAgeMonths: 0, maxAgeMonths: 18, careType: "REGULAR", places: 3 },
        {
          startDate: dayFromNow(5),
          endDate: dayFromNow(60),
          minAgeMonths: 12,
          maxAgeMonths: 36,
          careType: "OCCASIONAL",
          places: 2,
        },
        {
          startDate: dayFromNow(-30),
          endDate: dayFromNow(-1),
          minAgeMonths: 0,
          maxAgeMonths: 72,
          careType: "EMERGENCY",
          places: 9,
        },
      ],
    });
    await publishFixture(sql, ids.stale!, {
      publishedAt: new Date(Date.now() - 8 * DAY),
      slots: [{ startDate: dayFromNow(4), minAgeMonths: 24, maxAgeMonths: 48, careType: "REGULAR", places: 1 }],
    });
    await publishFixture(sql, ids.noPlace!, { slots: [] });
    await publishFixture(sql, ids.withdrawn!, {
      withdrawn: true,
      slots: [{ startDate: dayFromNow(4), minAgeMonths: 0, maxAgeMonths: 72, careType: "REGULAR", places: 4 }],
    });
  });

  it("@families finds the EAJE of a postcode with places available, with their summary and freshness", async () => {
    const search = found(await searchFacilities({ lieu: "23000", places: "1" }));
    expect(keysOf(search)).toEqual(["fresh", "stale"]);
    expect(search.total).toBe(2);
    const fresh = search.results.find((r) => r.id === ids.fresh)!;
    // The ended emergency slot no longer counts.
    expect(fresh.availability).toMatchObject({
      status: "PLACES",
      places: 5,
      fromDay: dayFromNow(5),
      careTypes: ["REGULAR", "OCCASIONAL"],
      stale: false,
    });
    expect(fresh).toMatchObject({
      kind: "MULTI_ACCUEIL",
      kindLabel: "Multi-accueil",
      street: "1 rue de la Mairie",
      postcode: "23000",
      communeName: "Guéret",
    });
    expect(search.results.find((r) => r.id === ids.stale)!.availability).toMatchObject({
      status: "PLACES",
      places: 1,
      stale: true,
    });
  });

  it("@families searches around the commune of a postcode, and never shows a closed facility", async () => {
    const search = found(await searchFacilities({ lieu: "23000" }));
    // Aubusson, 32 km away, is not within the default 5 km, whatever its facility's postcode.
    expect(keysOf(search)).toEqual(["cedex", "fresh", "never", "noPlace", "rpe", "stale", "withdrawn"]);
    const byKey = (key: string) => search.results.find((r) => r.id === ids[key])!;
    expect(byKey("noPlace").availability).toMatchObject({ status: "NO_PLACE", stale: false });
    expect(byKey("never").availability).toEqual({ status: "NOT_PUBLISHED" });
    expect(byKey("withdrawn").availability).toEqual({ status: "NOT_PUBLISHED" });
    expect(byKey("rpe").availability).toBeNull();
    // All at Guéret's point: the EAJE with fresh places first, then alphabetical.
    expect(search.results[0]!.id).toBe(ids.fresh);
    expect(search.results.slice(1).map((r) => r.name)).toEqual(
      search.results
        .slice(1)
        .map((r) => r.name)
        .sort(),
    );
  });

  it("@families searches by the commune chosen in the suggestions, or by its typed name without JavaScript", async () => {
    const chosen = await searchFacilities({ commune: gueret, lieu: "Guéret (23000)" });
    expect(keysOf(chosen)).toEqual(["cedex", "fresh", "never", "noPlace", "rpe", "stale", "withdrawn"]);
    expect(keysOf(await searchFacilities({ lieu: "GUERET" }))).toEqual(keysOf(chosen));
    // The family typed another commune after choosing one (the hidden code stays without JavaScript): the text wins.
    expect(keysOf(await searchFacilities({ commune: gueret, lieu: "Aubusson" }))).toEqual(["elsewhere"]);
    // A shared link with the code only.
    expect(keysOf(await searchFacilities({ commune: aubusson }))).toEqual(["elsewhere"]);
    // LIKE wildcards typed by a family are plain characters.
    expect(found(await searchFacilities({ lieu: "%" })).total).toBe(0);
  });

  it("@families filters on the child's age for EAJE only, and on the kind and the département", async () => {
    const sixMonths = found(await searchFacilities({ commune: gueret, age: "6" }));
    // Non-EAJE kinds publish no ages: they stay; EAJE need a current slot taking a 6-month-old.
    expect(keysOf(sixMonths)).toEqual(["cedex", "fresh", "rpe"]);
    expect(sixMonths.results.find((r) => r.id === ids.fresh)!.availability).toMatchObject({
      places: 3,
      careTypes: ["REGULAR"],
      fromDay: dayFromNow(10),
    });
    expect(keysOf(await searchFacilities({ commune: gueret, age: "30", type: "EAJE" }))).toEqual(["fresh", "stale"]);
    // 60 months: only the ended emergency slot and the withdrawn publication would take the child.
    expect(keysOf(await searchFacilities({ commune: gueret, age: "60", type: "EAJE" }))).toEqual([]);
    expect(keysOf(await searchFacilities({ departement: "23", type: "RPE" }))).toContain("rpe");
    expect(idsOf(await searchFacilities({ departement: "47", type: "RPE" }))).not.toContain(ids.rpe);
  });

  it("@families drops invalid parameters with French messages and asks for a place before searching", async () => {
    const search = found(
      await searchFacilities({
        lieu: "23000",
        age: "dix",
        departement: "999",
        type: "CRECHE",
        places: "oui",
        page: "-2",
        commune: "x",
      }),
    );
    expect(search.ignored).toEqual(
      expect.arrayContaining([
        "Âge de l'enfant : indiquez un nombre de mois entre 0 et 72.",
        "Département : code inconnu.",
        "Type de structure : valeur inconnue.",
        "Places disponibles : valeur inconnue.",
        "Commune : code INSEE inconnu.",
      ]),
    );
    expect(search.total).toBe(7);
    expect(found(await searchFacilities({ lieu: "23000", age: "80" })).ignored).toEqual([
      "Âge de l'enfant : les crèches accueillent les enfants jusqu'à 72 mois (6 ans).",
    ]);
    expect(await searchFacilities({ lieu: "230" })).toMatchObject({
      status: "NO_PLACE_GIVEN",
      ignored: ["Code postal : indiquez les 5 chiffres."],
    });
    expect(await searchFacilities({ commune: "23999" })).toMatchObject({
      status: "NO_PLACE_GIVEN",
      ignored: ["Commune : code INSEE inconnu."],
    });
    expect(await searchFacilities({})).toMatchObject({ status: "NO_PLACE_GIVEN", ignored: [] });
    expect(found(await searchFacilities({ lieu: ["23000", "47600"], places: "1" })).total).toBe(2);
  });

  it("@families pages by 20 in a stable order; a page past the end shows the last one", async () => {
    const souterraine = (
      await db.commune.findFirstOrThrow({ where: { departementCode: "23", name: "La Souterraine" } })
    ).inseeCode;
    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "23" } });
    await db.facility.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        kind: "LAEP" as const,
        isEaje: false,
        name: `LAEP pagination ${String(i).padStart(2, "0")}`,
        street: "Place du marché",
        postcode: "23300",
        communeInsee: souterraine,
        departementCode: "23",
        cafId: caf.id,
      })),
    });
    const first = found(await searchFacilities({ commune: souterraine }));
    expect([first.total, first.page, first.pageCount, first.results.length]).toEqual([23, 1, 2, 20]);
    const second = found(await searchFacilities({ commune: souterraine, page: "2" }));
    expect(second.results.map((r) => r.name)).toEqual([
      "LAEP pagination 20",
      "LAEP pagination 21",
      "LAEP pagination 22",
    ]);
    expect(found(await searchFacilities({ commune: souterraine, page: "40" }))).toMatchObject({
      page: 2,
      pageCount: 2,
    });
    expect(found(await searchFacilities({ commune: souterraine, page: "abc" })).page).toBe(1);
  });
});
