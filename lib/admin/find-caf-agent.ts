import "server-only";
import { db, type Tx } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/session";

export async function findCafAgent(agentId: string, tx: Tx | typeof db = db) {
  const agent = await tx.user.findFirst({
    where: { id: agentId, role: "CAF_AGENT" },
    include: { caf: { select: { name: true, departementCode: true } } },
  });
  if (!agent) throw new AccessDeniedError(404, "Agent introuvable.");
  return agent;
}
