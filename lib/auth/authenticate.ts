import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import type { RequestInfo } from "@/lib/auth/request-info";
import { clearLoginFailures, loginLockedUntil, loginThrottleKeys, recordLoginFailure } from "@/lib/auth/login-throttle";
import { LOGIN_LOCKED_ERROR } from "@/lib/auth/login-errors";
import type { Role } from "@/lib/generated/prisma/enums";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Adresse électronique invalide.")),
  password: z.string().min(1, "Mot de passe obligatoire.").max(200),
});

/** Thrown while the identifier or the address is locked; the login form shows a French message for it. */
export class LoginLockedError extends Error {
  constructor(public readonly lockedUntil: Date) {
    super(LOGIN_LOCKED_ERROR);
  }
}

// A reset password that was never used stops working after this delay; the current one goes on.
export const PENDING_PASSWORD_VALIDITY_MS = 7 * 24 * 3600 * 1000;

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

/**
 * Checks an e-mail/password pair and records the attempt in the connection log. A password issued by
 * the lost-password procedure replaces the old one only when it is first used. Repeated failures lock
 * the identifier (and, further on, the address) for a while, even for unknown identifiers, so a lock
 * reveals nothing about which accounts exist.
 */
export async function authenticate(input: unknown, request: RequestInfo): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const log = (event: "LOGIN_FAILURE" | "ACCOUNT_LOCKED", userId: string | null) =>
    db.connectionLog.create({
      data: { event, identifier: email, userId, ip: request.ip, userAgent: request.userAgent },
    });
  const throttleKeys = loginThrottleKeys(email, request.ip);

  const lockedUntil = await loginLockedUntil(throttleKeys);
  if (lockedUntil) {
    await log("LOGIN_FAILURE", user?.id ?? null);
    throw new LoginLockedError(lockedUntil);
  }
  const usesCurrent =
    user?.active === true ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDecoy(password);
  const pendingStillValid =
    user?.pendingPasswordAt != null && Date.now() - user.pendingPasswordAt.getTime() < PENDING_PASSWORD_VALIDITY_MS;
  const pendingHash = user?.active === true && pendingStillValid ? user.pendingPasswordHash : null;
  const adoptedPendingHash =
    !usesCurrent && pendingHash !== null && (await verifyPassword(password, pendingHash)) ? pendingHash : null;
  const usesPending = adoptedPendingHash !== null;
  if (!user || (!usesCurrent && !usesPending)) {
    await log("LOGIN_FAILURE", user?.id ?? null);
    const newlyLocked = await recordLoginFailure(throttleKeys);
    if (newlyLocked.length > 0) await log("ACCOUNT_LOCKED", user?.id ?? null);
    return null;
  }
  await clearLoginFailures(email);
  await db.$transaction([
    db.user.update({
      where: { id: user.id },
      data: {
        lastLoginAt: new Date(),
        ...(adoptedPendingHash !== null
          ? {
              passwordHash: adoptedPendingHash,
              pendingPasswordHash: null,
              pendingPasswordAt: null,
              mustChangePassword: true,
            }
          : {}),
      },
    }),
    db.connectionLog.create({
      data: {
        event: "LOGIN_SUCCESS",
        identifier: email,
        userId: user.id,
        ip: request.ip,
        userAgent: request.userAgent,
      },
    }),
  ]);
  return {
    id: user.id,
    email: user.email,
    name: `${user.firstName} ${user.lastName}`,
    role: user.role,
    sessionVersion: user.sessionVersion,
  };
}
