import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/auth-options";
import { rolesOf, type AreaPrefix } from "@/lib/auth/areas";
import { db } from "@/lib/db";

const sessionUserSelect = {
  id: true,
  personalNumber: true,
  email: true,
  firstName: true,
  lastName: true,
  role: true,
  cafId: true,
  mustChangePassword: true,
  active: true,
  sessionVersion: true,
} as const;

type SessionRecord = NonNullable<Awaited<ReturnType<typeof findSessionRecord>>>;
export type SessionUser = Omit<SessionRecord, "active" | "sessionVersion">;

function findSessionRecord(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: sessionUserSelect });
}

/**
 * The signed-in person, re-read from the database on every request: a deactivated account or a
 * bumped session version ends the session at once, whatever the token says.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const record = await findSessionRecord(session.user.id);
  if (!record || !record.active || record.sessionVersion !== session.sessionVersion) return null;
  const { active: _active, sessionVersion: _version, ...user } = record;
  return user;
});

/** For pages: sends anonymous visitors to the login page and others to the refusal page. */
export async function requirePageUser(area: AreaPrefix, returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!rolesOf(area).includes(user.role)) redirect("/acces-refuse");
  return user;
}
