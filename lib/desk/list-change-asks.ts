import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

const DAY_MS = 86_400_000;
const MAX_ASKS = 100;

/** Partners' open asks for a change of their convention, oldest first: tasks waiting for an avenant. */
export async function listChangeAsks(actor: SessionUser, now = new Date()) {
  const asks = await db.changeAsk.findMany({
    where: { ...cafScopeOf(actor), status: "OPEN" },
    select: {
      id: true,
      details: true,
      createdAt: true,
      convention: { select: { id: true, number: true, provider: { select: { legalName: true } } } },
      requestedBy: { select: { firstName: true, lastName: true } },
      assignee: { select: { id: true, firstName: true, lastName: true } },
    },
    orderBy: { createdAt: "asc" },
    take: MAX_ASKS,
  });
  return asks.map((ask) => ({ ...ask, daysWaiting: Math.floor((now.getTime() - ask.createdAt.getTime()) / DAY_MS) }));
}
