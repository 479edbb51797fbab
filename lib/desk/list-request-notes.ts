import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findRequestInScope } from "@/lib/habilitation/find-request-in-scope";

/** The agents' private notes on a request, oldest first. */
export async function listRequestNotes(actor: SessionUser, requestId: string) {
  await findRequestInScope(actor, requestId);
  return db.requestNote.findMany({
    where: { requestId },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, body: true, createdAt: true, author: { select: { firstName: true, lastName: true } } },
  });
}
