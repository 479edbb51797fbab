import { describe, expect, it } from "vitest";
import { parseFacilityCsv } from "@/lib/catalogue/parse-facility-csv";

const csv = (text: string) => new TextEncoder().encode(text);

describe("@catalogue import file columns", () => {
  it("@catalogue reads the known columns and ignores the others, those named like Object built-ins too", () => {
    const records = parseFacilityCsv(
      csv(
        "identifiant;type;nom;adresse;code_postal;code_insee;constructor;__proto__;toString;divers\n" +
          "EXT-1;MICRO_CRECHE;Les Lutins;1 rue Haute;47600;47195;x;y;z;w\n",
      ),
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.line).toBe(2);
    expect(records[0]?.values).toEqual({
      externalId: "EXT-1",
      kind: "MICRO_CRECHE",
      name: "Les Lutins",
      street: "1 rue Haute",
      postcode: "47600",
      communeInsee: "47195",
    });
    expect(Object.keys(records[0]?.values ?? {})).toHaveLength(6);
  });
});
