// Builds catalogue import files for the @catalogue tests: real communes of Lot-et-Garonne (47).
export const CSV_HEADING =
  "identifiant;type;nom;adresse;code_postal;code_insee;commune;gestionnaire;email;telephone;site_web;capacite";

const COMMUNES_47 = [
  { insee: "47106", name: "Fumel", postcode: "47500" },
  { insee: "47157", name: "Marmande", postcode: "47200" },
  { insee: "47001", name: "Agen", postcode: "47000" },
  { insee: "47195", name: "Nérac", postcode: "47600" },
];
const KINDS = ["Micro-crèche", "MULTI_ACCUEIL", "Accueil de loisirs périscolaire", "LAEP", "crèche familiale"];

export function catalogueLine(
  prefix: string,
  index: number,
  overrides: Partial<Record<"kind" | "postcode" | "insee" | "name", string>> = {},
) {
  const commune = COMMUNES_47[index % COMMUNES_47.length];
  return [
    `${prefix}-${String(index).padStart(5, "0")}`,
    overrides.kind ?? KINDS[index % KINDS.length],
    overrides.name ?? `Structure ${prefix} n° ${index}`,
    `${index} rue des Tilleuls`,
    overrides.postcode ?? commune!.postcode,
    overrides.insee ?? commune!.insee,
    commune!.name,
    "Communauté de communes d'essai",
    `contact${index}@exemple-catalogue.fr`,
    "05 53 00 00 00",
    "",
    String(10 + (index % 40)),
  ].join(";");
}

/** `count` lines; the lines listed in `faulty` get an unknown commune, a bad postcode and an unknown kind in turn. */
export function catalogueCsv(prefix: string, count: number, faulty: number[] = []): string {
  const lines = Array.from({ length: count }, (_, i) => {
    const which = faulty.indexOf(i);
    if (which === 0) return catalogueLine(prefix, i, { insee: "47999" });
    if (which === 1) return catalogueLine(prefix, i, { postcode: "4760" });
    if (which === 2) return catalogueLine(prefix, i, { kind: "Garderie canine" });
    return catalogueLine(prefix, i);
  });
  return [CSV_HEADING, ...lines].join("\n") + "\n";
}
