import type { FacilityKind } from "@/lib/generated/prisma/enums";

export const FACILITY_KIND_LABELS: Record<FacilityKind, string> = {
  MULTI_ACCUEIL: "Multi-accueil",
  CRECHE_COLLECTIVE: "Crèche collective",
  CRECHE_FAMILIALE: "Crèche familiale",
  MICRO_CRECHE: "Micro-crèche",
  HALTE_GARDERIE: "Halte-garderie",
  LAEP: "Lieu d'accueil enfants-parents (LAEP)",
  RPE: "Relais petite enfance (RPE)",
  ACCUEIL_LOISIRS_EXTRASCOLAIRE: "Accueil de loisirs extrascolaire",
  ACCUEIL_LOISIRS_PERISCOLAIRE: "Accueil de loisirs périscolaire",
  ACCUEIL_LOISIRS_ADOLESCENTS: "Accueil de loisirs adolescents",
};

const EAJE_KINDS: ReadonlySet<FacilityKind> = new Set([
  "MULTI_ACCUEIL",
  "CRECHE_COLLECTIVE",
  "CRECHE_FAMILIALE",
  "MICRO_CRECHE",
  "HALTE_GARDERIE",
]);

/** Availabilities exist for EAJE (children under 6) only. */
export function isEajeKind(kind: FacilityKind): boolean {
  return EAJE_KINDS.has(kind);
}

/** The search's pseudo-kind for every EAJE kind at once. */
export const EAJE_TYPE = "EAJE";
