import "server-only";
import { db, onlyRow } from "@/lib/db";
import { env } from "@/lib/env";

// Failures are counted on three keys. The pair (identifier, address) is the only one that delays: an
// attacker elsewhere never slows the owner down. The identifier alone and the address alone only ever ask
// for a captcha, which the owner can solve: nobody can lock anyone out of signing in.
const IDENTIFIER_FACTOR = 2; // failures of one identifier, from any address, before everyone gets a captcha
const ADDRESS_FACTOR = 6; // one address may try several accounts (a shared office)
const DELAY_FROM_FAILURE = 3;
const MAX_DELAY_SECONDS = 30;

export type SignInThrottleKeys = { pair: string; identifier: string; address: string | null };
export type SignInGate = { waitSeconds: number; captchaRequired: boolean };

export function signInThrottleKeys(identifier: string, ip: string | null): SignInThrottleKeys {
  return {
    pair: `login:pair:${identifier}|${ip ?? "?"}`,
    identifier: `login:account:${identifier}`,
    address: ip ? `login:ip:${ip}` : null,
  };
}

/** Seconds to wait after the n-th failure of one identifier from one address: none, then 2, 4, 8… up to 30. */
export function delayAfterFailures(failures: number): number {
  if (failures < DELAY_FROM_FAILURE) return 0;
  return Math.min(2 ** (failures - DELAY_FROM_FAILURE + 1), MAX_DELAY_SECONDS);
}

function captchaRequiredFor(counts: { pair: number; identifier: number; address: number }): boolean {
  return (
    counts.pair >= env.LOGIN_MAX_FAILURES ||
    counts.identifier >= env.LOGIN_MAX_FAILURES * IDENTIFIER_FACTOR ||
    counts.address >= env.LOGIN_MAX_FAILURES * ADDRESS_FACTOR
  );
}

function keyList(keys: SignInThrottleKeys): string[] {
  return [keys.pair, keys.identifier, ...(keys.address ? [keys.address] : [])];
}

/** What the next attempt must go through: a wait (this identifier from this address), a captcha, or nothing. */
export async function assessSignIn(keys: SignInThrottleKeys, now = new Date()): Promise<SignInGate> {
  const rows = await db.rateLimitCounter.findMany({ where: { key: { in: keyList(keys) }, resetAt: { gt: now } } });
  const row = (key: string | null) => rows.find((r) => r.key === key);
  const notBefore = row(keys.pair)?.lockedUntil;
  return {
    waitSeconds: notBefore && notBefore > now ? Math.ceil((notBefore.getTime() - now.getTime()) / 1000) : 0,
    captchaRequired: captchaRequiredFor({
      pair: row(keys.pair)?.count ?? 0,
      identifier: row(keys.identifier)?.count ?? 0,
      address: row(keys.address)?.count ?? 0,
    }),
  };
}

/**
 * Counts a failure on each key, in a window of LOGIN_FAILURE_WINDOW_MINUTES from the first one, and sets
 * when this identifier may next be tried from this address. Returns the gate for the next attempt and
 * whether this failure is the one that started asking for a captcha (so that is logged once).
 */
export async function recordSignInFailure(
  keys: SignInThrottleKeys,
  now = new Date(),
): Promise<SignInGate & { captchaStarted: boolean }> {
  const windowEnd = new Date(now.getTime() + env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
  const counts = { pair: 0, identifier: 0, address: 0 };
  for (const [name, key] of Object.entries(keys) as [keyof typeof counts, string | null][]) {
    if (!key) continue;
    const row = onlyRow(
      await db.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitCounter" (key, count, "resetAt") VALUES (${key}, 1, ${windowEnd})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN 1 ELSE "RateLimitCounter".count + 1 END,
        "lockedUntil" = NULL,
        "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN ${windowEnd} ELSE "RateLimitCounter"."resetAt" END
      RETURNING count`,
    );
    counts[name] = row.count;
  }
  const waitSeconds = delayAfterFailures(counts.pair);
  if (waitSeconds > 0) {
    await db.rateLimitCounter.update({
      where: { key: keys.pair },
      data: { lockedUntil: new Date(now.getTime() + waitSeconds * 1000) },
    });
  }
  const captchaRequired = captchaRequiredFor(counts);
  const before = { pair: counts.pair - 1, identifier: counts.identifier - 1, address: counts.address - 1 };
  return { waitSeconds, captchaRequired, captchaStarted: captchaRequired && !captchaRequiredFor(before) };
}

/** A successful sign-in forgets the failures of this identifier from this address only. */
export async function clearSignInFailures(keys: SignInThrottleKeys) {
  await db.rateLimitCounter.deleteMany({ where: { key: keys.pair } });
}
