import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as openData } from "@/app/api/donnees-ouvertes/[dataset]/route";
import { AVAILABILITY_COLUMNS, FACILITY_COLUMNS } from "@/lib/open-data/open-data-datasets";
import { publishAvailabilities } from "@/lib/availability/publish-availabilities";
import { earliestStartDay } from "@/lib/availability/availability-schema";
import { sessionUserByEmail } from "../support/users";

const fetchDataset = (name: string) =>
  openData(new Request(`http://localhost/api/donnees-ouvertes/${name}`), {
    params: Promise.resolve({ dataset: name }),
  });

describe("@api open data", () => {
  it("@api exports open facilities and current availabilities in CSV and JSON, with stable columns and no personal data", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R02" } });
    await publishAvailabilities(director, facility.id, {
      noPlaceAvailable: false,
      slots: [
        {
          startDate: earliestStartDay(),
          endDate: null,
          minAgeMonths: 3,
          maxAgeMonths: 30,
          careType: "OCCASIONAL",
          weekdays: [3],
          startTime: "09:00",
          endTime: "12:00",
          places: 2,
        },
      ],
    });
    const closed = await db.facility.findFirstOrThrow({ where: { status: "OPEN", departementCode: "59" } });
    await db.facility.update({ where: { id: closed.id }, data: { status: "CLOSED" } });
    try {
      const csv = await (await fetchDataset("structures.csv")).text();
      const rows = parse<Record<string, string>>(csv, { columns: true });
      expect(Object.keys(rows[0]!)).toEqual([...FACILITY_COLUMNS]);
      expect(rows.length).toBe(await db.facility.count({ where: { status: "OPEN" } }));
      expect(rows.some((r) => r.id === closed.id)).toBe(false);
      const comptine = rows.find((r) => r.id === facility.id)!;
      expect(comptine).toMatchObject({
        nom: "Comptine",
        code_postal: "47600",
        commune: "Nérac",
        est_eaje: "oui",
        places_disponibles: "oui",
      });

      const json = (await (await fetchDataset("structures.json")).json()) as Record<string, unknown>[];
      expect(json.length).toBe(rows.length);
      expect(Object.keys(json[0]!)).toEqual([...FACILITY_COLUMNS]);

      const slots = parse<Record<string, string>>(await (await fetchDataset("disponibilites.csv")).text(), {
        columns: true,
      });
      expect(Object.keys(slots[0]!)).toEqual([...AVAILABILITY_COLUMNS]);
      expect(slots.filter((s) => s.structure_id === facility.id)).toEqual([
        expect.objectContaining({
          date_debut: earliestStartDay(),
          age_min_mois: "3",
          age_max_mois: "30",
          type_accueil: "OCCASIONAL",
          jours: "3",
          places: "2",
        }),
      ]);
      const everything = csv + JSON.stringify(json);
      for (const personal of ["@", "directrice", "Martinon"]) expect(everything).not.toContain(personal);
      expect((await fetchDataset("utilisateurs.csv")).status).toBe(404);
    } finally {
      await db.facility.update({ where: { id: closed.id }, data: { status: "OPEN" } });
    }
  });
});
