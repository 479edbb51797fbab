// No `server-only` import: scripts/production-server.ts serves the Caf's request list with it, outside Next
// (scripts/lib/plain-html-pages.ts); lib/auth/session.ts gives it to the App Router's pages.
import { rolesOf, type AreaPrefix } from "@/lib/auth/areas";
import { isSessionExpired } from "@/lib/auth/session-policy";
import { queryPrepared } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

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

/** What the signed session token says of its session (next-auth's JWT, lib/auth/auth-options.ts). */
export type SessionClaims = { userId?: unknown; sessionVersion?: unknown; loginAt?: unknown; lastActivityAt?: unknown };

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
 * The person a session token stands for, re-read from the database: a deactivated account or a bumped session
 * version ends the session at once, whatever the token says; so do its lifetime and idle limits.
 */
export async function findSessionUser(claims: SessionClaims | null): Promise<SessionUser | null> {
  if (!claims || typeof claims.userId !== "string" || !claims.userId) return null;
  const { loginAt, lastActivityAt } = claims;
  if (typeof loginAt !== "number" || typeof lastActivityAt !== "number") return null;
  if (isSessionExpired({ loginAt, lastActivityAt }, sessionLimits)) return null;
  const record = await findSessionRecord(claims.userId);
  if (!record || !record.active || record.sessionVersion !== claims.sessionVersion) return null;
  const { active: _active, sessionVersion: _version, ...user } = record;
  return user;
}

/**
 * Who may see a page of an area: anonymous visitors go to the login page (and come back to `returnTo`), people
 * who must still replace a generated password to the password page (except on that page itself), others whose
 * role is not the area's to the refusal page.
 */
export function pageAccess(
  user: SessionUser | null,
  area: AreaPrefix,
  returnTo: string,
  options: { passwordChangePage?: boolean } = {},
): { user: SessionUser } | { redirectTo: string } {
  if (!user) return { redirectTo: `/connexion?callbackUrl=${encodeURIComponent(returnTo)}` };
  if (user.mustChangePassword && !options.passwordChangePage) return { redirectTo: PASSWORD_CHANGE_PATH };
  if (!rolesOf(area).includes(user.role)) return { redirectTo: "/acces-refuse" };
  return { user };
}
