import "server-only";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

/** A catalogue entry of the agent's own Caf (404 for any other, so nothing leaks); the Cnaf reaches all. */
export async function findFacilityInScope(actor: SessionUser, id: string, tx: Tx | typeof db = db) {
  const facility = await tx.facility.findFirst({
    where: { id, ...cafScopeOf(actor) },
    include: { commune: true, caf: { select: { name: true, departementCode: true } } },
  });
  if (!facility) throw new AccessDeniedError(404, "Structure introuvable.");
  return facility;
}

/** The Caf whose catalogue the actor changes: always their own for an agent, the chosen one for the Cnaf. */
export async function targetCafOf(actor: SessionUser, requestedCafId: unknown, tx: Tx | typeof db = db) {
  const scope = cafScopeOf(actor);
  const cafId = scope.cafId ?? (typeof requestedCafId === "string" ? requestedCafId : "");
  const caf = await tx.caf.findUnique({
    where: { id: cafId },
    select: { id: true, name: true, departementCode: true },
  });
  if (!caf) throw new AccessDeniedError(404, "Caf introuvable.");
  return caf;
}
