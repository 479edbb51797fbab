import { describe, expect, it } from "vitest";
import { providerDifferences, type ProviderDetails } from "@/lib/habilitation/provider-details";

const known: ProviderDetails = {
  legalName: "Communauté de communes de l'Albret",
  street: "Place Aristide Briand",
  postcode: "47600",
  city: "Nérac",
  legalRepresentativeName: "Gilles Paravent",
  legalRepresentativeTitle: "Président",
  email: "contact.albret@demo.monenfant.fr",
  phone: "0553000000",
};

describe("@legal provider differences", () => {
  it("@legal a phone recorded before national formatting is the same number, another number differs", () => {
    expect(providerDifferences(known, { ...known, phone: "05 53 00 00 00", city: "NERAC" })).toEqual([]);
    expect(providerDifferences(known, { ...known, phone: "05 53 00 00 01" }).map((d) => d.key)).toEqual(["phone"]);
  });
});
