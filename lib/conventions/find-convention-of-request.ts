import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** The convention produced for a habilitation request (the caller has checked the request's scope). */
export async function findConventionOfRequest(requestId: string, tx: Tx | typeof db = db) {
  const convention = await tx.convention.findUnique({ where: { requestId } });
  if (!convention) throw new DomainError("Produisez d'abord la convention.", 409);
  return convention;
}
