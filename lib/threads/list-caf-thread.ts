import "server-only";
import { THREAD_MESSAGES } from "./thread-message-select";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

/** The thread of a request or a convention of the agent's Caf, oldest first. */
export async function listCafThread(actor: SessionUser, target: { requestId: string } | { conventionId: string }) {
  const scope = cafScopeOf(actor);
  const found =
    "requestId" in target
      ? await db.habilitationRequest.findFirst({ where: { id: target.requestId, ...scope }, select: { id: true } })
      : await db.convention.findFirst({ where: { id: target.conventionId, ...scope }, select: { id: true } });
  if (!found) throw new AccessDeniedError(404, "Introuvable.");
  return db.message.findMany({ where: target, ...THREAD_MESSAGES });
}
