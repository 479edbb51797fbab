import type { AmendmentStatus } from "@/lib/generated/prisma/enums";

/**
 * Every allowed move of an avenant; anything else is refused. It changes nothing for users until it
 * is in force, which follows at once from the second party's signature.
 */
export const AMENDMENT_TRANSITIONS: Record<AmendmentStatus, readonly AmendmentStatus[]> = {
  PRODUCED: ["SENT"],
  SENT: ["SIGNED"],
  SIGNED: ["IN_FORCE"],
  IN_FORCE: [],
};

export const AMENDMENT_STATUS_NAMES: Record<AmendmentStatus, string> = {
  PRODUCED: "Produit",
  SENT: "Envoyé pour signature",
  SIGNED: "Signé par les deux parties",
  IN_FORCE: "En vigueur",
};

export function canTransitionAmendment(from: AmendmentStatus, to: AmendmentStatus): boolean {
  return AMENDMENT_TRANSITIONS[from].includes(to);
}
