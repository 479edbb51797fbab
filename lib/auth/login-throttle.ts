import "server-only";
import { db, onlyRow } from "@/lib/db";
import { env } from "@/lib/env";

// One address may try several accounts (a shared office), so it gets more room than one identifier.
const IP_FAILURE_FACTOR = 6;

export type ThrottleKey = { key: string; limit: number };

export function loginThrottleKeys(identifier: string, ip: string | null): ThrottleKey[] {
  const keys = [{ key: `login:account:${identifier}`, limit: env.LOGIN_MAX_FAILURES }];
  if (ip) keys.push({ key: `login:ip:${ip}`, limit: env.LOGIN_MAX_FAILURES * IP_FAILURE_FACTOR });
  return keys;
}

/** The end of the lock on any of the keys, or null. Stored in PostgreSQL so every instance sees it. */
export async function loginLockedUntil(keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  const locked = await db.rateLimitCounter.findFirst({
    where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } },
    orderBy: { lockedUntil: "desc" },
    select: { lockedUntil: true },
  });
  return locked?.lockedUntil ?? null;
}

/**
 * Counts one failure per key in a window as long as the lock; reaching the limit locks the key.
 * Returns the keys that became locked with this failure (so the lock is logged once).
 */
export async function recordLoginFailure(keys: ThrottleKey[], now = new Date()): Promise<ThrottleKey[]> {
  const lockMs = env.LOGIN_LOCK_MINUTES * 60_000;
  const windowEnd = new Date(now.getTime() + lockMs);
  const newlyLocked: ThrottleKey[] = [];
  for (const entry of keys) {
    const row = onlyRow(
      await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitCounter" (key, count, "resetAt") VALUES (${entry.key}, 1, ${windowEnd})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN 1 ELSE "RateLimitCounter".count + 1 END,
        "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN ${windowEnd} ELSE "RateLimitCounter"."resetAt" END
      RETURNING count`,
    );
    if (row.count >= entry.limit) {
      await db.rateLimitCounter.update({
        where: { key: entry.key },
        data: { lockedUntil: windowEnd, resetAt: windowEnd },
      });
      if (row.count === entry.limit) newlyLocked.push(entry);
    }
  }
  return newlyLocked;
}

/** A successful login forgets the identifier's earlier failures (not the address's). */
export async function clearLoginFailures(identifier: string) {
  await db.rateLimitCounter.deleteMany({ where: { key: `login:account:${identifier}` } });
}
