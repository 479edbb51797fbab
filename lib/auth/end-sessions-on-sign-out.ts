import "server-only";
import { db } from "@/lib/db";

/**
 * Signing out ends every session of the account, not just this browser's cookie: the session version the
 * tokens carry is bumped, so a token copied before (another device, a stolen cookie) is refused from now on.
 */
export async function endSessionsOnSignOut(token: { userId?: string; email?: string | null }) {
  if (!token.userId) return;
  await db.$transaction([
    db.user.updateMany({ where: { id: token.userId }, data: { sessionVersion: { increment: 1 } } }),
    db.connectionLog.create({ data: { event: "LOGOUT", identifier: token.email ?? "", userId: token.userId } }),
  ]);
}
