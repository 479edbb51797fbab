import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { assessSignIn, recordSignInFailure, signInThrottleKeys } from "@/lib/auth/sign-in-throttle";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { SessionUser } from "@/lib/auth/session";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel.").max(200),
    newPassword: newPasswordSchema,
    confirmation: z.string(),
  })
  .refine((input) => input.confirmation === input.newPassword, {
    path: ["confirmation"],
    error: "La confirmation ne correspond pas au nouveau mot de passe.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    error: "Le nouveau mot de passe doit être différent du mot de passe actuel.",
  });

/**
 * Replaces the signed-in person's password (the generated one at first login, or any time). The session
 * version is bumped, which ends every other session of the account at once. A wrong current password
 * counts as a failed login, so this form cannot be used to guess it. Bad input, like a wrong current
 * password, is thrown as a ZodError on its field; answers the new session version.
 */
export async function changePassword(
  actor: SessionUser,
  input: unknown,
  request: RequestInfo,
): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  // Guessing the current password here is slowed down like signing in, from the same counters.
  const throttleKeys = signInThrottleKeys(user.email, request.ip);
  const { waitSeconds } = await assessSignIn(throttleKeys);
  if (waitSeconds > 0)
    throw new DomainError(
      `Plusieurs tentatives ont échoué : patientez ${waitSeconds} secondes avant de réessayer.`,
      429,
    );
  if (user.passwordHash === null || !(await verifyPassword(currentPassword, user.passwordHash))) {
    await recordSignInFailure(throttleKeys);
    throw new z.ZodError([
      { code: "custom", path: ["currentPassword"], message: "Le mot de passe actuel est incorrect.", input: undefined },
    ]);
  }
  const passwordHash = await hashPassword(newPassword);
  const updated = await db.$transaction(async (tx) => {
    const saved = await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        pendingPasswordHash: null,
        pendingPasswordAt: null,
        sessionVersion: { increment: 1 },
      },
    });
    await tx.connectionLog.create({
      data: {
        event: "PASSWORD_CHANGED",
        identifier: user.email,
        userId: user.id,
        ip: request.ip,
        userAgent: request.userAgent,
      },
    });
    await recordAuditEvent(
      actor,
      { action: "user.change_password", entityType: "User", entityId: user.id, cafId: user.cafId },
      tx,
    );
    return saved;
  });
  return { sessionVersion: updated.sessionVersion };
}
