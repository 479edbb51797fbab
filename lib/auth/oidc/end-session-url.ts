import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { JWT } from "next-auth/jwt";
import { env } from "@/lib/env";
import { isProConnectConfigured, proConnectIssuer } from "@/lib/auth/oidc/proconnect-provider";

const discoverySchema = z.object({ end_session_endpoint: z.url().optional() });

/**
 * Where to send a person whose session came from ProConnect when they log out (RP-initiated logout):
 * the provider ends its own session too, then returns to the home page. Null for other sessions.
 */
export async function endSessionUrlFor(token: JWT | null): Promise<string | null> {
  if (!token?.oidcIdToken || !isProConnectConfigured()) return null;
  const response = await fetch(`${proConnectIssuer()}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  });
  const discovery = discoverySchema.safeParse(response.ok ? await response.json() : {});
  if (!discovery.success || !discovery.data.end_session_endpoint) return null;
  const url = new URL(discovery.data.end_session_endpoint);
  url.searchParams.set("id_token_hint", token.oidcIdToken);
  url.searchParams.set("post_logout_redirect_uri", `${env.APP_URL.replace(/\/$/, "")}/`);
  url.searchParams.set("state", randomBytes(16).toString("base64url"));
  return url.toString();
}
