import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { availabilitySetSchema, earliestStartDay, MIN_DAYS_AHEAD } from "@/lib/availability/availability-schema";
import { addDays } from "@/lib/validation/paris-day";

// As served: plain JSON.
const document = JSON.parse(JSON.stringify(openApiDocument("https://extranet.monenfant.fr")));
const { JeuDeDisponibilites: set, DisponibilitesEnCours: current, ListeStructures: list } = document.components.schemas;
const slot = set.properties.slots.items;

describe("@hardening OpenAPI document", () => {
  it("@hardening states formats, uniqueItems and the cross-field rules of the zod schemas the server enforces", () => {
    expect(slot.properties.startDate).toMatchObject({ type: "string", format: "date" });
    expect(slot.properties.endDate.anyOf).toContainEqual(expect.objectContaining({ format: "date" }));
    expect(slot.properties.weekdays).toMatchObject({ uniqueItems: true, minItems: 1, maxItems: 7 });
    expect(current.properties.misAJourLe.anyOf).toContainEqual(expect.objectContaining({ format: "date-time" }));
    expect(list.properties.structures.items.properties.misAJourLe.anyOf).toContainEqual(
      expect.objectContaining({ format: "date-time" }),
    );
    // The rules JSON Schema cannot express, in the schemas' descriptions, for the request and the response alike.
    for (const rule of [
      "endDate, si elle est renseignée, ne précède pas startDate",
      "minAgeMonths ≤ maxAgeMonths",
      "startTime < endTime",
    ]) {
      expect(slot.description).toContain(rule);
      expect(current.properties.slots.items.description).toContain(rule);
    }
    expect(set.description).toContain("noPlaceAvailable vaut true si et seulement si slots est vide");
    expect(set.description).toContain(`au plus tôt ${MIN_DAYS_AHEAD} jours après la date du jour (heure de Paris)`);
  });

  it("@hardening declares Retry-After on 429, WWW-Authenticate on 401, license, contact, tags and descriptions", () => {
    expect(document.info.license).toEqual({ name: expect.any(String), identifier: "etalab-2.0" });
    expect(document.info.contact.url).toBe("https://extranet.monenfant.fr/developpeurs");
    for (const tag of document.tags) expect(tag.description).toEqual(expect.any(String));
    const operations = Object.values<object>(document.paths).flatMap((item) =>
      Object.entries(item).filter(([method]) => method !== "parameters"),
    );
    expect(operations).toHaveLength(3);
    for (const [, operation] of operations) {
      expect(operation).toMatchObject({ summary: expect.any(String), description: expect.any(String) });
      expect(document.tags.map((tag: { name: string }) => tag.name)).toEqual(expect.arrayContaining(operation.tags));
      expect(operation.responses["401"].headers["WWW-Authenticate"]).toMatchObject({ required: true });
      expect(operation.responses["429"].headers["Retry-After"]).toMatchObject({
        required: true,
        schema: { type: "integer", minimum: 1 },
      });
    }
  });

  it("@hardening the body schema refuses what the server refuses whenever JSON Schema can say it ({} included)", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const documentAccepts = ajv.compile(set);
    const line = {
      startDate: addDays(earliestStartDay(), 7),
      endDate: null,
      minAgeMonths: 10,
      maxAgeMonths: 36,
      careType: "REGULAR",
      weekdays: [1, 2],
      startTime: "08:00",
      endTime: "18:00",
      places: 2,
    };
    const cases: [unknown, boolean][] = [
      [{}, false],
      [{ noPlaceAvailable: false }, false],
      [{ slots: [] }, false],
      [{ noPlaceAvailable: true, slots: [line] }, false],
      [{ slots: [{ ...line, weekdays: [3, 3] }] }, false],
      [{ slots: [{ ...line, startDate: "2027-02-30" }] }, false],
      [{ slots: [{ ...line, endDate: "30/06/2027" }] }, false],
      [{ slots: [{ ...line, places: 0 }] }, false],
      [{ noPlaceAvailable: true }, true],
      [{ noPlaceAvailable: true, slots: [] }, true],
      [{ slots: [line] }, true],
      [{ noPlaceAvailable: false, slots: [line, { ...line, endDate: addDays(line.startDate, 30) }] }, true],
    ];
    for (const [body, valid] of cases) {
      expect(documentAccepts(body), JSON.stringify(body)).toBe(valid);
      expect(availabilitySetSchema.safeParse(body).success, JSON.stringify(body)).toBe(valid);
    }
  });
});
