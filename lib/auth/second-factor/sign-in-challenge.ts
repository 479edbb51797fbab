import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { SignInChallengeStatus } from "@/lib/generated/prisma/enums";

const LIFETIME_MS = 10 * 60_000;
// Beyond the login throttle, one challenge takes few guesses: the password must then be given again.
export const MAX_CHALLENGE_ATTEMPTS = 5;

export const hashChallengeToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The only moves of a sign-in challenge: a password opens it waiting for a code (or for an enrolment),
 * an enrolment confirmed by a first code marks the factor verified, and the session is opened once by
 * consuming it. A consumed, expired or exhausted challenge is dead.
 */
const TRANSITIONS: Record<SignInChallengeStatus, readonly SignInChallengeStatus[]> = {
  AWAITING_FACTOR: ["CONSUMED"],
  AWAITING_ENROLMENT: ["FACTOR_VERIFIED", "CONSUMED"],
  FACTOR_VERIFIED: ["CONSUMED"],
  CONSUMED: [],
};

export async function openSignInChallenge(
  userId: string,
  status: "AWAITING_FACTOR" | "AWAITING_ENROLMENT",
  usedPendingPassword: boolean,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.signInChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.signInChallenge.create({
    data: {
      tokenHash: hashChallengeToken(token),
      userId,
      status,
      usedPendingPassword,
      expiresAt: new Date(now.getTime() + LIFETIME_MS),
    },
  });
  return token;
}

/** The live challenge of a token, with its account, or null. */
export async function findLiveChallenge(token: string, now = new Date()) {
  const challenge = await db.signInChallenge.findUnique({
    where: { tokenHash: hashChallengeToken(token) },
    include: { user: { include: { totpFactor: true } } },
  });
  if (
    !challenge ||
    challenge.status === "CONSUMED" ||
    challenge.expiresAt <= now ||
    challenge.attempts >= MAX_CHALLENGE_ATTEMPTS ||
    !challenge.user.active
  )
    return null;
  return challenge;
}

export type LiveChallenge = NonNullable<Awaited<ReturnType<typeof findLiveChallenge>>>;

/** Moves a challenge on, only from the status the caller saw: true once, even under concurrent requests. */
export async function moveChallenge(
  challenge: Pick<LiveChallenge, "tokenHash" | "status">,
  to: SignInChallengeStatus,
  data: { method?: LiveChallenge["method"] } = {},
  tx: Tx | typeof db = db,
): Promise<boolean> {
  if (!TRANSITIONS[challenge.status].includes(to)) return false;
  const { count } = await tx.signInChallenge.updateMany({
    where: { tokenHash: challenge.tokenHash, status: challenge.status },
    data: { status: to, ...data },
  });
  return count === 1;
}

export function countChallengeAttempt(challenge: Pick<LiveChallenge, "tokenHash">) {
  return db.signInChallenge.update({
    where: { tokenHash: challenge.tokenHash },
    data: { attempts: { increment: 1 } },
  });
}
