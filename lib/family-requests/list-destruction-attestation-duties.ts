import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { attestingInfoPointsOf } from "./info-point-scope";
import { requestsAwaitingAttestation } from "./destruction-attestation-schedule";

/** For each information point the person may attest for: the requests awaiting an attestation, and those signed. */
export async function listDestructionAttestationDuties(actor: SessionUser, now = new Date()) {
  const infoPoints = await attestingInfoPointsOf(actor);
  const ids = infoPoints.map((p) => p.id);
  const [awaiting, signed] = await Promise.all([
    requestsAwaitingAttestation({ id: { in: ids } }, now),
    db.infoPointDestructionAttestation.findMany({
      where: { infoPointId: { in: ids } },
      select: { id: true, infoPointId: true, signedAt: true, signatoryName: true, references: true },
      orderBy: [{ signedAt: "desc" }, { id: "asc" }],
      take: 50,
    }),
  ]);
  return infoPoints.map((infoPoint) => ({
    ...infoPoint,
    awaiting: awaiting.filter((request) => request.infoPointId === infoPoint.id),
    signed: signed.filter((attestation) => attestation.infoPointId === infoPoint.id),
  }));
}
