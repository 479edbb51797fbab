import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { RequestInfo } from "@/lib/auth/request-info";
import { recordSuccessfulSignIn, type AuthenticatedUser } from "@/lib/auth/record-sign-in";
import { secondFactorRequired } from "@/lib/auth/second-factor/enforce-staff-sign-in-policy";
import { PROCONNECT_ERRORS, type ProConnectError } from "@/lib/auth/oidc/proconnect-errors";

const claimsSchema = z.object({
  sub: z.string().min(1).max(255),
  email: z.string().trim().toLowerCase().pipe(z.email()).optional().catch(undefined),
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
  acr: z.string().max(255).optional().catch(undefined),
});

export type ProConnectSignIn = { ok: true; user: AuthenticatedUser } | { ok: false; error: ProConnectError };

/**
 * Signs a Caf agent or Cnaf administrator in from the provider's verified claims. The first time, the
 * provider's subject is linked to the staff account created beforehand with the same verified e-mail;
 * afterwards the subject alone identifies the account. An unknown identity is refused: no account is
 * ever created here. When the person needs a second factor, the provider's acr must say one was used.
 */
export async function signInWithProConnect(rawClaims: unknown, request: RequestInfo): Promise<ProConnectSignIn> {
  const parsed = claimsSchema.safeParse(rawClaims);
  if (!parsed.success) return { ok: false, error: PROCONNECT_ERRORS.unknownAccount };
  const claims = parsed.data;
  const identifier = claims.email ?? `proconnect:${claims.sub}`;
  const refuse = async (error: ProConnectError, userId: string | null = null): Promise<ProConnectSignIn> => {
    await db.connectionLog.create({
      data: {
        event: "LOGIN_FAILURE",
        method: "PROCONNECT",
        identifier,
        userId,
        ip: request.ip,
        userAgent: request.userAgent,
      },
    });
    return { ok: false, error };
  };

  const staffAccount = { role: { in: ["CAF_AGENT" as const, "CNAF_ADMIN" as const] }, active: true };
  const select = { id: true, role: true, oidcSubject: true, caf: { select: { requireSecondFactor: true } } };
  let user = await db.user.findFirst({ where: { oidcSubject: claims.sub, ...staffAccount }, select });
  if (!user) {
    const emailVerified = claims.email_verified === true || env.OIDC_EMAILS_VERIFIED_BY_PROVIDER;
    if (!claims.email) return refuse(PROCONNECT_ERRORS.unknownAccount);
    if (!emailVerified) return refuse(PROCONNECT_ERRORS.unverifiedEmail);
    user = await db.user.findFirst({ where: { email: claims.email, oidcSubject: null, ...staffAccount }, select });
    if (!user) return refuse(PROCONNECT_ERRORS.unknownAccount);
  }
  if (secondFactorRequired(user.role, user.caf) && !env.OIDC_SECOND_FACTOR_ACR_VALUES.includes(claims.acr ?? "")) {
    return refuse(PROCONNECT_ERRORS.secondFactorMissing, user.id);
  }
  return {
    ok: true,
    user: await recordSuccessfulSignIn(user.id, "PROCONNECT", request, {
      linkOidcSubject: user.oidcSubject ? undefined : claims.sub,
    }),
  };
}
