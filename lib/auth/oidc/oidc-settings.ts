// No `server-only` import: lib/env.ts (reached from pages/) composes these settings.
import { z } from "zod";

const spaceSeparated = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value.split(/[\s,]+/).filter(Boolean) : []));

/**
 * OpenID Connect sign-in of Caf agents and Cnaf administrators (ProConnect, the State's federation for
 * public-service staff). Off unless the issuer, client id and client secret are all given.
 */
export const oidcSettingsSchema = z.object({
  OIDC_ISSUER: z
    .url("OIDC_ISSUER doit être l'URL de l'émetteur OpenID Connect (ex. https://auth.agentconnect.gouv.fr/api/v2).")
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  OIDC_SCOPES: z.string().trim().min(1).default("openid email given_name usual_name"),
  // Asked of the provider at each sign-in, e.g. "eidas2" to demand a second factor there.
  OIDC_ACR_VALUES: spaceSeparated,
  // The acr values that prove a second factor: required when the agent's Caf requires one, and for the Cnaf.
  OIDC_SECOND_FACTOR_ACR_VALUES: spaceSeparated,
  // ProConnect vouches for every e-mail it sends without an email_verified claim; other providers must send it.
  OIDC_EMAILS_VERIFIED_BY_PROVIDER: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((value) => value === "true" || value === "1"),
  // ProConnect signs its userinfo answer (RS256); leave empty for providers answering plain JSON.
  OIDC_USERINFO_SIGNED_RESPONSE_ALG: z.string().trim().min(1).optional(),
});

type OidcSettings = z.infer<typeof oidcSettingsSchema>;

export function checkOidcSettings(settings: OidcSettings, context: z.RefinementCtx) {
  const given = [settings.OIDC_ISSUER, settings.OIDC_CLIENT_ID, settings.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (given > 0 && given < 3) {
    context.addIssue({
      code: "custom",
      path: ["OIDC_ISSUER"],
      message: "OIDC_ISSUER, OIDC_CLIENT_ID et OIDC_CLIENT_SECRET vont ensemble : donnez les trois ou aucun.",
    });
  }
  if (settings.OIDC_ISSUER && !settings.OIDC_SCOPES.split(/\s+/).includes("openid")) {
    context.addIssue({ code: "custom", path: ["OIDC_SCOPES"], message: "OIDC_SCOPES doit contenir « openid »." });
  }
}
