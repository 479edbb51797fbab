import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { consumeCaptcha } from "@/lib/auth/captcha";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { GeneratedPasswordEmail } from "@/emails/generated-password-email";
import type { RequestInfo } from "@/lib/auth/request-info";

export const passwordResetSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email("Saisissez une adresse électronique valide, par exemple nom@domaine.fr.")),
  captcha: z
    .string({ error: "Attendez la fin de la vérification de sécurité, puis envoyez le formulaire." })
    .min(1, "Attendez la fin de la vérification de sécurité, puis envoyez le formulaire.")
    .max(4000),
});

const HOUR = 3600;
const PER_IDENTIFIER_PER_HOUR = 3;
const PER_ADDRESS_PER_HOUR = 20;

export type PasswordResetResult = { ok: true } | { ok: false; message?: string; fieldErrors: Record<string, string> };

/**
 * Lost password (SPEC §4.6), open to anyone: the answer is the same whether or not the identifier
 * exists. The new generated password is only a pending one: the current password keeps working until
 * the new one is first used (then it must be changed), so requesting resets cannot lock anyone out.
 */
export async function requestPasswordReset(input: unknown, request: RequestInfo): Promise<PasswordResetResult> {
  const parsed = passwordResetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, captcha } = parsed.data;
  const tooMany = {
    ok: false as const,
    message: "Trop de demandes de nouveau mot de passe. Réessayez dans une heure.",
    fieldErrors: {},
  };
  if (request.ip && !(await consumeRateLimit(`reset:ip:${request.ip}`, PER_ADDRESS_PER_HOUR, HOUR)).allowed)
    return tooMany;
  if (!(await consumeCaptcha(captcha))) {
    return {
      ok: false,
      fieldErrors: { captcha: "La vérification de sécurité a échoué ou a expiré. Une nouvelle est en cours." },
    };
  }
  // Per identifier *and* address: requests made elsewhere (an attacker's) never stop the owner's own.
  if (!(await consumeRateLimit(`reset:account:${email}|${request.ip ?? "?"}`, PER_IDENTIFIER_PER_HOUR, HOUR)).allowed)
    return tooMany;

  const user = await db.user.findUnique({ where: { email } });
  // Hash even for unknown identifiers, so the response time does not tell whether the account exists.
  const password = generatePassword();
  const pendingPasswordHash = await hashPassword(password);
  const eligible = user?.active === true;
  await db.$transaction(async (tx) => {
    await tx.connectionLog.create({
      data: {
        event: "PASSWORD_RESET_REQUESTED",
        identifier: email,
        userId: user?.id ?? null,
        ip: request.ip,
        userAgent: request.userAgent,
      },
    });
    if (!eligible) return;
    await tx.user.update({ where: { id: user.id }, data: { pendingPasswordHash, pendingPasswordAt: new Date() } });
    await enqueueEmail(
      {
        template: "generated-password",
        to: user.email,
        subject: "Votre nouveau mot de passe — monenfant.fr",
        body: createElement(GeneratedPasswordEmail, {
          firstName: user.firstName,
          email: user.email,
          password,
          loginUrl: `${env.APP_URL}/connexion`,
          reason: "reset",
        }),
        sensitive: true,
      },
      tx,
    );
  });
  return { ok: true };
}
