import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/auth-options";
import type { AreaPrefix } from "@/lib/auth/areas";
import { findSessionUser, pageAccess, type SessionUser } from "@/lib/auth/session-user";
import {
  NOT_ALLOWED_MESSAGE,
  PASSWORD_CHANGE_REQUIRED_MESSAGE,
  SIGN_IN_REQUIRED_MESSAGE,
} from "@/lib/auth/access-messages";
import { AccessDeniedError } from "@/lib/errors";

// Callers that check access find the refusal, the person and the password page next to the checks.
export { AccessDeniedError };
export type { SessionUser };
export { PASSWORD_CHANGE_PATH } from "@/lib/auth/session-user";

/**
 * The signed-in person, re-read from the database on every request (lib/auth/session-user.ts). The signed token
 * also carries the login and last-activity times (refreshed by the proxy) for the lifetime and idle limits.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session) return null;
  const { loginAt, lastActivityAt, sessionVersion } = session;
  return findSessionUser({ userId: session.user.id, sessionVersion, loginAt, lastActivityAt });
});

/** For pages: the signed-in person allowed in `area`, or a redirect (see `pageAccess`). */
export async function requirePageUser(
  area: AreaPrefix,
  returnTo: string,
  options: { passwordChangePage?: boolean } = {},
): Promise<SessionUser> {
  const access = pageAccess(await getCurrentUser(), area, returnTo, options);
  if ("redirectTo" in access) redirect(access.redirectTo);
  return access.user;
}

/**
 * For server actions and route handlers: the signed-in person, if their role is one of `roles`. The refusal
 * is an AccessDeniedError: 401 (not signed in), 403 (not allowed); 404 is the use cases' answer outside the
 * caller's scope.
 */
export async function requireRole(roles: readonly SessionUser["role"][]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AccessDeniedError(401, SIGN_IN_REQUIRED_MESSAGE);
  if (user.mustChangePassword) throw new AccessDeniedError(403, PASSWORD_CHANGE_REQUIRED_MESSAGE);
  if (!roles.includes(user.role)) throw new AccessDeniedError(403, NOT_ALLOWED_MESSAGE);
  return user;
}
