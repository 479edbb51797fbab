import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";

/** The information points a person works for: live information-point conventions that list them. */
export async function infoPointsOf(actor: SessionUser): Promise<{ id: string; name: string }[]> {
  if (actor.role !== "INFO_POINT_USER" && actor.role !== "PROVIDER_USER")
    throw new AccessDeniedError(403, "Votre habilitation ne permet pas cette action.");
  const conventions = await db.convention.findMany({
    where: {
      type: "INFO_POINT",
      status: { in: ["ACTIVE", "TERMINATION_NOTIFIED"] },
      infoPointId: { not: null },
      people: { some: { userId: actor.id, removedAt: null, suspendedAt: null } },
    },
    select: { infoPoint: { select: { id: true, name: true } } },
  });
  return conventions.flatMap((c) => (c.infoPoint ? [c.infoPoint] : []));
}

/** A family request of one of the person's information points; 404 for anything else. */
export async function findFamilyRequestInScope(actor: SessionUser, id: string) {
  const infoPoints = await infoPointsOf(actor);
  const request = await db.familyRequest.findFirst({
    where: { id, infoPointId: { in: infoPoints.map((p) => p.id) } },
    include: { commune: { select: { name: true, inseeCode: true } }, infoPoint: { select: { name: true } } },
  });
  if (!request) throw new AccessDeniedError(404, "Demande introuvable.");
  return request;
}
