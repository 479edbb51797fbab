import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { LIVE_CONVENTION_STATUSES } from "@/lib/conventions/convention-state-machine";

/** Providers for which the person may publish availabilities of at least one EAJE: a key is tied to one of them. */
export async function apiKeyProvidersOf(actor: SessionUser): Promise<{ id: string; legalName: string }[]> {
  if (actor.role !== "PROVIDER_USER") return [];
  return db.provider.findMany({
    where: {
      conventions: {
        some: {
          status: { in: [...LIVE_CONVENTION_STATUSES] },
          people: { some: { userId: actor.id, removedAt: null, suspendedAt: null } },
          facilities: { some: { removedAt: null, availabilities: true } },
        },
      },
    },
    select: { id: true, legalName: true },
    orderBy: { legalName: "asc" },
  });
}
