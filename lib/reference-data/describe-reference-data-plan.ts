import type { ReferenceDataPlan } from "./plan-reference-data";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The plan in French, one line per change, for the operator running `npm run db:setup`. */
export function describeReferenceDataPlan(plan: ReferenceDataPlan): string[] {
  const lines: string[] = [];
  const { departements, communes, cafs, templates, retiredCommunes } = plan;
  if (departements.create.length > 0) lines.push(`Départements créés : ${departements.create.length}`);
  if (departements.update.length > 0)
    lines.push(`Départements mis à jour : ${departements.update.map((d) => `${d.code} ${d.name}`).join(", ")}`);
  if (communes.create.length > 0) lines.push(`Communes créées : ${communes.create.length}`);
  if (communes.update.length > 0)
    lines.push(`Communes mises à jour (nom, codes postaux, population ou position) : ${communes.update.length}`);
  if (cafs.length > 0) lines.push(`Caf créées : ${cafs.length} (coordonnées à compléter dans /admin/cafs)`);
  for (const type of templates)
    lines.push(
      `Modèle de convention publié (version 1) : ${type === "STRUCTURES" ? "structures" : "lieu d'information"}`,
    );
  for (const retired of retiredCommunes) {
    const target = retired.successor
      ? `rattachée à ${retired.successor.name} (${retired.successor.inseeCode})`
      : "sans commune qui lui succède : rien n'est déplacé";
    lines.push(`Commune disparue ${retired.name} (${retired.inseeCode}), ${target}`);
    if (!retired.successor) continue;
    for (const facility of retired.facilities) lines.push(`  structure déplacée : ${facility.name}`);
    if (retired.conventionCommunes > 0)
      lines.push(
        `  ${plural(retired.conventionCommunes, "commune couverte", "communes couvertes")} par un lieu d'information`,
      );
    if (retired.requestCommunes > 0)
      lines.push(`  ${plural(retired.requestCommunes, "demande d'habilitation", "demandes d'habilitation")}`);
    if (retired.familyRequests > 0)
      lines.push(`  ${plural(retired.familyRequests, "demande de famille", "demandes de familles")}`);
  }
  return lines;
}
