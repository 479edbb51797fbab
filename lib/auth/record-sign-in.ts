import "server-only";
import { db } from "@/lib/db";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Role, SignInMethod } from "@/lib/generated/prisma/enums";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

/**
 * The last step of every way in (password, password and second factor, ProConnect): stamps the login,
 * logs it with its method, links a ProConnect subject on its first use, and, when the password given was the one sent by the lost-password
 * procedure, makes it the current one (to be changed at once).
 */
export async function recordSuccessfulSignIn(
  userId: string,
  method: SignInMethod,
  request: RequestInfo,
  options: { promotePendingPassword?: boolean; linkOidcSubject?: string } = {},
): Promise<AuthenticatedUser> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const promoted = options.promotePendingPassword === true ? user.pendingPasswordHash : null;
  await db.$transaction([
    db.user.update({
      where: { id: user.id },
      data: {
        lastLoginAt: new Date(),
        ...(options.linkOidcSubject ? { oidcSubject: options.linkOidcSubject } : {}),
        ...(promoted !== null
          ? {
              passwordHash: promoted,
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
        method,
        identifier: user.email,
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
