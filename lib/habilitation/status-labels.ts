import type { HabilitationStatus } from "@/lib/generated/prisma/enums";

export const HABILITATION_STATUS_LABELS: Record<HabilitationStatus, string> = {
  RECEIVED: "Reçues",
  IN_REVIEW: "En cours d'instruction",
  CONVENTION_SENT: "Convention envoyée",
  SIGNED: "Convention signée",
  ACTIVE: "Actives",
  REFUSED: "Refusées",
};
