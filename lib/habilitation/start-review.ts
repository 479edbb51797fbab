import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";

/** The agent takes the request in hand (received → in review). */
export async function startReview(actor: SessionUser, requestId: string) {
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    await transitionRequest(tx, request, "IN_REVIEW", actor);
    await recordAuditEvent(
      actor,
      { action: "habilitation.review", entityType: "HabilitationRequest", entityId: request.id, cafId: request.cafId },
      tx,
    );
  });
}
