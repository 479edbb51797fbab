import "server-only";
import { db } from "@/lib/db";

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Fixed-window counter in PostgreSQL, shared by every app instance. One atomic upsert per call:
 * the window restarts once `resetAt` has passed.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number, now = new Date()): Promise<RateLimitResult> {
  const resetAt = new Date(now.getTime() + windowSeconds * 1000);
  const [row] = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitCounter" (key, count, "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN 1 ELSE "RateLimitCounter".count + 1 END,
      "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimitCounter"."resetAt" END
    RETURNING count, "resetAt"`;
  const allowed = row.count <= limit;
  return {
    allowed,
    remaining: Math.max(limit - row.count, 0),
    retryAfterSeconds: allowed ? 0 : Math.max(Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000), 1),
  };
}

/** Deletes expired windows; run from the background worker. */
export function purgeExpiredRateLimits(now = new Date()) {
  return db.rateLimitCounter.deleteMany({ where: { resetAt: { lt: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
}
