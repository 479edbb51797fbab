import "server-only";
import type { Tx } from "@/lib/db";
import type { AmendmentStatus, Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { AMENDMENT_STATUS_NAMES, AMENDMENT_TRANSITIONS } from "./amendment-state-machine";

/** Moves an avenant to `to` (compare-and-set on its status) and records who, when and why. */
export async function transitionAmendment(
  tx: Tx,
  amendment: { id: string; status: AmendmentStatus },
  to: AmendmentStatus,
  actor: SessionUser,
  data: Prisma.AmendmentUpdateManyMutationInput = {},
) {
  if (!AMENDMENT_TRANSITIONS[amendment.status].includes(to)) {
    throw new DomainError(
      `Action impossible : un avenant « ${AMENDMENT_STATUS_NAMES[amendment.status]} » ne peut pas passer à « ${AMENDMENT_STATUS_NAMES[to]} ».`,
      409,
    );
  }
  const updated = await tx.amendment.updateMany({
    where: { id: amendment.id, status: amendment.status },
    data: { ...data, status: to },
  });
  if (updated.count !== 1)
    throw new DomainError("L'avenant vient d'être modifié par quelqu'un d'autre : rechargez la page.", 409);
  await tx.amendmentEvent.create({
    data: { amendmentId: amendment.id, fromStatus: amendment.status, toStatus: to, actorId: actor.id },
  });
  return { ...amendment, status: to };
}
