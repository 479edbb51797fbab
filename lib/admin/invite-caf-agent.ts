import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueEmail } from "@/lib/email/outbox";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/errors";
import { GeneratedPasswordEmail } from "@/emails/generated-password-email";
import { personalName } from "@/lib/validation/text";
import { requireCnaf } from "./require-cnaf";

const inviteSchema = z.object({
  firstName: personalName("Prénom"),
  lastName: personalName("Nom"),
  email: z.email("Adresse électronique invalide.").trim().toLowerCase().max(200),
  jobTitle: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().max(100).nullable(),
  ),
  cafId: z.string({ error: "Choisissez la Caf de l'agent." }).min(1, "Choisissez la Caf de l'agent."),
});

/**
 * Opens a Caf agent account: a generated password (only its bcrypt hash is stored) e-mailed through
 * the outbox as a sensitive message, to be replaced at first login.
 */
export async function inviteCafAgent(actor: SessionUser, input: unknown) {
  requireCnaf(actor);
  const fields = inviteSchema.parse(input);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const caf = await tx.caf.findUnique({ where: { id: fields.cafId }, select: { id: true } });
    if (!caf) throw new AccessDeniedError(404, "Caf introuvable.");
    if (await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } })) {
      throw new DomainError("Un compte existe déjà avec cette adresse électronique.", 409);
    }
    const agent = await tx.user.create({
      data: { ...fields, role: "CAF_AGENT", passwordHash, mustChangePassword: true },
      select: { id: true, personalNumber: true },
    });
    await enqueueEmail(
      {
        template: "caf-agent-invitation",
        to: fields.email,
        subject: "Votre compte agent sur l'espace partenaires monenfant.fr",
        body: createElement(GeneratedPasswordEmail, {
          firstName: fields.firstName,
          email: fields.email,
          password,
          loginUrl: `${env.APP_URL}/connexion`,
          reason: "activation",
        }),
        sensitive: true,
      },
      tx,
    );
    await recordAuditEvent(
      actor,
      {
        action: "user.invite",
        entityType: "User",
        entityId: agent.id,
        cafId: caf.id,
        data: { email: fields.email, personalNumber: agent.personalNumber },
      },
      tx,
    );
    return agent;
  });
}
