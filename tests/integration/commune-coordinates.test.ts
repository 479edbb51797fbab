import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// Distances between places need a point for every commune a family or a facility can be in.
describe("@proximity commune coordinates", () => {
  it("@proximity gives every current commune a point inside its département's broad area", async () => {
    const unplaced = await db.commune.findMany({
      where: { OR: [{ latitude: null }, { longitude: null }] },
      select: { inseeCode: true, name: true },
    });
    expect(unplaced).toEqual([]);

    const metropolitanOutliers = await db.$queryRaw<{ inseeCode: string }[]>`
      SELECT "inseeCode" FROM "Commune"
      WHERE "departementCode" NOT LIKE '97%'
        AND NOT (latitude BETWEEN 41.3 AND 51.2 AND longitude BETWEEN -5.3 AND 9.6)`;
    expect(metropolitanOutliers).toEqual([]);
  });

  it("@proximity places communes missing from the reference file from the places they were made of", async () => {
    const byCode = async (inseeCode: string) =>
      db.commune.findUniqueOrThrow({ where: { inseeCode }, select: { latitude: true, longitude: true } });
    // Paris: the mean of its arrondissements, close to the centre of the city.
    const paris = await byCode("75056");
    expect(paris.latitude).toBeCloseTo(48.86, 1);
    expect(paris.longitude).toBeCloseTo(2.34, 1);
    // Aurseulles (Calvados, 2016): the mean of its former communes, in the Bessin.
    const aurseulles = await byCode("14581");
    expect(aurseulles.latitude).toBeCloseTo(49.13, 1);
    expect(aurseulles.longitude).toBeCloseTo(-0.7, 1);
    // A commune present in the file keeps its own point (Mézin, Lot-et-Garonne).
    const mezin = await byCode("47167");
    expect(mezin.latitude).toBeCloseTo(44.05, 1);
    expect(mezin.longitude).toBeCloseTo(0.26, 1);
  });
});
