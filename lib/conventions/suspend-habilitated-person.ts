import "server-only";
import { createElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueueEmail } from "@/lib/email/outbox";
import { DomainError } from "@/lib/errors";
import { LeaverReportedEmail } from "@/emails/leaver-reported-email";
import { isLiveConvention } from "./convention-state-machine";
import { revokeAccountsWithoutScope } from "./revoke-accounts-without-scope";

export const suspensionSchema = z.object({
  conventionPersonId: z.string().min(1).max(40),
  reason: z
    .string({ error: "Motif : champ obligatoire." })
    .trim()
    .min(3, "Motif : 3 caractères au minimum (par exemple « départ de la structure »).")
    .max(500, "Motif : 500 caractères au maximum."),
});

const PARTNER_ROLES: readonly string[] = ["PROVIDER_USER", "INFO_POINT_USER"];

/**
 * A habilitated person left (SPEC §4.5): their access under this convention is suspended at once,
 * before the avenant that removes them from Annex 1 is signed. Acting users: an agent of the
 * convention's Caf (or the Cnaf), or another habilitated person of the same convention reporting
 * the departure from the partner space — then the Caf is told by e-mail.
 */
export async function suspendHabilitatedPerson(actor: SessionUser, input: unknown) {
  const { conventionPersonId, reason } = suspensionSchema.parse(input);
  const byPartner = PARTNER_ROLES.includes(actor.role);
  const person = await db.conventionPerson.findUnique({
    where: { id: conventionPersonId },
    include: { convention: { include: { provider: { select: { legalName: true } }, caf: true } } },
  });
  const inScope =
    person &&
    (byPartner
      ? (await db.conventionPerson.count({
          where: { conventionId: person.conventionId, userId: actor.id, removedAt: null, suspendedAt: null },
        })) > 0
      : !cafScopeOf(actor).cafId || cafScopeOf(actor).cafId === person.convention.cafId);
  if (!person || !inScope) throw new AccessDeniedError(404, "Personne introuvable.");
  if (byPartner && person.userId === actor.id)
    throw new DomainError(
      "Vous ne pouvez pas signaler votre propre départ : demandez-le à un collègue ou à la Caf.",
      422,
    );
  if (!isLiveConvention(person.convention.status))
    throw new DomainError("La convention n'est pas en vigueur : il n'y a pas d'accès à suspendre.", 409);
  if (person.removedAt) throw new DomainError("Cette personne ne figure plus dans l'annexe.", 409);

  const now = new Date();
  return db.$transaction(async (tx) => {
    const updated = await tx.conventionPerson.updateMany({
      where: { id: person.id, suspendedAt: null, removedAt: null },
      data: { suspendedAt: now, suspendedById: actor.id, suspensionReason: reason },
    });
    if (updated.count !== 1) throw new DomainError("L'accès de cette personne est déjà suspendu.", 409);
    const revoked = await revokeAccountsWithoutScope(tx, person.userId ? [person.userId] : [], now);
    await recordAuditEvent(
      actor,
      {
        action: "convention.person.suspend",
        entityType: "Convention",
        entityId: person.conventionId,
        cafId: person.convention.cafId,
        reason,
        data: { conventionPersonId: person.id, email: person.email, accountDeactivated: revoked > 0, byPartner },
      },
      tx,
    );
    if (byPartner) {
      await enqueueEmail(
        {
          template: "leaver-reported",
          to: person.convention.caf.email,
          subject: `Départ signalé — convention ${person.convention.number}`,
          body: createElement(LeaverReportedEmail, {
            conventionNumber: person.convention.number,
            partnerName: person.convention.provider.legalName,
            personName: `${person.firstName} ${person.lastName}`,
            reason,
            conventionUrl: `${env.APP_URL}/caf/conventions/${person.conventionId}`,
          }),
        },
        tx,
      );
    }
    return { suspendedAt: now, accountDeactivated: revoked > 0 };
  });
}
