import "server-only";
import { db, onlyRow } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Fixed-window counter in PostgreSQL, shared by every app instance: one atomic upsert that counts a call
 * for the key `keySql` produces (from the rows of `from`, none = nothing counted) and returns the counter.
 * The window restarts once `resetAt` has passed. A piece of SQL, so that a hot path can count in the same
 * statement as its own lookup (lib/api/authenticate-api-key.ts).
 */
export function rateLimitUpsertSql(keySql: Prisma.Sql, from: Prisma.Sql, windowSeconds: number, now: Date): Prisma.Sql {
  // Instants as ISO strings read as UTC: the same under any driver and any session time zone.
  const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const resetAt = utc(new Date(now.getTime() + windowSeconds * 1000));
  return Prisma.sql`
    INSERT INTO "RateLimitCounter" (key, count, "resetAt") SELECT ${keySql}, 1, ${resetAt} ${from}
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitCounter"."resetAt" <= ${utc(now)} THEN 1 ELSE "RateLimitCounter".count + 1 END,
      "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${utc(now)} THEN ${resetAt} ELSE "RateLimitCounter"."resetAt" END
    RETURNING count, "resetAt" AT TIME ZONE 'UTC' AS "resetAt"`;
}

/** What a counter row means for the caller. */
export function rateLimitResult(row: { count: number; resetAt: Date }, limit: number, now: Date): RateLimitResult {
  const allowed = row.count <= limit;
  return {
    allowed,
    remaining: Math.max(limit - row.count, 0),
    retryAfterSeconds: allowed ? 0 : Math.max(Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000), 1),
  };
}

export async function consumeRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const row = onlyRow(
    await db.$queryRaw<{ count: number; resetAt: Date }[]>(
      rateLimitUpsertSql(Prisma.sql`${key}::text`, Prisma.empty, windowSeconds, now),
    ),
  );
  return rateLimitResult(row, limit, now);
}

/** Deletes expired windows; run from the background worker. */
export function purgeExpiredRateLimits(now = new Date()) {
  return db.rateLimitCounter.deleteMany({
    where: { resetAt: { lt: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
}
