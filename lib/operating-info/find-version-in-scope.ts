import "server-only";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

/** A submitted version of a facility of the agent's Caf (404 otherwise); the Cnaf reaches all. */
export async function findVersionInScope(actor: SessionUser, versionId: string, tx: Tx | typeof db = db) {
  const version = await tx.operatingInfoVersion.findFirst({
    where: { id: versionId, facility: cafScopeOf(actor) },
    include: {
      facility: {
        select: { id: true, name: true, cafId: true, publishedOperatingInfoId: true, caf: { select: { name: true } } },
      },
      submittedBy: { select: { email: true, firstName: true, lastName: true } },
    },
  });
  if (!version) throw new AccessDeniedError(404, "Version introuvable.");
  return version;
}
