import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import type { ConventionStatus } from "@/lib/generated/prisma/client";
import { LIVE_CONVENTION_STATUSES } from "@/lib/conventions/convention-state-machine";

const LIVE: ConventionStatus[] = [...LIVE_CONVENTION_STATUSES];
// The duty to attest the destruction of families' data outlives the convention (article 2).
const ATTESTING: ConventionStatus[] = [...LIVE, "TERMINATED"];

async function infoPointsListing(actor: SessionUser, statuses: ConventionStatus[]) {
  if (actor.role !== "INFO_POINT_USER" && actor.role !== "PROVIDER_USER")
    throw new AccessDeniedError(403, "Votre habilitation ne permet pas cette action.");
  const conventions = await db.convention.findMany({
    where: {
      type: "INFO_POINT",
      status: { in: statuses },
      infoPointId: { not: null },
      people: { some: { userId: actor.id, removedAt: null, suspendedAt: null } },
    },
    select: { infoPoint: { select: { id: true, name: true } } },
  });
  const unique = new Map(conventions.flatMap((c) => (c.infoPoint ? [[c.infoPoint.id, c.infoPoint] as const] : [])));
  return [...unique.values()];
}

/** The information points a person works for: live information-point conventions that list them. */
export function infoPointsOf(actor: SessionUser): Promise<{ id: string; name: string }[]> {
  return infoPointsListing(actor, LIVE);
}

/** The information points for which a person may sign destruction attestations, ended conventions included. */
export function attestingInfoPointsOf(actor: SessionUser): Promise<{ id: string; name: string }[]> {
  return infoPointsListing(actor, ATTESTING);
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

/** The people who may sign an information point's destruction attestations and can still sign in. */
export async function attestingPeopleOf(infoPointId: string): Promise<{ email: string; firstName: string }[]> {
  const people = await db.conventionPerson.findMany({
    where: {
      removedAt: null,
      suspendedAt: null,
      user: { active: true },
      convention: { type: "INFO_POINT", infoPointId, status: { in: ATTESTING } },
    },
    select: { user: { select: { email: true, firstName: true } } },
  });
  const unique = new Map(people.flatMap((p) => (p.user ? [[p.user.email, p.user] as const] : [])));
  return [...unique.values()];
}
