import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export const RETENTION_MONTHS = 6;

export function retentionCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RETENTION_MONTHS);
  return cutoff;
}

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/**
 * Scheduled job (SPEC §6): families' personal data are deleted six months after transmission, and
 * each deletion is recorded in the destruction attestation of its information point and month.
 */
export async function purgeExpiredFamilyData(now = new Date()) {
  const expired = await db.familyRequest.findMany({
    where: { transmittedAt: { lt: retentionCutoff(now) }, personalDataDeletedAt: null },
    select: { id: true, reference: true, infoPointId: true, transmittedAt: true },
    orderBy: { transmittedAt: "asc" },
    take: 2000,
  });
  const groups = new Map<string, { infoPointId: string; month: string; ids: string[]; references: string[] }>();
  for (const request of expired) {
    const key = `${request.infoPointId}|${monthOf(request.transmittedAt)}`;
    const group = groups.get(key) ?? {
      infoPointId: request.infoPointId,
      month: monthOf(request.transmittedAt),
      ids: [],
      references: [],
    };
    group.ids.push(request.id);
    group.references.push(request.reference);
    groups.set(key, group);
  }
  const finalised = await db.$transaction(async (tx) => {
    // An attestation keeps the names it is first issued under (a later rename does not rewrite it).
    const points = await tx.infoPoint.findMany({
      where: { id: { in: [...new Set([...groups.values()].map((group) => group.infoPointId))] } },
      select: { id: true, name: true, caf: { select: { name: true } } },
    });
    const names = new Map(points.map((point) => [point.id, { infoPointName: point.name, cafName: point.caf.name }]));
    for (const group of groups.values()) {
      const issuedUnder = names.get(group.infoPointId);
      if (!issuedUnder) throw new Error(`Information point ${group.infoPointId} not found.`);
      // Only rows still holding data are counted, so a concurrent run cannot count them twice.
      const purged = await tx.familyRequest.updateMany({
        where: { id: { in: group.ids }, personalDataDeletedAt: null },
        data: {
          personalDataDeletedAt: now,
          contactFirstName: null,
          contactLastName: null,
          contactEmail: null,
          contactPhone: null,
          contactAddress: null,
          children: Prisma.DbNull,
          message: null,
          schedule: null,
        },
      });
      if (purged.count === 0) continue;
      const attestation = await tx.destructionAttestation.upsert({
        where: { infoPointId_month: { infoPointId: group.infoPointId, month: group.month } },
        create: {
          infoPointId: group.infoPointId,
          month: group.month,
          ...issuedUnder,
          requestCount: purged.count,
          references: group.references,
          destroyedAt: now,
        },
        update: { requestCount: { increment: purged.count }, references: { push: group.references }, destroyedAt: now },
      });
      await recordAuditEvent(
        null,
        {
          action: "family-data.purge",
          entityType: "DestructionAttestation",
          entityId: attestation.id,
          data: { month: group.month, count: purged.count },
        },
        tx,
      );
    }
    return finaliseCompleteAttestations(tx, now);
  });
  return { purged: expired.length, attestations: groups.size, finalised };
}

/**
 * Marks final the attestations no deletion can add to any more: their month is wholly past the retention, and
 * none of its requests still holds data (a backlog left by the batch size keeps it provisional until the next
 * run). Run even when nothing expired today: the month's last requests may have gone the day before.
 */
function finaliseCompleteAttestations(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  return tx.$executeRaw`
    UPDATE "DestructionAttestation" a SET "finalAt" = ${now}
    WHERE a."finalAt" IS NULL AND a.month < ${monthOf(retentionCutoff(now))}
      AND NOT EXISTS (
        SELECT 1 FROM "FamilyRequest" r
        WHERE r."infoPointId" = a."infoPointId" AND r."personalDataDeletedAt" IS NULL
          AND r."transmittedAt" >= (a.month || '-01')::timestamp
          AND r."transmittedAt" < (a.month || '-01')::timestamp + interval '1 month'
      )`;
}
