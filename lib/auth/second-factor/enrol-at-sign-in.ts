import "server-only";
import { db } from "@/lib/db";
import type { RequestInfo } from "@/lib/auth/request-info";
import { openSecret, sealSecret } from "@/lib/auth/second-factor/secret-box";
import { createTotpSecret, totpEnrolmentFor, totpStepOf, type TotpEnrolment } from "@/lib/auth/second-factor/totp";
import { findLiveChallenge, moveChallenge } from "@/lib/auth/second-factor/sign-in-challenge";
import { saveTotpFactor } from "@/lib/auth/second-factor/save-totp-factor";
import { SECOND_FACTOR_MESSAGES, secondFactorDelayMessage } from "@/lib/auth/second-factor/sign-in-steps";
import {
  assertCodeAllowed,
  challengeAnswerSchema,
  logSecondFactorEvent,
  refuseSecondFactorCode,
} from "@/lib/auth/second-factor/complete-sign-in-challenge";
import { SignInRefusedError } from "@/lib/auth/authenticate";
import { delayOf } from "@/lib/auth/login-errors";

// `restart`: the challenge is over, the login form starts again from the password.
type Failure = { ok: false; message: string; restart?: boolean };
export type EnrolmentStart = { ok: true; enrolment: TotpEnrolment } | Failure;
export type EnrolmentConfirmation = { ok: true; recoveryCodes: string[] } | Failure;

const EXPIRED: Failure = { ok: false, message: SECOND_FACTOR_MESSAGES.SecondFactorExpired, restart: true };

async function enrollingChallenge(token: unknown) {
  const parsed = challengeAnswerSchema.shape.challenge.safeParse(token);
  const challenge = parsed.success ? await findLiveChallenge(parsed.data) : null;
  return challenge?.status === "AWAITING_ENROLMENT" ? challenge : null;
}

/**
 * A staff member who must have a second factor and has none enrols right after the password, before
 * any session exists: a secret is drawn once per challenge (a repeated call, e.g. a re-rendered form,
 * shows the same one) and kept on the challenge until a first code confirms it.
 */
export async function beginEnrolmentAtSignIn(token: unknown): Promise<EnrolmentStart> {
  const challenge = await enrollingChallenge(token);
  if (!challenge) return EXPIRED;
  await db.signInChallenge.updateMany({
    where: { tokenHash: challenge.tokenHash, enrolmentSecretCiphertext: null },
    data: { enrolmentSecretCiphertext: sealSecret(createTotpSecret()) },
  });
  const { enrolmentSecretCiphertext } = await db.signInChallenge.findUniqueOrThrow({
    where: { tokenHash: challenge.tokenHash },
    select: { enrolmentSecretCiphertext: true },
  });
  if (!enrolmentSecretCiphertext) return EXPIRED;
  return { ok: true, enrolment: await totpEnrolmentFor(openSecret(enrolmentSecretCiphertext), challenge.user.email) };
}

/** The first code from the app confirms the secret; the ten recovery codes come back to be shown once. */
export async function confirmEnrolmentAtSignIn(input: unknown, request: RequestInfo): Promise<EnrolmentConfirmation> {
  const parsed = challengeAnswerSchema.safeParse(input);
  const challenge = parsed.success ? await enrollingChallenge(parsed.data.challenge) : null;
  if (!parsed.success || !challenge?.enrolmentSecretCiphertext) return EXPIRED;
  try {
    await assertCodeAllowed(challenge, request);
  } catch (error) {
    if (!(error instanceof SignInRefusedError)) throw error;
    const delay = delayOf(error.message);
    return delay === null
      ? { ok: false, message: SECOND_FACTOR_MESSAGES.CaptchaRequired, restart: true }
      : { ok: false, message: secondFactorDelayMessage(delay) };
  }
  const secret = openSecret(challenge.enrolmentSecretCiphertext);
  const code = parsed.data.code?.replace(/\s/g, "") ?? "";
  const step = /^\d{6}$/.test(code) ? totpStepOf(secret, code) : null;
  if (step === null) {
    await refuseSecondFactorCode(challenge, request);
    return { ok: false, message: SECOND_FACTOR_MESSAGES.SecondFactorInvalid };
  }
  const recoveryCodes = await db.$transaction(async (tx) => {
    if (!(await moveChallenge(challenge, "FACTOR_VERIFIED", { method: "PASSWORD_TOTP" }, tx))) return null;
    await tx.signInChallenge.update({
      where: { tokenHash: challenge.tokenHash },
      data: { enrolmentSecretCiphertext: null },
    });
    return saveTotpFactor(tx, challenge.userId, secret, step);
  });
  if (!recoveryCodes) return EXPIRED;
  await logSecondFactorEvent(challenge, "SECOND_FACTOR_ENROLLED", request);
  return { ok: true, recoveryCodes };
}
