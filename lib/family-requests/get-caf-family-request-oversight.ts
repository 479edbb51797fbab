import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { RETRIEVAL_DEADLINE_DAYS } from "./list-info-point-requests";

export function overdueFilter(now = new Date()) {
  return {
    status: "NEW" as const,
    transmittedAt: { lt: new Date(now.getTime() - RETRIEVAL_DEADLINE_DAYS * 86_400_000) },
  };
}

/** What the Caf checks on its information points: requests not retrieved in time, destruction attestations. */
export async function getCafFamilyRequestOversight(actor: SessionUser) {
  const scope = cafScopeOf(actor);
  const [overdue, attestations] = await Promise.all([
    db.familyRequest.findMany({
      where: { ...scope, ...overdueFilter() },
      select: {
        id: true,
        reference: true,
        transmittedAt: true,
        commune: { select: { name: true } },
        infoPoint: { select: { name: true, email: true } },
      },
      orderBy: { transmittedAt: "asc" },
      take: 200,
    }),
    db.destructionAttestation.findMany({
      where: { infoPoint: scope },
      select: { id: true, month: true, requestCount: true, destroyedAt: true, infoPoint: { select: { name: true } } },
      orderBy: [{ month: "desc" }, { id: "asc" }],
      take: 100,
    }),
  ]);
  return { overdue, attestations };
}
