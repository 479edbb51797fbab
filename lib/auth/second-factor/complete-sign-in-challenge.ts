import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { RequestInfo } from "@/lib/auth/request-info";
import {
  assessSignIn,
  clearSignInFailures,
  recordSignInFailure,
  signInThrottleKeys,
} from "@/lib/auth/sign-in-throttle";
import { SignInRefusedError } from "@/lib/auth/authenticate";
import { CAPTCHA_REQUIRED_ERROR, signInDelayedError } from "@/lib/auth/login-errors";
import { recordSuccessfulSignIn, type AuthenticatedUser } from "@/lib/auth/record-sign-in";
import { SignInStepError } from "@/lib/auth/second-factor/enforce-staff-sign-in-policy";
import { countChallengeAttempt, findLiveChallenge, moveChallenge } from "@/lib/auth/second-factor/sign-in-challenge";
import { SECOND_FACTOR_ERRORS } from "@/lib/auth/second-factor/sign-in-steps";
import { consumeSecondFactorCode } from "@/lib/auth/second-factor/consume-second-factor-code";
import type { LiveChallenge } from "@/lib/auth/second-factor/sign-in-challenge";
import type { ConnectionEventType, SignInMethod } from "@/lib/generated/prisma/enums";

export const challengeAnswerSchema = z.object({
  challenge: z.string().min(20).max(100),
  code: z.string().trim().max(40).optional(),
});

export function logSecondFactorEvent(challenge: LiveChallenge, event: ConnectionEventType, request: RequestInfo) {
  return db.connectionLog.create({
    data: {
      event,
      identifier: challenge.user.email,
      userId: challenge.userId,
      ip: request.ip,
      userAgent: request.userAgent,
    },
  });
}

const throttleKeysOf = (challenge: LiveChallenge, request: RequestInfo) =>
  signInThrottleKeys(challenge.user.email, request.ip);

/** A wrong code counts as a failed sign-in (the password's throttle) and against the challenge. */
export async function refuseSecondFactorCode(challenge: LiveChallenge, request: RequestInfo) {
  await countChallengeAttempt(challenge);
  await logSecondFactorEvent(challenge, "SECOND_FACTOR_FAILURE", request);
  const next = await recordSignInFailure(throttleKeysOf(challenge, request));
  if (next.captchaStarted) await logSecondFactorEvent(challenge, "ACCOUNT_LOCKED", request);
}

/**
 * Codes go through the password's throttle: during a delay no code is checked; once a captcha is due,
 * the challenge ends and the password must be given again with the captcha (the code step has none).
 */
export async function assertCodeAllowed(challenge: LiveChallenge, request: RequestInfo) {
  const gate = await assessSignIn(throttleKeysOf(challenge, request));
  if (gate.waitSeconds === 0 && !gate.captchaRequired) return;
  await logSecondFactorEvent(challenge, "SECOND_FACTOR_FAILURE", request);
  if (gate.waitSeconds > 0) throw new SignInRefusedError(signInDelayedError(gate.waitSeconds));
  await moveChallenge(challenge, "CONSUMED");
  throw new SignInRefusedError(CAPTCHA_REQUIRED_ERROR);
}

/**
 * Second step of a password sign-in: the challenge token given after the password, with a TOTP or
 * recovery code (or, right after enrolment, alone: the enrolment's first code verified the factor).
 * Opens the session only here.
 */
export async function completeSignInChallenge(input: unknown, request: RequestInfo): Promise<AuthenticatedUser> {
  const parsed = challengeAnswerSchema.safeParse(input);
  const challenge = parsed.success ? await findLiveChallenge(parsed.data.challenge) : null;
  if (!parsed.success || !challenge) throw new SignInStepError(SECOND_FACTOR_ERRORS.expired);
  const finish = async (method: SignInMethod) => {
    if (!(await moveChallenge(challenge, "CONSUMED", { method })))
      throw new SignInStepError(SECOND_FACTOR_ERRORS.expired);
    await clearSignInFailures(throttleKeysOf(challenge, request));
    return recordSuccessfulSignIn(challenge.userId, method, request, {
      promotePendingPassword: challenge.usedPendingPassword,
    });
  };

  if (challenge.status === "FACTOR_VERIFIED") return finish(challenge.method ?? "PASSWORD_TOTP");
  if (challenge.status !== "AWAITING_FACTOR") throw new SignInStepError(SECOND_FACTOR_ERRORS.expired);
  await assertCodeAllowed(challenge, request);
  const method = parsed.data.code ? await consumeSecondFactorCode(challenge.userId, parsed.data.code) : null;
  if (!method) {
    await refuseSecondFactorCode(challenge, request);
    throw new SignInStepError(SECOND_FACTOR_ERRORS.invalidCode);
  }
  return finish(method);
}
