import "server-only";
import type { Tx } from "@/lib/db";
import type { HabilitationStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { canTransition, TransitionRefusedError } from "./habilitation-state-machine";

/**
 * Moves a request to `to` and records who, when and why. Compare-and-set on the current status, so
 * two agents acting at once cannot both succeed. `actor` is null when the requester acts through the
 * follow-up link (they have no account).
 */
export async function transitionRequest(
  tx: Tx,
  request: { id: string; status: HabilitationStatus },
  to: HabilitationStatus,
  actor: { id: string } | null,
  reason?: string,
) {
  if (!canTransition(request.status, to)) throw new TransitionRefusedError(request.status, to);
  const now = new Date();
  const updated = await tx.habilitationRequest.updateMany({
    where: { id: request.id, status: request.status },
    data: { status: to, statusChangedAt: now, ...(to === "REFUSED" ? { refusalReason: reason } : {}) },
  });
  if (updated.count !== 1)
    throw new DomainError("La demande vient d'être modifiée par quelqu'un d'autre : rechargez la page.", 409);
  await tx.habilitationRequestEvent.create({
    data: {
      requestId: request.id,
      fromStatus: request.status,
      toStatus: to,
      actorId: actor?.id ?? null,
      reason: reason ?? null,
      at: now,
    },
  });
}
