import { db } from "@/lib/db";
import { withSiretCheckDigit } from "@/lib/validation/siret";
import { lettersOf } from "./letters";

let counter = 0;

/** A unique, valid SIRET per call, so tests never collide on the provider's unique key. */
export function uniqueSiret(): string {
  counter += 1;
  const seed = `${Date.now() % 1e9}`.padStart(9, "0") + String(counter % 10000).padStart(4, "0");
  return withSiretCheckDigit(seed.slice(-13));
}

export function providerDetails(overrides: Partial<Record<string, string>> = {}) {
  return {
    legalName: "Association Les Petits Pas de Gascogne",
    siret: uniqueSiret(),
    street: "12 rue des Écoles",
    postcode: "47600",
    city: "Nérac",
    legalRepresentativeName: "Armelle Dutertre",
    legalRepresentativeTitle: "Présidente",
    email: `asso-${counter}-${Date.now()}@exemple-gascogne.fr`,
    phone: "05 53 12 34 56",
    ...overrides,
  };
}

export function people(count: number, tag: string) {
  return Array.from({ length: count }, (_, i) => ({
    firstName: ["Anaïs", "Basile", "Céleste", "Dorian", "Élise", "Félix", "Gwen", "Hélène", "Ismaël", "Jade"][i % 10]!,
    lastName: `Testeur-${lettersOf(`${tag}-${i + 1}`)}`,
    email: `personne${i + 1}.${tag}@exemple-gascogne.fr`,
    jobTitle: i === 0 ? "Directrice" : "Auxiliaire de puériculture",
  }));
}

export async function facilitiesOf(departementCode: string, count: number) {
  return db.facility.findMany({
    where: { departementCode, status: "OPEN" },
    orderBy: { externalId: "asc" },
    take: count,
    select: { id: true, name: true, isEaje: true },
  });
}
