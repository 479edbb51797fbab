import type { ConnectionEventType } from "@/lib/generated/prisma/enums";

export const CONNECTION_EVENT_LABELS: Record<ConnectionEventType, string> = {
  LOGIN_SUCCESS: "Connexion réussie",
  LOGIN_FAILURE: "Échec de connexion",
  ACCOUNT_LOCKED: "Vérification de sécurité demandée après échecs répétés",
  LOGOUT: "Déconnexion",
  PASSWORD_RESET_REQUESTED: "Demande de nouveau mot de passe",
  PASSWORD_CHANGED: "Changement de mot de passe",
  SESSION_REVOKED: "Sessions fermées",
};

export const connectionDateFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "short",
  timeStyle: "medium",
  timeZone: "Europe/Paris",
});

export type ConnectionRow = {
  id: string;
  at: Date;
  event: ConnectionEventType;
  ip: string | null;
  userAgent: string | null;
  person?: { identifier: string; name: string | null; personalNumber: number | null };
};
