import "server-only";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/security/rate-limit";

// Wrong keys from one address: past this many a minute, that address is refused before any key is checked,
// so keys cannot be guessed at the speed of the API.
const INVALID_KEYS_PER_MINUTE = 20;
const WINDOW_SECONDS = 60;
const keyOf = (ip: string) => `api:invalid-key:${ip}`;

/** Seconds the address must wait, or 0. */
export async function invalidKeyWait(ip: string | null, now = new Date()): Promise<number> {
  if (!ip) return 0;
  const row = await db.rateLimitCounter.findUnique({ where: { key: keyOf(ip) } });
  if (!row || row.resetAt <= now || row.count < INVALID_KEYS_PER_MINUTE) return 0;
  return Math.max(Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000), 1);
}

export async function recordInvalidKey(ip: string | null) {
  if (ip) await consumeRateLimit(keyOf(ip), INVALID_KEYS_PER_MINUTE, WINDOW_SECONDS);
}
