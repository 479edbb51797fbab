import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueEmail } from "@/lib/email/outbox";
import { DomainError } from "@/lib/errors";
import { requireCnaf } from "@/lib/admin/require-cnaf";
import { findCafAgent } from "@/lib/admin/find-caf-agent";
import { SecondFactorResetEmail } from "@/emails/second-factor-reset-email";

const resetSchema = z.object({
  reason: z
    .string({ error: "Indiquez le motif de la réinitialisation." })
    .trim()
    .min(3, "Indiquez le motif de la réinitialisation.")
    .max(500, "Le motif dépasse 500 caractères."),
});

/**
 * An agent who lost both their authenticator and their recovery codes asks the Cnaf: the factor and the
 * codes are removed (the agent enrols again at the next sign-in), the reset is audited and logged, and
 * the agent is told by e-mail, so that a reset they did not ask for does not go unnoticed.
 */
export async function resetSecondFactor(actor: SessionUser, agentId: string, input: unknown) {
  requireCnaf(actor);
  const { reason } = resetSchema.parse(input);
  await db.$transaction(async (tx) => {
    const agent = await findCafAgent(agentId, tx);
    const { count } = await tx.totpFactor.deleteMany({ where: { userId: agent.id } });
    if (count === 0) throw new DomainError("Cet agent n'a pas de second facteur à réinitialiser.", 409);
    await tx.recoveryCode.deleteMany({ where: { userId: agent.id } });
    await tx.signInChallenge.deleteMany({ where: { userId: agent.id } });
    await recordAuditEvent(
      actor,
      { action: "user.second-factor-reset", entityType: "User", entityId: agent.id, cafId: agent.cafId, reason },
      tx,
    );
    await tx.connectionLog.create({
      data: { event: "SECOND_FACTOR_RESET", identifier: agent.email, userId: agent.id },
    });
    await enqueueEmail(
      {
        template: "second-factor-reset",
        to: agent.email,
        subject: "Votre second facteur a été réinitialisé — monenfant.fr",
        body: createElement(SecondFactorResetEmail, {
          firstName: agent.firstName,
          loginUrl: `${env.APP_URL}/connexion`,
        }),
      },
      tx,
    );
  });
}

/** When the person enrolled their factor, and how many recovery codes are left; null without a factor. */
export async function secondFactorStatus(userId: string) {
  const [factor, unusedRecoveryCodes] = await Promise.all([
    db.totpFactor.findUnique({ where: { userId }, select: { enrolledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return factor ? { enrolledAt: factor.enrolledAt, unusedRecoveryCodes } : null;
}
