import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchCommunes } from "@/lib/territory/search-communes";
import { placeKey } from "@/lib/territory/place-key";
import { searchFacilities, type FacilitySearch } from "@/lib/search/search-facilities";
import { arcOfChord, chordOfArc, earthCube } from "@/lib/search/earth-geometry";
import { createFacility } from "@/lib/catalogue/create-facility";
import { updateFacility } from "@/lib/catalogue/update-facility";
import { previewFacilityImport } from "@/lib/catalogue/preview-facility-import";
import { startFacilityImport } from "@/lib/catalogue/start-facility-import";
import { runFacilityImport } from "@/lib/catalogue/run-facility-import";
import { getFacilityImport } from "@/lib/catalogue/get-facility-import";
import { dayFromNow, publishFixture } from "../support/search-fixtures";
import { sessionUserByEmail } from "../support/users";
import { CSV_HEADING, catalogueLine } from "../support/catalogue-csv";

// Around Le Châtelet-en-Brie (77): the villages a family there would drive to, and towns farther away.
const CHATELET_EN_BRIE = "77100";
const sql = (text: string, params: unknown[] = []) => db.$executeRawUnsafe(text, ...params);
const ids: Record<string, string> = {};

type Point = { latitude: number; longitude: number };
/** Great-circle distance in metres, on the sphere earthdistance uses: an independent check of the SQL. */
function metresBetween(a: Point, b: Point): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) *
      Math.cos(radians(b.latitude)) *
      Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6378168 * Math.asin(Math.sqrt(h));
}

async function communePoint(inseeCode: string): Promise<Point> {
  const commune = await db.commune.findUniqueOrThrow({ where: { inseeCode } });
  return { latitude: commune.latitude!, longitude: commune.longitude! };
}

async function facility(key: string, communeInsee: string, precise?: Point) {
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "77" } });
  const commune = await db.commune.findUniqueOrThrow({ where: { inseeCode: communeInsee } });
  const created = await db.facility.create({
    data: {
      kind: "MICRO_CRECHE",
      isEaje: true,
      name: `Proximité ${key} ${Date.now()}`,
      street: "1 place de l'Église",
      postcode: commune.postcodes[0]!,
      communeInsee,
      departementCode: "77",
      cafId: caf.id,
      ...(precise ? { ...precise, locationIsPrecise: true } : {}),
    },
  });
  ids[key] = created.id;
}

function done(search: FacilitySearch) {
  if (search.status !== "DONE") throw new Error(`no search: ${JSON.stringify(search)}`);
  return search;
}

/** Every page of a search (the radius searches here stay under a few pages). */
async function allResults(query: Record<string, string>) {
  const first = done(await searchFacilities(query));
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++)
    pages.push(done(await searchFacilities({ ...query, page: String(page) })));
  return pages.flatMap((search) => search.results);
}

describe("@proximity forgiving place lookup", () => {
  const firstOf = async (q: string) => (await searchCommunes({ q }))[0]?.name;

  it("@proximity finds the commune as families type it: accents, case, hyphens, articles, St, typos", async () => {
    expect(await firstOf("Châtelet en Brie")).toBe("Le Châtelet-en-Brie");
    expect(await firstOf("le chatelet-en-brie")).toBe("Le Châtelet-en-Brie");
    expect(await firstOf("Saint Méry")).toBe("Saint-Méry");
    expect(await firstOf("St Mery")).toBe("Saint-Méry");
    expect(await firstOf("Sivry Courtry")).toBe("Sivry-Courtry");
    expect(await firstOf("Fontaine le Port")).toBe("Fontaine-le-Port");
    expect(await firstOf("Valence en Brie")).toBe("Valence-en-Brie");
    expect(await firstOf("L'Haÿ les roses")).toBe("L'Haÿ-les-Roses");
    expect(await firstOf("Chatelet en Bire")).toBe("Le Châtelet-en-Brie");
    expect(await firstOf("Fontainebleu")).toBe("Fontainebleau");
    expect(await firstOf("77820")).toBe("Le Châtelet-en-Brie");
  });

  it("@proximity lists every commune a partial name begins: the exact one first, then the larger", async () => {
    for (const typed of ["Châtelet", "chatelet"]) {
      const names = (await searchCommunes({ q: typed })).map((c) => `${c.name} (${c.departementCode})`);
      // "Le Châtelet" (Cher) is the name typed; Le Châtelet-en-Brie, the most populous of the others, comes next.
      expect(names.slice(0, 2)).toEqual(["Le Châtelet (18)", "Le Châtelet-en-Brie (77)"]);
      expect(names).toEqual(expect.arrayContaining(["Le Châtelet-sur-Retourne (08)", "Le Châtelet-sur-Meuse (52)"]));
    }
    // Within a département (the forms' pickers), and a word begun inside the name.
    const inSeineEtMarne = await searchCommunes({ q: "brie", departement: "77" });
    expect(inSeineEtMarne.every((c) => c.departementCode === "77")).toBe(true);
    expect(inSeineEtMarne.map((c) => c.name)).toContain("Le Châtelet-en-Brie");
    // Nothing to look for: no commune, no error.
    expect(await searchCommunes({ q: "--" })).toEqual([]);
  });
});

/**
 * The lookup as it ran in PostgreSQL before it moved into the app's memory (pg_trgm's `%` and similarity()):
 * an independent oracle for the directory. Ties are broken by the name's code points, as the directory does.
 */
async function lookupInSql(q: string, departement?: string): Promise<string[]> {
  const inDepartement = departement ? `AND c."departementCode" = '${departement}'` : "";
  const columns = `c."inseeCode" || ' ' || CASE WHEN c."placeKey" = k.key THEN 'EXACT' WHEN c."placeKey" LIKE k.key || '%' THEN 'PREFIX' ELSE 'WORD' END AS found`;
  const begins = `(c."placeKey" LIKE k.key || '%' OR c."placeKey" LIKE '% ' || k.key || '%')`;
  const found = await db.$queryRawUnsafe<{ found: string }[]>(
    `SELECT ${columns} FROM "Commune" c, (SELECT place_key($1) AS key) k
     WHERE k.key <> '' AND ${begins} ${inDepartement}
     ORDER BY CASE WHEN c."placeKey" = k.key THEN 0 WHEN c."placeKey" LIKE k.key || '%' THEN 1 ELSE 2 END,
       c.population DESC NULLS LAST, c.name COLLATE "C" LIMIT 20`,
    q,
  );
  if (found.length === 20) return found.map((row) => row.found);
  const similar = await db.$queryRawUnsafe<{ found: string }[]>(
    `SELECT c."inseeCode" || ' SIMILAR' AS found FROM "Commune" c, (SELECT place_key($1) AS key) k
     WHERE k.key <> '' AND c."placeKey" % k.key AND NOT ${begins} ${inDepartement}
     ORDER BY similarity(c."placeKey", k.key) DESC, c.population DESC NULLS LAST, c.name COLLATE "C"
     LIMIT ${20 - found.length}`,
    q,
  );
  return [...found, ...similar].map((row) => row.found);
}

describe("@proximity the commune directory in memory", () => {
  it("@proximity keys every commune's name as PostgreSQL's place_key() does", async () => {
    const communes = await db.commune.findMany({ select: { name: true, placeKey: true } });
    expect(communes.length).toBeGreaterThan(30_000);
    const different = communes.filter((commune) => placeKey(commune.name) !== commune.placeKey);
    expect(different).toEqual([]);
  });

  it("@proximity answers exactly what the lookup in PostgreSQL (pg_trgm) answered", async () => {
    const typed = [
      "Châtelet en Brie",
      "chatelet",
      "Saint Méry",
      "St Mery",
      "Sivry Courtry",
      "Fontainebleu",
      "brie",
      "Chatelet en Bire",
      "valence",
      "L'Haÿ les roses",
      "sa",
      "st",
      "le",
      "les mureaux",
      "Nerac",
      "paris",
      "marseile",
      "bourg",
      "sur mer",
      "sur",
      "bois",
      "oe",
      "Œuilly",
      "montreuil",
      "saint denis",
      "ste marie",
      "aix",
    ];
    for (const q of typed) {
      const inMemory = (await searchCommunes({ q })).map((c) => `${c.inseeCode} ${c.match}`);
      expect(inMemory, q).toEqual(await lookupInSql(q));
    }
    const inMemory = (await searchCommunes({ q: "brie", departement: "77" })).map((c) => `${c.inseeCode} ${c.match}`);
    expect(inMemory).toEqual(await lookupInSql("brie", "77"));
  });

  it("@proximity answers what pg_trgm answered for names typed with a typo, short or long", async () => {
    // Names of every length, each typed with two letters swapped and cut short: the typo search's pruning
    // (commune-directory.ts) must keep every name pg_trgm finds similar.
    const communes = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM "Commune" ORDER BY md5("inseeCode") LIMIT 60`,
    );
    for (const { name } of communes) {
      const text = name.toLowerCase();
      const swapped = text.length > 4 ? `${text.slice(0, 2)}${text[3]}${text[2]}${text.slice(4)}` : text;
      for (const q of [swapped, swapped.slice(0, Math.max(3, Math.ceil(swapped.length / 2)))]) {
        const inMemory = (await searchCommunes({ q })).map((c) => `${c.inseeCode} ${c.match}`);
        expect(inMemory, q).toEqual(await lookupInSql(q));
      }
    }
  });

  it("@proximity a commune renamed in PostgreSQL is found under its new name within a second", async () => {
    const before = await db.commune.findUniqueOrThrow({ where: { inseeCode: CHATELET_EN_BRIE } });
    expect((await searchCommunes({ q: "Châtelet en Brie" }))[0]?.inseeCode).toBe(CHATELET_EN_BRIE);
    try {
      await db.commune.update({ where: { inseeCode: CHATELET_EN_BRIE }, data: { name: "Châtelet-lès-Essais" } });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const found = await searchCommunes({ q: "chatelet les essais" });
      expect(found[0]).toMatchObject({ inseeCode: CHATELET_EN_BRIE, name: "Châtelet-lès-Essais", match: "EXACT" });
    } finally {
      await db.commune.update({ where: { inseeCode: CHATELET_EN_BRIE }, data: { name: before.name } });
    }
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await searchCommunes({ q: "Châtelet en Brie" }))[0]?.name).toBe("Le Châtelet-en-Brie");
  });
});

describe("@proximity earthdistance's geometry computed by the app", () => {
  it("@proximity gives the same centre cube, chord and great-circle distance as PostgreSQL's functions", async () => {
    const points = [
      [48.8566, 2.3522],
      [44.1417, 0.3364],
      [-21.1151, 55.5364],
      [16.2411, -61.5331],
      [0, 0],
    ] as const;
    for (const [latitude, longitude] of points) {
      const [row] = await db.$queryRawUnsafe<{ same: boolean }[]>(
        `SELECT cube_distance($1::cube, ll_to_earth($2, $3)) < 1e-6 AS same`,
        earthCube(latitude, longitude),
        latitude,
        longitude,
      );
      expect(row?.same, `${latitude}, ${longitude}`).toBe(true);
    }
    for (const metres of [0, 1_000, 5_000, 30_000, 2_000_000]) {
      const [row] = await db.$queryRawUnsafe<{ chord: number; arc: number }[]>(
        `SELECT gc_to_sec($1::float8) AS chord, sec_to_gc(gc_to_sec($1::float8)) AS arc`,
        metres,
      );
      expect(chordOfArc(metres)).toBeCloseTo(row!.chord, 6);
      expect(arcOfChord(chordOfArc(metres))).toBeCloseTo(row!.arc, 6);
    }
  });
});

describe("@proximity search around a place", () => {
  let centre: Point;
  beforeAll(async () => {
    centre = await communePoint(CHATELET_EN_BRIE);
    await facility("chatelet", CHATELET_EN_BRIE);
    await facility("sivry", "77453");
    await facility("fontaine", "77188");
    await facility("valence", "77480");
    await facility("melun", "77288");
    await facility("fontainebleau", "77186");
    // In Sivry-Courtry's commune, but placed by the Caf 300 m from Le Châtelet-en-Brie's point.
    await facility("precise", "77453", { latitude: centre.latitude + 0.0027, longitude: centre.longitude });
    await publishFixture(sql, ids.valence!, {
      slots: [{ startDate: dayFromNow(3), minAgeMonths: 0, maxAgeMonths: 36, careType: "OCCASIONAL", places: 2 }],
    });
  });

  it("@proximity returns the facilities of the neighbouring villages within the radius, nearest first, none beyond", async () => {
    for (const rayon of ["2", "5", "10", "30"]) {
      const results = await allResults({ lieu: "Châtelet en Brie", rayon });
      const distances = results.map((r) => r.distanceMetres!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      for (const result of results) {
        const metres = metresBetween(centre, { latitude: result.latitude!, longitude: result.longitude! });
        expect(result.distanceMetres).toBeCloseTo(metres, -1);
        expect(metres).toBeLessThanOrEqual(Number(rayon) * 1000);
      }
      // Every facility created here within the radius is found.
      for (const [key, id] of Object.entries(ids)) {
        const created = await db.facility.findUniqueOrThrow({ where: { id } });
        const within =
          metresBetween(centre, { latitude: created.latitude!, longitude: created.longitude! }) <= Number(rayon) * 1000;
        expect(
          results.some((r) => r.id === id),
          `${key} at ${rayon} km`,
        ).toBe(within);
      }
    }
    const fiveKm = await allResults({ commune: CHATELET_EN_BRIE });
    const keys = fiveKm.map((r) => Object.keys(ids).find((key) => ids[key] === r.id)).filter(Boolean);
    expect(keys.slice(0, 2)).toEqual(["chatelet", "precise"]);
    expect(keys).not.toContain("fontainebleau");
  });

  it("@proximity places a facility at the precise point the Caf gave, else at its commune's point", async () => {
    const precise = await db.facility.findUniqueOrThrow({ where: { id: ids.precise } });
    expect(precise.latitude).toBeCloseTo(centre.latitude + 0.0027, 6);
    const sivry = await db.facility.findUniqueOrThrow({ where: { id: ids.sivry } });
    expect({ latitude: sivry.latitude, longitude: sivry.longitude }).toEqual(await communePoint("77453"));
    const results = await allResults({ commune: CHATELET_EN_BRIE, rayon: "1" });
    expect(results.find((r) => r.id === ids.precise)?.distanceMetres).toBeCloseTo(300, -1);
    expect(results.map((r) => r.id)).not.toContain(ids.sivry);
  });

  it("@proximity filters by first day and kind of care (EAJE only), and keeps a département-wide search", async () => {
    const occasional = await allResults({ commune: CHATELET_EN_BRIE, rayon: "30", accueil: "occasionnel" });
    expect(occasional.map((r) => r.id)).toContain(ids.valence);
    expect(occasional.every((r) => r.availability?.status === "PLACES")).toBe(true);
    const regular = await allResults({ commune: CHATELET_EN_BRIE, rayon: "30", accueil: "regulier" });
    expect(regular.map((r) => r.id)).not.toContain(ids.valence);
    const fromTomorrow = await allResults({ commune: CHATELET_EN_BRIE, rayon: "30", debut: dayFromNow(1) });
    expect(fromTomorrow.map((r) => r.id)).not.toContain(ids.valence);
    const inAWeek = await allResults({ commune: CHATELET_EN_BRIE, rayon: "30", debut: dayFromNow(7) });
    expect(inAWeek.map((r) => r.id)).toContain(ids.valence);

    const departement = done(await searchFacilities({ departement: "77", type: "MICRO_CRECHE" }));
    expect(departement.place).toBeNull();
    expect(departement.total).toBeGreaterThanOrEqual(Object.keys(ids).length);
    expect(departement.results.every((r) => r.distanceMetres === null)).toBe(true);

    const wrong = await searchFacilities({
      commune: CHATELET_EN_BRIE,
      rayon: "7",
      debut: "2026-02-30",
      accueil: "nuit",
    });
    expect(wrong.ignored).toEqual([
      "Rayon : choisissez 1, 2, 5, 10 ou 30 km.",
      "Date de début : cette date n'existe pas.",
      "Type d'accueil : choisissez régulier, occasionnel ou urgence.",
    ]);
  });

  it("@proximity says when no commune matches the place typed, and offers the other communes of that name", async () => {
    const nowhere = done(await searchFacilities({ lieu: "Xqzwv" }));
    expect(nowhere).toMatchObject({ placeNotFound: true, total: 0, place: null });
    const valence = done(await searchFacilities({ lieu: "Valence" }));
    expect(valence.place?.name).toBe("Valence");
    expect(valence.otherPlaces.map((c) => c.name)).toEqual(expect.arrayContaining(["Valence"]));
    expect(valence.otherPlaces.map((c) => c.name)).not.toContain("Valence-en-Brie");
  });
});

describe("@proximity precise points from the catalogue", () => {
  const NERAC = "47195";
  const form = (extra: Record<string, string>) => ({
    kind: "MICRO_CRECHE",
    name: `Position ${Date.now()}`,
    street: "Place de la Mairie",
    postcode: "47600",
    communeInsee: NERAC,
    ...extra,
  });

  it("@proximity the catalogue form takes a point inside the département (decimal comma too), and refuses others", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const { id } = await createFacility(agent, form({ latitude: "44,1402", longitude: "0,3391" }));
    expect(await db.facility.findUniqueOrThrow({ where: { id } })).toMatchObject({
      latitude: 44.1402,
      longitude: 0.3391,
      locationIsPrecise: true,
    });
    // Removing the point puts the facility back at its commune's point.
    await updateFacility(agent, id, form({ latitude: "", longitude: "" }));
    expect(await db.facility.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ...(await communePoint(NERAC)),
      locationIsPrecise: false,
    });
    // Paris, in Lot-et-Garonne's catalogue; coordinates swapped; half a point.
    await expect(createFacility(agent, form({ latitude: "48.8566", longitude: "2.3522" }))).rejects.toThrow(
      /Position hors du département 47/,
    );
    await expect(createFacility(agent, form({ latitude: "0.3391", longitude: "44.1402" }))).rejects.toThrow(
      /Position hors du département 47/,
    );
    await expect(createFacility(agent, form({ latitude: "44.1402" }))).rejects.toThrow(
      /indiquez la latitude et la longitude, ou aucune des deux/,
    );
    await expect(createFacility(agent, form({ latitude: "quarante", longitude: "0.3" }))).rejects.toThrow(
      /Latitude invalide/,
    );
  });

  it("@proximity the CSV import takes latitude and longitude columns, checks them, and a re-import changes nothing", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const prefix = `POS${String(Date.now()).replace(/\d/g, (digit) => "ABCDEFGHIJ"[Number(digit)]!)}`;
    const file = (lines: string[]) =>
      new File([[`${CSV_HEADING};latitude;longitude`, ...lines].join("\n") + "\n"], "positions.csv", {
        type: "text/csv",
      });
    const lines = [`${catalogueLine(prefix, 3)};44,1402;0,3391`, `${catalogueLine(prefix, 7)};;`];
    const importLines = async (content: string[]) => {
      const preview = await previewFacilityImport(agent, { file: file(content) });
      if (preview.errorCount === 0) {
        await startFacilityImport(agent, preview.jobId);
        await runFacilityImport(preview.jobId);
      }
      return getFacilityImport(agent, preview.jobId, { withErrors: true });
    };

    const refused = await importLines([...lines, `${catalogueLine(prefix, 11)};48,8566;2,3522`]);
    expect(refused.errors.map((error) => [error.line, error.reason])).toEqual([
      [4, expect.stringMatching(/^Position hors du département 47/)],
    ]);
    const done = await importLines(lines);
    expect(done).toMatchObject({ state: "done", counts: { create: 2, update: 0, unchanged: 0 } });
    const [precise, atCommune] = await db.facility.findMany({
      where: { externalId: { startsWith: prefix } },
      orderBy: { externalId: "asc" },
    });
    expect(precise).toMatchObject({ latitude: 44.1402, longitude: 0.3391, locationIsPrecise: true });
    expect(atCommune).toMatchObject({ ...(await communePoint(atCommune!.communeInsee)), locationIsPrecise: false });
    expect((await importLines(lines)).counts).toEqual({ create: 0, update: 0, unchanged: 2 });
    const moved = await importLines([`${catalogueLine(prefix, 3)};;`, lines[1]!]);
    expect(moved.counts).toEqual({ create: 0, update: 1, unchanged: 1 });
    expect(await db.facility.findUniqueOrThrow({ where: { id: precise!.id } })).toMatchObject({
      ...(await communePoint(precise!.communeInsee)),
      locationIsPrecise: false,
    });
  });
});
