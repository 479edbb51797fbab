import { describe, expect, it } from "vitest";
import { parseSearchQuery, searchParamsOf } from "@/lib/search/search-query";

describe("@families public search parameters", () => {
  it("@families keeps the valid parameters, drops each invalid one with a French message, never throws", () => {
    expect(
      parseSearchQuery({ lieu: " 47600 ", type: "EAJE", age: "18", places: "1", page: "2", departement: "47" }),
    ).toEqual({
      query: { lieu: "47600", type: "EAJE", age: 18, places: "1", page: 2, departement: "47" },
      ignored: [],
    });
    expect(
      parseSearchQuery({
        lieu: "Nérac",
        age: "1.5",
        type: "ZOO",
        commune: "123",
        departement: "100",
        places: "on",
        page: "0",
      }),
    ).toEqual({
      query: { lieu: "Nérac" },
      ignored: [
        "Commune : code INSEE inconnu.",
        "Département : code inconnu.",
        "Type de structure : valeur inconnue.",
        "Âge de l'enfant : indiquez un nombre entier de mois entre 0 et 72.",
        "Places disponibles : valeur inconnue.",
      ],
    });
    // Blank form fields are absent; a repeated parameter counts once.
    expect(parseSearchQuery({ lieu: "", age: "  ", type: "", commune: ["2A004", "47195"] })).toEqual({
      query: { commune: "2A004" },
      ignored: [],
    });
    for (const garbage of [null, undefined, "lieu=x", 42, [], { lieu: { nested: true } }, { lieu: "x".repeat(101) }]) {
      expect(() => parseSearchQuery(garbage)).not.toThrow();
    }
  });

  it("@families writes back only the filters that are set, for links that keep them", () => {
    const { query } = parseSearchQuery({ lieu: "Nérac (47600)", commune: "47195", age: "0", page: "3" });
    expect(Object.fromEntries(Object.entries(searchParamsOf(query)).filter(([, v]) => v !== undefined))).toEqual({
      lieu: "Nérac (47600)",
      commune: "47195",
      age: "0",
    });
  });
});
