import "server-only";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

export async function findRequestInScope(actor: SessionUser, id: string, tx: Tx | typeof db = db) {
  const request = await tx.habilitationRequest.findFirst({ where: { id, ...cafScopeOf(actor) } });
  if (!request) throw new AccessDeniedError(404, "Demande introuvable.");
  return request;
}
