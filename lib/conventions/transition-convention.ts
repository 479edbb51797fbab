import "server-only";
import type { Tx } from "@/lib/db";
import type { ConventionStatus, Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { CONVENTION_STATUS_NAMES, CONVENTION_TRANSITIONS } from "./convention-state-machine";

/** Moves a convention to `to` (compare-and-set on its status) and records who, when and why. */
export async function transitionConvention(
  tx: Tx,
  convention: { id: string; status: ConventionStatus },
  to: ConventionStatus,
  actor: SessionUser | null,
  data: Prisma.ConventionUpdateManyMutationInput = {},
  reason?: string,
) {
  if (!CONVENTION_TRANSITIONS[convention.status].includes(to)) {
    throw new DomainError(
      `Action impossible : une convention « ${CONVENTION_STATUS_NAMES[convention.status]} » ne peut pas passer à « ${CONVENTION_STATUS_NAMES[to]} ».`,
      409,
    );
  }
  const updated = await tx.convention.updateMany({
    where: { id: convention.id, status: convention.status },
    data: { ...data, status: to },
  });
  if (updated.count !== 1)
    throw new DomainError("La convention vient d'être modifiée par quelqu'un d'autre : rechargez la page.", 409);
  await tx.conventionEvent.create({
    data: {
      conventionId: convention.id,
      fromStatus: convention.status,
      toStatus: to,
      actorId: actor?.id ?? null,
      reason: reason ?? null,
    },
  });
}
