import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import type { RequestInfo } from "@/lib/auth/request-info";
import {
  assessSignIn,
  clearSignInFailures,
  recordSignInFailure,
  signInThrottleKeys,
} from "@/lib/auth/sign-in-throttle";
import { consumeCaptcha } from "@/lib/auth/captcha";
import { CAPTCHA_REQUIRED_ERROR, signInDelayedError } from "@/lib/auth/login-errors";
import { recordSuccessfulSignIn, type AuthenticatedUser } from "@/lib/auth/record-sign-in";
import { enforceStaffSignInPolicy } from "@/lib/auth/second-factor/enforce-staff-sign-in-policy";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Adresse électronique invalide.")),
  password: z.string().min(1, "Mot de passe obligatoire.").max(200),
  // The solved security check (lib/auth/captcha.ts), once failures ask for one.
  captcha: z.string().max(4000).optional(),
});

/** Thrown when the attempt was not even checked (a wait, or a captcha missing or wrong); the form explains it. */
export class SignInRefusedError extends Error {}

// A reset password that was never used stops working after this delay; the current one goes on.
export const PENDING_PASSWORD_VALIDITY_MS = 7 * 24 * 3600 * 1000;

export type { AuthenticatedUser };

/**
 * Checks an e-mail/password pair and records the attempt in the connection log. A password issued by
 * the lost-password procedure replaces the old one only when it is first used. Repeated failures slow
 * this identifier down from this address, then ask for a captcha (lib/auth/sign-in-throttle.ts), the same
 * for unknown identifiers, so nothing reveals which accounts exist; the right password with the captcha
 * always gets in.
 */
export async function authenticate(input: unknown, request: RequestInfo): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const log = (event: "LOGIN_FAILURE" | "ACCOUNT_LOCKED", userId: string | null) =>
    db.connectionLog.create({
      data: { event, method: "PASSWORD", identifier: email, userId, ip: request.ip, userAgent: request.userAgent },
    });
  const throttleKeys = signInThrottleKeys(email, request.ip);

  const gate = await assessSignIn(throttleKeys);
  if (gate.waitSeconds > 0) throw new SignInRefusedError(signInDelayedError(gate.waitSeconds));
  if (gate.captchaRequired && !(await consumeCaptcha(parsed.data.captcha ?? ""))) {
    await log("LOGIN_FAILURE", user?.id ?? null);
    throw new SignInRefusedError(CAPTCHA_REQUIRED_ERROR);
  }
  const usesCurrent =
    user?.active === true && user.passwordHash !== null
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstDecoy(password);
  const pendingStillValid =
    user?.pendingPasswordAt != null && Date.now() - user.pendingPasswordAt.getTime() < PENDING_PASSWORD_VALIDITY_MS;
  const usesPending =
    !usesCurrent &&
    user?.active === true &&
    user.pendingPasswordHash !== null &&
    pendingStillValid &&
    (await verifyPassword(password, user.pendingPasswordHash));
  if (!user || (!usesCurrent && !usesPending)) {
    await log("LOGIN_FAILURE", user?.id ?? null);
    const next = await recordSignInFailure(throttleKeys);
    if (next.captchaStarted) await log("ACCOUNT_LOCKED", user?.id ?? null);
    // The next attempt needs a captcha: say so now, so the form shows it with the identifier still typed.
    if (next.captchaRequired) throw new SignInRefusedError(CAPTCHA_REQUIRED_ERROR);
    return null;
  }
  // Staff may owe a second factor (or ProConnect): then no session yet, and earlier failures still count.
  await enforceStaffSignInPolicy(user, { usedPendingPassword: usesPending });
  await clearSignInFailures(throttleKeys);
  return recordSuccessfulSignIn(user.id, "PASSWORD", request, { promotePendingPassword: usesPending });
}
