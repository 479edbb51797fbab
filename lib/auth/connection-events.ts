import type { ConnectionEventType, SignInMethod } from "@/lib/generated/prisma/enums";

export const CONNECTION_EVENT_LABELS: Record<ConnectionEventType, string> = {
  LOGIN_SUCCESS: "Connexion réussie",
  LOGIN_FAILURE: "Échec de connexion",
  ACCOUNT_LOCKED: "Vérification de sécurité demandée après échecs répétés",
  LOGOUT: "Déconnexion",
  PASSWORD_RESET_REQUESTED: "Demande de nouveau mot de passe",
  PASSWORD_CHANGED: "Changement de mot de passe",
  SESSION_REVOKED: "Sessions fermées",
  SECOND_FACTOR_FAILURE: "Code de second facteur refusé",
  SECOND_FACTOR_ENROLLED: "Second facteur activé",
  SECOND_FACTOR_RESET: "Second facteur réinitialisé par l'administration",
};

export const SIGN_IN_METHOD_LABELS: Record<SignInMethod, string> = {
  PASSWORD: "Mot de passe",
  PASSWORD_TOTP: "Mot de passe et code à usage unique",
  PASSWORD_RECOVERY_CODE: "Mot de passe et code de secours",
  PROCONNECT: "ProConnect",
};

export type ConnectionRow = {
  id: string;
  at: Date;
  event: ConnectionEventType;
  method?: SignInMethod | null;
  ip: string | null;
  userAgent: string | null;
  person?: { identifier: string; name: string | null; personalNumber: number | null };
};
