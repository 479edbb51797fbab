import "server-only";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { LIVE_CONVENTION_STATUSES } from "./convention-state-machine";

/** Conventions in force that list the person: what their space shows and lets them act on. */
export function myConventionsWhere(actor: SessionUser) {
  if (actor.role !== "PROVIDER_USER" && actor.role !== "INFO_POINT_USER")
    throw new AccessDeniedError(403, "Votre habilitation ne permet pas cette action.");
  return {
    status: { in: [...LIVE_CONVENTION_STATUSES] },
    // A suspended person keeps no access to the convention, even while another one keeps their account.
    people: { some: { userId: actor.id, removedAt: null, suspendedAt: null } },
  };
}

/** One of the person's conventions in force; 404 for any other, so that nothing leaks. */
export async function findMyConvention(actor: SessionUser, conventionId: string, tx: Tx | typeof db = db) {
  const convention = await tx.convention.findFirst({ where: { id: conventionId, ...myConventionsWhere(actor) } });
  if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
  return convention;
}
