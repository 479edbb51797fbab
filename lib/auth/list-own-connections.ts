import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";

const RECENT_CONNECTIONS = 20;

/** The signed-in person's latest connection events, so they can spot a login that was not theirs. */
export function listOwnConnections(actor: SessionUser) {
  return db.connectionLog.findMany({
    where: { userId: actor.id },
    orderBy: { at: "desc" },
    take: RECENT_CONNECTIONS,
    select: { id: true, at: true, event: true, method: true, ip: true, userAgent: true },
  });
}
