import "server-only";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

/** An avenant of a convention of the agent's Caf (404 otherwise, so nothing leaks). */
export async function findAmendmentInScope(actor: SessionUser, amendmentId: string, tx: Tx | typeof db = db) {
  const amendment = await tx.amendment.findFirst({
    where: { id: amendmentId, convention: cafScopeOf(actor) },
    include: { convention: true },
  });
  if (!amendment) throw new AccessDeniedError(404, "Avenant introuvable.");
  return amendment;
}
