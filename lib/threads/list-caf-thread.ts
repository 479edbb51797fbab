import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

const MAX_MESSAGES = 200;

/** The thread of a request or a convention of the agent's Caf, oldest first. */
export async function listCafThread(actor: SessionUser, target: { requestId: string } | { conventionId: string }) {
  const scope = cafScopeOf(actor);
  const found =
    "requestId" in target
      ? await db.habilitationRequest.findFirst({ where: { id: target.requestId, ...scope }, select: { id: true } })
      : await db.convention.findFirst({ where: { id: target.conventionId, ...scope }, select: { id: true } });
  if (!found) throw new AccessDeniedError(404, "Introuvable.");
  return db.message.findMany({
    where: target,
    orderBy: { createdAt: "asc" },
    take: MAX_MESSAGES,
    select: {
      id: true,
      from: true,
      body: true,
      createdAt: true,
      author: { select: { firstName: true, lastName: true } },
    },
  });
}
