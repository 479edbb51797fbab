import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/auth-options";
import { rolesOf, type AreaPrefix } from "@/lib/auth/areas";
import { queryPrepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { isSessionExpired } from "@/lib/auth/session-policy";
import {
  NOT_ALLOWED_MESSAGE,
  PASSWORD_CHANGE_REQUIRED_MESSAGE,
  SIGN_IN_REQUIRED_MESSAGE,
} from "@/lib/auth/access-messages";
import { AccessDeniedError } from "@/lib/errors";

// Callers that check access find the refusal next to the checks.
export { AccessDeniedError };

export const PASSWORD_CHANGE_PATH = "/mon-compte/mot-de-passe";
const sessionLimits = { maxAgeSeconds: env.SESSION_MAX_AGE_MINUTES * 60, idleSeconds: env.SESSION_IDLE_MINUTES * 60 };

type SessionRecord = {
  id: string;
  personalNumber: number;
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  cafId: string | null;
  mustChangePassword: boolean;
  active: boolean;
  sessionVersion: number;
};
export type SessionUser = Omit<SessionRecord, "active" | "sessionVersion">;

// Read on every signed-in request: a prepared statement (planned once per connection) rather than Prisma's
// query, whose compiler and mapping cost several times the lookup itself (issue 23).
async function findSessionRecord(userId: string): Promise<SessionRecord | null> {
  const [record] = await queryPrepared<SessionRecord>(Prisma.sql`
    SELECT id, "personalNumber", email, "firstName", "lastName", role::text AS role, "cafId", "mustChangePassword",
      active, "sessionVersion"
    FROM "User" WHERE id = ${userId}`);
  return record ?? null;
}

/**
 * The signed-in person, re-read from the database on every request: a deactivated account or a
 * bumped session version ends the session at once, whatever the token says. The signed token also
 * carries the login and last-activity times (refreshed by the proxy) for the lifetime and idle limits.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user.id || isSessionExpired(session, sessionLimits)) return null;
  const record = await findSessionRecord(session.user.id);
  if (!record || !record.active || record.sessionVersion !== session.sessionVersion) return null;
  const { active: _active, sessionVersion: _version, ...user } = record;
  return user;
});

/**
 * For pages: sends anonymous visitors to the login page, people who must still replace a generated
 * password to the password page (except on that page itself), and others to the refusal page.
 */
export async function requirePageUser(
  area: AreaPrefix,
  returnTo: string,
  options: { passwordChangePage?: boolean } = {},
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && !options.passwordChangePage) redirect(PASSWORD_CHANGE_PATH);
  if (!rolesOf(area).includes(user.role)) redirect("/acces-refuse");
  return user;
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
