import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";

export type AuditActor = { id: string; personalNumber: number } | null;

export type AuditEntry = {
  action: string; // "<entity>.<verb>", e.g. "facility.update", "convention.activate"
  entityType: string;
  entityId: string;
  cafId?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
  apiKeyId?: string | null;
};

/** Records who did what, when (and why); call it inside the transaction that makes the change. */
export function recordAuditEvent(actor: AuditActor, entry: AuditEntry, tx: Tx | typeof db = db) {
  return tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorPersonalNumber: actor?.personalNumber ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      cafId: entry.cafId ?? null,
      reason: entry.reason ?? null,
      data: entry.data,
      apiKeyId: entry.apiKeyId ?? null,
    },
  });
}
