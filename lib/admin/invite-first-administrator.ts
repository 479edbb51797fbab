import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { INVITATION_VALIDITY_MS, newInvitationToken } from "@/lib/auth/invitation-token";
import { DomainError } from "@/lib/errors";
import { AdministratorInvitationEmail } from "@/emails/administrator-invitation-email";
import { formatLongDateTime } from "@/lib/text/french-dates";

const emailSchema = z.email("--admin-email : adresse électronique invalide.").trim().toLowerCase().max(200).optional();

export type FirstAdministratorOutcome =
  { kind: "created"; email: string } | { kind: "reinvited"; email: string } | { kind: "unchanged"; message: string };

/** The administrator's account, opened without a password, at an address no other account has. */
async function createAdministrator(tx: Tx, email: string | undefined) {
  if (!email) throw new DomainError("Aucun administrateur Cnaf : indiquez le premier avec --admin-email <adresse>.");
  if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
    throw new DomainError(`L'adresse ${email} est déjà celle d'un compte qui n'est pas administrateur Cnaf.`);
  return tx.user.create({
    data: {
      email,
      firstName: "Administrateur",
      lastName: "national",
      role: "CNAF_ADMIN",
      passwordHash: null,
      mustChangePassword: false,
    },
    select: { id: true, email: true },
  });
}

/**
 * Opens the deployment's first Cnaf administrator account, with no password: a single-use link sent by
 * e-mail lets its owner choose one. Only run by the operator (`npm run db:setup`), never by a request.
 * While that person has not chosen a password, every run sends a fresh link and closes the previous ones.
 */
export async function inviteFirstAdministrator(input: { email?: string }): Promise<FirstAdministratorOutcome> {
  const parsed = emailSchema.safeParse(input.email);
  if (!parsed.success) throw new DomainError(parsed.error.issues.map((issue) => issue.message).join(" "));
  const email = parsed.data;
  return db.$transaction(async (tx) => {
    const administrators = await tx.user.findMany({
      where: { role: "CNAF_ADMIN" },
      select: { id: true, email: true, passwordHash: true, active: true },
      orderBy: { createdAt: "asc" },
    });
    const invited = email
      ? administrators.find((admin) => admin.email === email)
      : administrators.find((admin) => admin.passwordHash === null && admin.active);
    if (administrators.length > 0 && !invited)
      return {
        kind: "unchanged",
        message: `Un administrateur Cnaf existe déjà (${administrators[0]?.email ?? ""}) : aucun compte créé.`,
      };
    if (invited?.passwordHash)
      return { kind: "unchanged", message: `L'administrateur ${invited.email} a déjà choisi son mot de passe.` };

    const user = invited ?? (await createAdministrator(tx, email));
    const now = new Date();
    await tx.accountInvitation.updateMany({ where: { userId: user.id, closedAt: null }, data: { closedAt: now } });
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(now.getTime() + INVITATION_VALIDITY_MS);
    await tx.accountInvitation.create({ data: { userId: user.id, tokenHash, expiresAt } });
    await enqueueEmail(
      {
        template: "administrator-invitation",
        to: user.email,
        subject: "Votre compte d'administrateur national sur l'espace partenaires monenfant.fr",
        body: createElement(AdministratorInvitationEmail, {
          link: `${env.APP_URL}/invitation/${token}`,
          expiresAt: formatLongDateTime(expiresAt),
        }),
        sensitive: true,
      },
      tx,
    );
    await recordAuditEvent(
      null,
      {
        action: invited ? "user.reinvite" : "user.invite",
        entityType: "User",
        entityId: user.id,
        reason: "npm run db:setup",
      },
      tx,
    );
    return { kind: invited ? "reinvited" : "created", email: user.email };
  });
}
