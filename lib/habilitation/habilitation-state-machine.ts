import type { HabilitationStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";

/** Every allowed move of a habilitation request; anything else is refused. */
export const HABILITATION_TRANSITIONS: Record<HabilitationStatus, readonly HabilitationStatus[]> = {
  RECEIVED: ["IN_REVIEW", "CHANGES_REQUESTED", "REFUSED"],
  IN_REVIEW: ["CONVENTION_SENT", "CHANGES_REQUESTED", "REFUSED"],
  // The corrected request comes back under instruction.
  CHANGES_REQUESTED: ["IN_REVIEW", "REFUSED"],
  CONVENTION_SENT: ["SIGNED", "REFUSED"],
  SIGNED: ["ACTIVE"],
  ACTIVE: [],
  REFUSED: [],
};

export const HABILITATION_STATUS_NAMES: Record<HabilitationStatus, string> = {
  RECEIVED: "Reçue",
  IN_REVIEW: "En cours d'instruction",
  CHANGES_REQUESTED: "Compléments demandés",
  CONVENTION_SENT: "Convention envoyée",
  SIGNED: "Convention signée",
  ACTIVE: "Active",
  REFUSED: "Refusée",
};

export function canTransition(from: HabilitationStatus, to: HabilitationStatus): boolean {
  return HABILITATION_TRANSITIONS[from].includes(to);
}

/**
 * An agent takes charge of a new request. A corrected request also moves to IN_REVIEW, but by the
 * requester's correction, not by an agent.
 */
export function canStartReview(status: HabilitationStatus): boolean {
  return status === "RECEIVED";
}

/** Under instruction: the agent decides on new facilities and produces the convention. */
export function isUnderReview(status: HabilitationStatus): boolean {
  return status === "IN_REVIEW";
}

/** The convention is signed and the accounts were created: the request's story goes on in its convention. */
export function isActivated(status: HabilitationStatus): boolean {
  return status === "ACTIVE";
}

export class TransitionRefusedError extends DomainError {
  constructor(from: HabilitationStatus, to: HabilitationStatus) {
    super(
      `Action impossible : une demande « ${HABILITATION_STATUS_NAMES[from]} » ne peut pas passer à « ${HABILITATION_STATUS_NAMES[to]} ».`,
      409,
    );
  }
}
