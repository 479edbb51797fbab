import "server-only";
import type { JWT } from "next-auth/jwt";
import { endSessionUrlFor } from "@/lib/auth/oidc/end-session-url";
import { endSessionsOnSignOut } from "@/lib/auth/end-sessions-on-sign-out";
import { logger } from "@/lib/observability/logger";

/**
 * Ends the session of this token (every session of the account, see endSessionsOnSignOut) and says where the
 * person goes next: the provider's logout for a ProConnect session (RP-initiated logout, which returns to the
 * home page), else null for the home page. The caller clears the cookie.
 */
export async function signOut(token: JWT | null): Promise<{ endSessionUrl: string | null }> {
  const endSessionUrl = await endSessionUrlFor(token).catch((error: unknown) => {
    logger.warn(
      { error: error instanceof Error ? error.message : String(error) },
      "ProConnect logout address not found",
    );
    return null;
  });
  if (token) await endSessionsOnSignOut(token);
  return { endSessionUrl };
}
