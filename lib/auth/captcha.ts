import "server-only";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Self-hosted proof-of-work captcha (ALTCHA): the browser derives keys until it finds the one the server
// chose, in a Web Worker. Nothing is read or typed, so it is the same for everyone (keyboard, screen
// reader), while a script signing in at scale pays the computation for every attempt. Challenges are
// stateless (HMAC-signed); a solved one is recorded in UsedCaptcha so it cannot be replayed before it expires.

const LIFETIME_MS = 10 * 60_000;
// PBKDF2 iterations per attempt, and how many attempts the solver needs: about one second in a browser's
// workers (measured ~0.9 s on one core of these machines), far more for anyone signing in thousands of times.
const ALGORITHM = "PBKDF2/SHA-256";
const COST = 5_000;
const MIN_COUNTER = 500;
const MAX_COUNTER = 1_000;

// Separate keys for the two signatures, derived from the session secret so there is no extra setting.
function secret(purpose: "challenge" | "key"): string {
  return createHmac("sha256", env.NEXTAUTH_SECRET).update(`altcha|${purpose}`).digest("hex");
}

export type CaptchaChallenge = Challenge;

export async function createCaptchaChallenge(now = Date.now()): Promise<CaptchaChallenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(MAX_COUNTER, MIN_COUNTER),
    deriveKey,
    expiresAt: new Date(now + LIFETIME_MS),
    hmacSignatureSecret: secret("challenge"),
    hmacKeySignatureSecret: secret("key"),
  });
}

// What the widget posts: base64 of JSON { challenge, solution }. Only this shape is accepted (no remote
// "server signature" payloads: nothing is verified by a third party).
const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.object({
      algorithm: z.literal(ALGORITHM),
      nonce: z.string().max(200),
      salt: z.string().max(200),
      cost: z.literal(COST),
      keyLength: z.number().int().positive().max(64),
      keyPrefix: z.string().max(128),
      keySignature: z.string().max(200).optional(),
      expiresAt: z.number().int().positive(),
    }),
    signature: z.string().min(1).max(200),
  }),
  solution: z.object({
    counter: z.number().int().nonnegative(),
    derivedKey: z.string().max(256),
    time: z.number().optional(),
  }),
});

function decode(payload: string) {
  try {
    return payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64").toString("utf8"))).data ?? null;
  } catch {
    return null;
  }
}

/** True once per solved challenge: an unsolved, expired or forged challenge, or a replay, give false. */
export async function consumeCaptcha(payload: string, now = new Date()): Promise<boolean> {
  const decoded = decode(payload);
  if (!decoded) return false;
  const expiresAt = new Date(decoded.challenge.parameters.expiresAt * 1000);
  if (expiresAt <= now) return false;
  const result = await verifySolution({
    challenge: decoded.challenge,
    solution: decoded.solution,
    deriveKey,
    hmacSignatureSecret: secret("challenge"),
    hmacKeySignatureSecret: secret("key"),
  }).catch(() => null);
  if (!result?.verified) return false;
  await db.usedCaptcha.deleteMany({ where: { expiresAt: { lt: now } } });
  const { count } = await db.usedCaptcha.createMany({
    data: [{ signature: decoded.challenge.signature, expiresAt }],
    skipDuplicates: true,
  });
  return count === 1;
}
