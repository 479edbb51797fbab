import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

/** The active agents of the caller's Caf, for assignment and the assignee filter. */
export async function listDeskAgents(actor: SessionUser) {
  const scope = cafScopeOf(actor);
  return db.user.findMany({
    where: { role: "CAF_AGENT", active: true, ...(scope.cafId ? { cafId: scope.cafId } : { id: actor.id }) },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 200,
  });
}
