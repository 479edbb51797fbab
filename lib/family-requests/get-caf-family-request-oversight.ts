import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { RETRIEVAL_DEADLINE_DAYS } from "./list-info-point-requests";
import { requestsAwaitingAttestation } from "./destruction-attestation-schedule";

export function overdueFilter(now = new Date()) {
  return {
    status: "NEW" as const,
    transmittedAt: { lt: new Date(now.getTime() - RETRIEVAL_DEADLINE_DAYS * 86_400_000) },
  };
}

/**
 * What the Caf checks on its information points: requests not retrieved in time, the platform's own
 * deletion records, and the information points' destruction attestations (missing, late, signed).
 */
export async function getCafFamilyRequestOversight(actor: SessionUser, now = new Date()) {
  const scope = cafScopeOf(actor);
  const [overdue, attestations, awaiting, signed] = await Promise.all([
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
      select: {
        id: true,
        month: true,
        requestCount: true,
        destroyedAt: true,
        finalAt: true,
        infoPoint: { select: { name: true } },
      },
      orderBy: [{ month: "desc" }, { id: "asc" }],
      take: 100,
    }),
    requestsAwaitingAttestation(scope, now),
    db.infoPointDestructionAttestation.findMany({
      where: { infoPoint: scope },
      select: {
        id: true,
        signedAt: true,
        signatoryName: true,
        recordedBy: { select: { firstName: true, lastName: true } },
        references: true,
        infoPoint: { select: { name: true } },
      },
      orderBy: [{ signedAt: "desc" }, { id: "asc" }],
      take: 100,
    }),
  ]);
  const missing = new Map<
    string,
    { infoPointId: string; name: string; email: string | null; awaiting: number; late: number; firstDueBy: Date }
  >();
  for (const request of awaiting) {
    const row = missing.get(request.infoPointId) ?? {
      infoPointId: request.infoPointId,
      name: request.infoPoint.name,
      email: request.infoPoint.email,
      awaiting: 0,
      late: 0,
      firstDueBy: request.dueBy,
    };
    row.awaiting += 1;
    if (request.late) row.late += 1;
    if (request.dueBy < row.firstDueBy) row.firstDueBy = request.dueBy;
    missing.set(request.infoPointId, row);
  }
  const missingAttestations = [...missing.values()].sort((a, b) => b.late - a.late || a.name.localeCompare(b.name));
  return { overdue, attestations, missingAttestations, signedAttestations: signed };
}
