import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Role } from "@/lib/generated/prisma/enums";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Adresse électronique invalide.")),
  password: z.string().min(1, "Mot de passe obligatoire.").max(200),
});

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

/**
 * Checks an e-mail/password pair and records the attempt in the connection log. A password issued by
 * the lost-password procedure replaces the old one only when it is first used.
 */
export async function authenticate(input: unknown, request: RequestInfo): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const log = (event: "LOGIN_SUCCESS" | "LOGIN_FAILURE", userId: string | null) =>
    db.connectionLog.create({ data: { event, identifier: email, userId, ip: request.ip, userAgent: request.userAgent } });

  if (!user || !user.active) {
    await log("LOGIN_FAILURE", user?.id ?? null);
    return null;
  }
  const usesCurrent = await verifyPassword(password, user.passwordHash);
  const usesPending = !usesCurrent && user.pendingPasswordHash !== null && (await verifyPassword(password, user.pendingPasswordHash));
  if (!usesCurrent && !usesPending) {
    await log("LOGIN_FAILURE", user.id);
    return null;
  }
  await db.$transaction([
    db.user.update({
      where: { id: user.id },
      data: {
        lastLoginAt: new Date(),
        ...(usesPending ? { passwordHash: user.pendingPasswordHash!, pendingPasswordHash: null, pendingPasswordAt: null, mustChangePassword: true } : {}),
      },
    }),
    db.connectionLog.create({ data: { event: "LOGIN_SUCCESS", identifier: email, userId: user.id, ip: request.ip, userAgent: request.userAgent } }),
  ]);
  return { id: user.id, email: user.email, name: `${user.firstName} ${user.lastName}`, role: user.role, sessionVersion: user.sessionVersion };
}
