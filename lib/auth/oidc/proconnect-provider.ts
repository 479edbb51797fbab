import "server-only";
import type { User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import { env } from "@/lib/env";

export const PROCONNECT_PROVIDER_ID = "proconnect";

export function isProConnectConfigured(): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

/** The issuer's URL without a trailing slash; only asked for once isProConnectConfigured() said yes. */
export function proConnectIssuer(): string {
  if (!env.OIDC_ISSUER) throw new Error("ProConnect is not configured: OIDC_ISSUER is empty.");
  return env.OIDC_ISSUER.replace(/\/$/, "");
}

// next-auth hands over the TokenSet of its openid-client (idToken: true), typed by its parameters only:
// check it is one (it carries the ID token's claims) rather than assume it.
function isTokenSet(tokens: object): tokens is TokenSet {
  return "claims" in tokens && typeof tokens.claims === "function";
}

/** ID token claims merged with the userinfo answer: ProConnect puts the e-mail in the latter, the acr in the former. */
export type ProConnectClaims = Record<string, unknown> & { sub: string };

/**
 * next-auth's generic OpenID Connect client (discovery, PKCE, state and nonce checked) for ProConnect or
 * any provider of the same kind. The account comes from our database in the signIn callback, never from
 * the provider: profile() only carries the subject there.
 */
export function proConnectProvider(): OAuthConfig<ProConnectClaims> {
  const issuer = proConnectIssuer();
  return {
    id: PROCONNECT_PROVIDER_ID,
    name: "ProConnect",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: {
      params: {
        scope: env.OIDC_SCOPES,
        ...(env.OIDC_ACR_VALUES.length > 0 ? { acr_values: env.OIDC_ACR_VALUES.join(" ") } : {}),
      },
    },
    client: env.OIDC_USERINFO_SIGNED_RESPONSE_ALG
      ? { userinfo_signed_response_alg: env.OIDC_USERINFO_SIGNED_RESPONSE_ALG }
      : {},
    userinfo: {
      async request({ client, tokens }) {
        if (!isTokenSet(tokens)) throw new Error("ProConnect: next-auth handed over no TokenSet to ask userinfo with.");
        const idTokenClaims = tokens.claims();
        const userinfo = await client.userinfo(tokens);
        return { ...userinfo, sub: idTokenClaims.sub, acr: idTokenClaims.acr };
      },
    },
    profile: (claims) => ({ id: claims.sub }) as User,
  };
}
