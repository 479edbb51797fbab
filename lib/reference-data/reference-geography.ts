// The official geography the application serves: départements of metropolitan France and the overseas
// départements, their current communes (and the municipal arrondissements of Paris, Lyon and Marseille),
// from `@etalab/decoupage-administratif`, which publishes the INSEE Code officiel géographique each year.
import departementsData from "@etalab/decoupage-administratif/data/departements.json";
import communesData from "@etalab/decoupage-administratif/data/communes.json";
import type { GeographyEntry } from "@/lib/territory/commune-coordinates";

export type ReferenceDepartement = {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
  typeLiaison: number;
  zone: string;
};

export type ReferenceCommune = GeographyEntry & { nom: string; population?: number; zone?: string };

/** One edition of the geography: what `loadReferenceData` makes the database match. */
export type Geography = { departements: ReferenceDepartement[]; entries: ReferenceCommune[] };

export const PACKAGED_GEOGRAPHY: Geography = {
  departements: departementsData,
  entries: communesData as ReferenceCommune[],
};

export function servedDepartements(geography: Geography): ReferenceDepartement[] {
  return geography.departements.filter((d) => d.zone === "metro" || d.zone === "drom");
}

/** The places a family or a facility can be in: current communes and municipal arrondissements. */
export function servedCommunes(geography: Geography): ReferenceCommune[] {
  const departements = new Set(servedDepartements(geography).map((d) => d.code));
  return geography.entries.filter(
    (c) => (c.type === "commune-actuelle" || c.type === "arrondissement-municipal") && departements.has(c.departement),
  );
}

// INSEE "type de liaison" gives the article: "Caf de l'Ain", "Caf du Nord", "Caf de la Somme"…
const LIAISON = ["de ", "d'", "du ", "de la ", "des ", "de l'"];
// Names the Cafs actually use where they differ from the INSEE article, and seats outside the chef-lieu.
const CAF_NAME_OVERRIDES: Record<string, string> = { "47": "Caf de Lot-et-Garonne" };
const CAF_SEAT_OVERRIDES: Record<string, { city: string; postcode: string }> = {
  "39": { city: "Saint-Claude", postcode: "39200" },
};

/** The Caf of a département: its name and the town of its head office. */
export function cafOf(departement: ReferenceDepartement, geography: Geography) {
  const chefLieu = geography.entries.find((c) => c.code === departement.chefLieu && c.type === "commune-actuelle");
  const seat = CAF_SEAT_OVERRIDES[departement.code] ?? {
    city: chefLieu?.nom ?? departement.nom,
    postcode: chefLieu?.codesPostaux?.[0] ?? "",
  };
  const name =
    CAF_NAME_OVERRIDES[departement.code] ?? `Caf ${LIAISON[departement.typeLiaison] ?? "de "}${departement.nom}`;
  return { departementCode: departement.code, name, ...seat };
}
