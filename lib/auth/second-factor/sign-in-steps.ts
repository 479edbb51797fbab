// Codes that authorize() passes to the login form through next-auth's `error` (client and server share them).
// A password accepted for an account protected by a second factor opens no session: the form gets a
// challenge token instead and sends it back with the code.

export type SecondFactorStep = { kind: "code" | "enrolment"; challenge: string };

const STEP_PREFIX = { code: "SecondFactor:", enrolment: "SecondFactorEnrolment:" } as const;

export const SECOND_FACTOR_ERRORS = {
  invalidCode: "SecondFactorInvalid",
  expired: "SecondFactorExpired",
  proConnectRequired: "ProConnectRequired",
} as const;

export function secondFactorStepError(step: SecondFactorStep): string {
  return `${STEP_PREFIX[step.kind]}${step.challenge}`;
}

export function parseSecondFactorStep(error: string | null | undefined): SecondFactorStep | null {
  for (const kind of ["code", "enrolment"] as const) {
    if (error?.startsWith(STEP_PREFIX[kind])) return { kind, challenge: error.slice(STEP_PREFIX[kind].length) };
  }
  return null;
}

export const SECOND_FACTOR_MESSAGES = {
  SecondFactorInvalid:
    "Code incorrect, expiré ou déjà utilisé. Saisissez le code affiché maintenant par votre application.",
  SecondFactorExpired:
    "Cette étape de connexion a expiré. Saisissez de nouveau votre identifiant et votre mot de passe.",
  ProConnectRequired:
    "Votre Caf demande à ses agents de se connecter avec ProConnect : utilisez le bouton « S'identifier avec ProConnect ».",
  CaptchaRequired:
    "Plusieurs codes incorrects : saisissez de nouveau votre identifiant et votre mot de passe, puis complétez la vérification de sécurité.",
} as const;

export function secondFactorDelayMessage(seconds: number): string {
  return `Plusieurs codes incorrects : patientez ${seconds} seconde${seconds > 1 ? "s" : ""} avant de réessayer.`;
}
