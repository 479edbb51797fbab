import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { hashInvitationToken } from "@/lib/auth/invitation-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";

export const INVALID_INVITATION_MESSAGE =
  "Ce lien d'invitation n'est plus valable (déjà utilisé, remplacé par une invitation plus récente, ou expiré). " +
  "Demandez à l'exploitant de relancer l'invitation.";

const acceptSchema = z
  .object({ newPassword: newPasswordSchema, confirmation: z.string() })
  .refine((input) => input.confirmation === input.newPassword, {
    path: ["confirmation"],
    error: "La confirmation ne correspond pas au mot de passe.",
  });

/** The invitation a link token opens, while it is open and unexpired. */
export async function findOpenInvitation(token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  return db.accountInvitation.findFirst({
    where: {
      tokenHash: hashInvitationToken(token),
      closedAt: null,
      expiresAt: { gt: new Date() },
      user: { active: true },
    },
    select: { id: true, user: { select: { id: true, email: true, personalNumber: true } } },
  });
}

/**
 * Sets the invited person's first password and closes the link (the token is the only proof of identity:
 * a link works once). Closing is a compare-and-set, so two submissions of the same link cannot both succeed.
 * Answers the account's e-mail address.
 */
export async function acceptInvitation(token: string, input: unknown): Promise<{ email: string }> {
  const invitation = await findOpenInvitation(token);
  if (!invitation) throw new DomainError(INVALID_INVITATION_MESSAGE, 409);
  const { newPassword } = acceptSchema.parse(input);
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const closed = await tx.accountInvitation.updateMany({
      where: { id: invitation.id, closedAt: null, expiresAt: { gt: now } },
      data: { closedAt: now },
    });
    if (closed.count === 0) throw new DomainError(INVALID_INVITATION_MESSAGE, 409);
    await tx.user.update({
      where: { id: invitation.user.id },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        sessionVersion: { increment: 1 },
      },
    });
    await recordAuditEvent(
      invitation.user,
      { action: "user.accept-invitation", entityType: "User", entityId: invitation.user.id },
      tx,
    );
    return { email: invitation.user.email };
  });
}
