import "server-only";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { isoDay } from "@/lib/validation/dates";
import type { ConventionStatus } from "@/lib/generated/prisma/enums";
import { transitionConvention } from "./transition-convention";
import { recordPartySignature, type PartySignature } from "./party-signature";

/**
 * Records one party's signature of a convention sent for signature. Once both have signed, the
 * convention is signed and takes effect on the later date. Returns whether it is now signed.
 */
export async function signConvention(
  tx: Tx,
  actor: SessionUser,
  convention: {
    id: string;
    status: ConventionStatus;
    cafId: string;
    sentAt: Date | null;
    partnerSignedAt: Date | null;
    cafSignedAt: Date | null;
  },
  signature: PartySignature,
): Promise<{ signed: boolean }> {
  if (convention.status !== "SENT")
    throw new DomainError("Les signatures s'enregistrent une fois la convention envoyée pour signature.", 409);
  const { columns, guard, effectiveAt } = recordPartySignature(convention, signature);
  const updated = await tx.convention.updateMany({ where: { id: convention.id, ...guard }, data: columns });
  if (updated.count !== 1)
    throw new DomainError("La convention vient d'être modifiée par quelqu'un d'autre : rechargez la page.", 409);
  if (effectiveAt) await transitionConvention(tx, convention, "SIGNED", actor, { signedAt: effectiveAt });
  await recordAuditEvent(
    actor,
    {
      action: "convention.sign",
      entityType: "Convention",
      entityId: convention.id,
      cafId: convention.cafId,
      data: {
        party: signature.party,
        signedOn: isoDay(signature.signedOn),
        place: signature.place,
        signatory: signature.signatory,
        ...(effectiveAt ? { effectiveOn: isoDay(effectiveAt) } : {}),
      },
    },
    tx,
  );
  return { signed: effectiveAt !== null };
}
