import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";
import { isoDay, pastOrTodayDate } from "@/lib/validation/dates";
import { DomainError } from "@/lib/errors";

export const SIGNING_PARTIES = { PARTNER: "le partenaire", CAF: "la Caf" } as const;

/** One party's signature, as written under the "Fait en double exemplaire" of a convention or an avenant. */
export const partySignatureSchema = z.object({
  party: z.enum(["PARTNER", "CAF"], "Indiquez quelle partie a signé."),
  signedOn: pastOrTodayDate("Date de signature"),
  place: requiredText("Lieu de signature", 100),
  signatory: requiredText("Signataire (nom et qualité)", 200),
});
export type PartySignature = z.output<typeof partySignatureSchema>;

type SignedDocument = {
  sentAt: Date | null;
  partnerSignedAt: Date | null;
  cafSignedAt: Date | null;
};

/**
 * The columns recording `signature` on a convention or an avenant, and — once both parties have
 * signed — the date it takes effect: the later of the two signatures.
 */
export function recordPartySignature(document: SignedDocument, signature: PartySignature) {
  const label = SIGNING_PARTIES[signature.party];
  if ((signature.party === "PARTNER" ? document.partnerSignedAt : document.cafSignedAt) !== null)
    throw new DomainError(`La signature de ${label} est déjà enregistrée.`, 409);
  if (document.sentAt && isoDay(signature.signedOn) < isoDay(document.sentAt))
    throw new DomainError("Date de signature : elle ne peut pas précéder l'envoi pour signature.", 422);
  const columns =
    signature.party === "PARTNER"
      ? {
          partnerSignedAt: signature.signedOn,
          partnerSignedPlace: signature.place,
          partnerSignatory: signature.signatory,
        }
      : { cafSignedAt: signature.signedOn, cafSignedPlace: signature.place, cafSignatory: signature.signatory };
  const other = signature.party === "PARTNER" ? document.cafSignedAt : document.partnerSignedAt;
  const effectiveAt = other ? (other > signature.signedOn ? other : signature.signedOn) : null;
  // The guard column makes the write a compare-and-set: two agents recording the same party cannot both succeed.
  const guard = signature.party === "PARTNER" ? { partnerSignedAt: null } : { cafSignedAt: null };
  return { columns, guard, effectiveAt };
}
