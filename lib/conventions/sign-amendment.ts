import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { isoDay } from "@/lib/validation/dates";
import { applyAmendmentChanges, plannedChangesSchema, resolveAmendmentChanges } from "./amendment-changes";
import { isLiveConvention } from "./convention-state-machine";
import { findAmendmentInScope } from "./find-amendment-in-scope";
import { preparePasswords } from "./grant-accounts";
import { partySignatureSchema, recordPartySignature } from "./party-signature";
import { transitionAmendment } from "./transition-amendment";

/**
 * Records one party's signature of an avenant sent for signature. The second signature puts it in
 * force at once: Annex 1 changes, new people receive their passwords, removed people and facilities
 * leave the partner's space. Returns whether it is now in force.
 */
export async function signAmendment(actor: SessionUser, amendmentId: string, input: unknown) {
  const signature = partySignatureSchema.parse(input);
  const planned = plannedChangesSchema.parse((await findAmendmentInScope(actor, amendmentId)).plannedChanges ?? {});
  const passwords = await preparePasswords(planned.addPeople);
  return db.$transaction(async (tx) => {
    const amendment = await findAmendmentInScope(actor, amendmentId, tx);
    if (amendment.status !== "SENT")
      throw new DomainError("Les signatures s'enregistrent une fois l'avenant envoyé pour signature.", 409);
    const { columns, guard, effectiveAt } = recordPartySignature(amendment, signature);
    const updated = await tx.amendment.updateMany({ where: { id: amendment.id, ...guard }, data: columns });
    if (updated.count !== 1)
      throw new DomainError("L'avenant vient d'être modifié par quelqu'un d'autre : rechargez la page.", 409);
    let revokedAccounts = 0;
    if (effectiveAt) {
      const { convention } = amendment;
      if (!isLiveConvention(convention.status))
        throw new DomainError("La convention n'est plus en vigueur : l'avenant ne peut pas prendre effet.", 409);
      const signed = await transitionAmendment(tx, amendment, "SIGNED", actor);
      await transitionAmendment(tx, signed, "IN_FORCE", actor, { inForceAt: new Date() });
      const resolved = await resolveAmendmentChanges(tx, convention, planned);
      revokedAccounts = await applyAmendmentChanges(tx, convention, amendment.id, resolved, passwords);
    }
    await recordAuditEvent(
      actor,
      {
        action: effectiveAt ? "amendment.in-force" : "amendment.sign",
        entityType: "Convention",
        entityId: amendment.conventionId,
        cafId: amendment.convention.cafId,
        data: {
          number: amendment.number,
          party: signature.party,
          signedOn: isoDay(signature.signedOn),
          place: signature.place,
          signatory: signature.signatory,
          ...(effectiveAt ? { effectiveOn: isoDay(effectiveAt), revokedAccounts } : {}),
        },
      },
      tx,
    );
    return { inForce: effectiveAt !== null };
  });
}
