// Refusals of a ProConnect sign-in, passed to /connexion as next-auth's `error` (client and server share them).
export const PROCONNECT_ERRORS = {
  unknownAccount: "ProConnectUnknownAccount",
  unverifiedEmail: "ProConnectUnverifiedEmail",
  secondFactorMissing: "ProConnectSecondFactorMissing",
} as const;

export type ProConnectError = (typeof PROCONNECT_ERRORS)[keyof typeof PROCONNECT_ERRORS];

export const PROCONNECT_MESSAGES: Record<ProConnectError, string> = {
  ProConnectUnknownAccount:
    "Aucun compte d'agent ne correspond à cette identité ProConnect. Votre compte doit d'abord être créé par l'administration nationale (Cnaf) avec votre adresse électronique professionnelle.",
  ProConnectUnverifiedEmail:
    "Votre fournisseur d'identité n'a pas confirmé votre adresse électronique : la connexion avec ProConnect n'est pas possible.",
  ProConnectSecondFactorMissing:
    "Votre Caf exige un second facteur d'authentification : reconnectez-vous avec ProConnect en utilisant une méthode de connexion renforcée (par exemple une application d'authentification).",
};

/** next-auth's own errors (provider unreachable, state mismatch…) get one general message. */
export function proConnectMessage(error: string): string {
  const messages: Record<string, string | undefined> = PROCONNECT_MESSAGES;
  return (
    messages[error] ??
    "La connexion n'a pas abouti. Réessayez, ou connectez-vous avec votre identifiant et votre mot de passe."
  );
}
