import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findFamilyRequestInScope } from "./info-point-scope";

export async function markFamilyRequestHandled(actor: SessionUser, id: string) {
  const request = await findFamilyRequestInScope(actor, id);
  if (request.status === "HANDLED") return;
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.familyRequest.update({
      where: { id: request.id },
      data: {
        status: "HANDLED",
        handledAt: now,
        handledById: actor.id,
        firstDownloadedAt: request.firstDownloadedAt ?? now,
      },
    });
    await recordAuditEvent(
      actor,
      { action: "family-request.handle", entityType: "FamilyRequest", entityId: request.id, cafId: request.cafId },
      tx,
    );
  });
}
