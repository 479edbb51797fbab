import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { retentionCutoff, RETENTION_MONTHS } from "./purge-expired-family-data";

/** First instant (UTC) of the month `months` after the month of `date`. */
const monthStart = (date: Date, months: number) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));

export type AttestationDeadline = {
  // When the reminder may go: the start of the month in which the attestation is due.
  dueFrom: Date;
  // Exclusive: the attestation is late from this instant (the day after the end of the due month).
  dueBy: Date;
  late: boolean;
};

/**
 * The convention's rule (article 2) in one place. A request is due once it was transmitted more than six
 * months ago (the same cutoff as the platform's own purge); the information point attests within the
 * following month, i.e. by the end of the month after the one in which the six months ended. When its
 * convention has ended, everything transmitted before the end is due at once, with the same month's grace.
 */
export function attestationDeadline(
  transmittedAt: Date,
  conventionEndedAt: Date | null,
  now: Date,
): AttestationDeadline {
  let dueFrom = monthStart(transmittedAt, RETENTION_MONTHS + 1);
  let dueBy = monthStart(transmittedAt, RETENTION_MONTHS + 2);
  if (conventionEndedAt && transmittedAt <= conventionEndedAt) {
    if (conventionEndedAt < dueFrom) dueFrom = conventionEndedAt;
    const endDueBy = monthStart(conventionEndedAt, 2);
    if (endDueBy < dueBy) dueBy = endDueBy;
  }
  return { dueFrom, dueBy, late: now >= dueBy };
}

const MAX_ROWS = 5000;

/**
 * Requests that an attestation must cover and none covers yet, for the information points matching
 * `infoPointWhere`, oldest first, each with its deadline.
 */
export async function requestsAwaitingAttestation(infoPointWhere: Prisma.InfoPointWhereInput, now = new Date()) {
  const infoPoints = await db.infoPoint.findMany({
    where: infoPointWhere,
    select: {
      id: true,
      conventions: {
        where: { status: "TERMINATED", terminatedAt: { not: null } },
        select: { terminatedAt: true },
        orderBy: { terminatedAt: "desc" },
        take: 1,
      },
    },
  });
  if (infoPoints.length === 0) return [];
  const endedAt = new Map(
    infoPoints.flatMap((p) => (p.conventions[0]?.terminatedAt ? [[p.id, p.conventions[0].terminatedAt] as const] : [])),
  );
  const requests = await db.familyRequest.findMany({
    where: {
      infoPointId: { in: infoPoints.map((p) => p.id) },
      infoPointAttestationId: null,
      OR: [
        { transmittedAt: { lt: retentionCutoff(now) } },
        ...[...endedAt].map(([infoPointId, ended]) => ({ infoPointId, transmittedAt: { lte: ended } })),
      ],
    },
    select: {
      id: true,
      reference: true,
      transmittedAt: true,
      infoPointId: true,
      infoPoint: { select: { name: true, email: true } },
    },
    orderBy: [{ transmittedAt: "asc" }, { id: "asc" }],
    take: MAX_ROWS,
  });
  return requests.map((request) => ({
    ...request,
    ...attestationDeadline(request.transmittedAt, endedAt.get(request.infoPointId) ?? null, now),
  }));
}

export type AwaitingRequest = Awaited<ReturnType<typeof requestsAwaitingAttestation>>[number];
