import type { ConventionStatus } from "@/lib/generated/prisma/enums";

/** Every allowed move of a convention; anything else is refused. */
export const CONVENTION_TRANSITIONS: Record<ConventionStatus, readonly ConventionStatus[]> = {
  // Refusing the request before signature cancels the convention produced for it.
  DRAFT: ["SENT", "CANCELLED"],
  SENT: ["SIGNED", "CANCELLED"],
  SIGNED: ["ACTIVE"],
  // Information points can be terminated at once for misuse; otherwise notice comes first.
  ACTIVE: ["TERMINATION_NOTIFIED", "TERMINATED"],
  TERMINATION_NOTIFIED: ["TERMINATED"],
  TERMINATED: [],
  CANCELLED: [],
};

export const CONVENTION_STATUS_NAMES: Record<ConventionStatus, string> = {
  DRAFT: "Produite",
  SENT: "Envoyée pour signature",
  SIGNED: "Signée",
  ACTIVE: "En vigueur",
  TERMINATION_NOTIFIED: "Résiliation notifiée",
  TERMINATED: "Résiliée",
  CANCELLED: "Annulée",
};

export function canTransitionConvention(from: ConventionStatus, to: ConventionStatus): boolean {
  return CONVENTION_TRANSITIONS[from].includes(to);
}

/** The convention is in force: its people use their accounts and it can be amended, until it ends. */
export const LIVE_CONVENTION_STATUSES = [
  "ACTIVE",
  "TERMINATION_NOTIFIED",
] as const satisfies readonly ConventionStatus[];

export function isLiveConvention(status: ConventionStatus): boolean {
  return (LIVE_CONVENTION_STATUSES as readonly ConventionStatus[]).includes(status);
}
