import "server-only";
import { createElement } from "react";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import type { ConventionType } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { GeneratedPasswordEmail } from "@/emails/generated-password-email";
import { HabilitationExtendedEmail } from "@/emails/habilitation-extended-email";
import { findAccountConflicts, roleGrantedBy } from "./find-account-conflicts";

type ConventionPersonRow = { id: string; firstName: string; lastName: string; email: string; jobTitle: string };
export type PreparedPassword = { plain: string; hash: string };

/** Generated passwords are hashed before the transaction opens (bcrypt is slow on purpose). */
export async function preparePasswords(people: { email: string }[]): Promise<Map<string, PreparedPassword>> {
  const entries = await Promise.all(
    people.map(async (person) => {
      const plain = generatePassword();
      return [person.email, { plain, hash: await hashPassword(plain) }] as const;
    }),
  );
  return new Map(entries);
}

/**
 * Gives each listed person their personal account: a new one with a generated password e-mailed to
 * them, or the existing one (same e-mail, same role) with this convention added to its scope. An e-mail
 * that belongs to an account of another role refuses the whole activation. Only the bcrypt
 * hash is stored; the e-mail carrying the password is scrubbed once sent.
 */
export async function grantAccounts(
  tx: Tx,
  convention: { number: string; type: ConventionType },
  people: ConventionPersonRow[],
  passwords: Map<string, PreparedPassword>,
) {
  const [conflict] = await findAccountConflicts(
    tx,
    convention.type,
    people.map((p) => p.email),
  );
  if (conflict) throw new DomainError(conflict.message, 409);
  const existing = new Map(
    (await tx.user.findMany({ where: { email: { in: people.map((p) => p.email) } } })).map((u) => [u.email, u]),
  );
  const loginUrl = `${env.APP_URL}/connexion`;
  for (const person of people) {
    const password = passwords.get(person.email);
    if (!password) throw new Error(`No password was prepared for ${person.email}`);
    const user = existing.get(person.email);
    let userId: string;
    if (user?.active) {
      userId = user.id;
      await enqueueEmail(
        {
          template: "habilitation-extended",
          to: person.email,
          subject: "Votre habilitation monenfant.fr est étendue",
          body: createElement(HabilitationExtendedEmail, {
            firstName: user.firstName,
            conventionNumber: convention.number,
            loginUrl,
          }),
        },
        tx,
      );
    } else {
      const account = {
        passwordHash: password.hash,
        mustChangePassword: true,
        pendingPasswordHash: null,
        active: true,
        deactivatedAt: null,
      };
      userId = user
        ? (await tx.user.update({ where: { id: user.id }, data: { ...account, sessionVersion: { increment: 1 } } })).id
        : (
            await tx.user.create({
              data: {
                ...account,
                email: person.email,
                firstName: person.firstName,
                lastName: person.lastName,
                jobTitle: person.jobTitle,
                role: roleGrantedBy(convention.type),
              },
            })
          ).id;
      await enqueueEmail(
        {
          template: "generated-password",
          to: person.email,
          subject: "Votre accès à l'espace partenaires monenfant.fr",
          sensitive: true,
          body: createElement(GeneratedPasswordEmail, {
            firstName: person.firstName,
            email: person.email,
            password: password.plain,
            loginUrl,
            reason: "activation",
          }),
        },
        tx,
      );
    }
    await tx.conventionPerson.update({ where: { id: person.id }, data: { userId } });
  }
}
