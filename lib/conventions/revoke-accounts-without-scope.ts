import "server-only";
import type { Tx } from "@/lib/db";
import { LIVE_CONVENTION_STATUSES } from "./convention-state-machine";

/**
 * Deactivates, at once, the partner accounts that no live convention lists any more (or only as
 * suspended). Bumping the
 * session version ends their open sessions on every app instance.
 */
export async function revokeAccountsWithoutScope(tx: Tx, userIds: string[], now = new Date()) {
  if (userIds.length === 0) return 0;
  const stillHabilitated = await tx.conventionPerson.findMany({
    where: {
      userId: { in: userIds },
      removedAt: null,
      suspendedAt: null,
      convention: { status: { in: [...LIVE_CONVENTION_STATUSES] } },
    },
    select: { userId: true },
    distinct: ["userId"],
  });
  const keep = new Set(stillHabilitated.map((row) => row.userId));
  const revoked = userIds.filter((id) => !keep.has(id));
  if (revoked.length === 0) return 0;
  const result = await tx.user.updateMany({
    where: { id: { in: revoked }, role: { in: ["PROVIDER_USER", "INFO_POINT_USER"] }, active: true },
    data: { active: false, deactivatedAt: now, sessionVersion: { increment: 1 } },
  });
  return result.count;
}
