import "server-only";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** A convention lists every facility asked for: those outside the catalogue must be accepted first. */
export async function requireNewFacilitiesResolved(tx: Tx, requestId: string) {
  const pending = await tx.habilitationRequestNewFacility.count({ where: { requestId, facilityId: null } });
  if (pending > 0)
    throw new DomainError(
      `Acceptez ou rattachez d'abord ${pending > 1 ? `les ${pending} structures` : "la structure"} hors catalogue de la demande.`,
      409,
    );
}
