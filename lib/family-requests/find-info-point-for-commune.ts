import "server-only";
import { db } from "@/lib/db";
import { LIVE_CONVENTION_STATUSES } from "@/lib/conventions/convention-state-machine";

/** The information point habilitated for a commune: a live information-point convention listing it. */
export async function findInfoPointForCommune(communeInsee: string) {
  const row = await db.conventionCommune.findFirst({
    where: {
      communeInsee,
      removedAt: null,
      convention: {
        type: "INFO_POINT",
        status: { in: [...LIVE_CONVENTION_STATUSES] },
        infoPointId: { not: null },
      },
    },
    orderBy: { convention: { signedAt: "desc" } },
    select: {
      convention: {
        select: { id: true, infoPointId: true, infoPoint: { select: { id: true, name: true, cafId: true } } },
      },
    },
  });
  return row?.convention.infoPoint ? { conventionId: row.convention.id, ...row.convention.infoPoint } : null;
}
