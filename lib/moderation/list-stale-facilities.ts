import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { staleBefore } from "@/lib/availability/freshness";

const PAGE_SIZE = 30;

/** Open EAJE whose published availabilities are more than a week old (index on the update date). */
export function staleAvailabilityFilter(now: Date = new Date()) {
  return {
    isEaje: true,
    status: "OPEN" as const,
    currentAvailabilityPublicationId: { not: null },
    availabilitiesUpdatedAt: { lt: staleBefore(now) },
  };
}

/** The Caf's EAJE with stale availabilities, oldest update first. */
export async function listStaleFacilities(actor: SessionUser, page = 1) {
  const where = { ...cafScopeOf(actor), ...staleAvailabilityFilter() };
  const [count, facilities] = await Promise.all([
    db.facility.count({ where }),
    db.facility.findMany({
      where,
      select: {
        id: true,
        name: true,
        availabilitiesUpdatedAt: true,
        lastAvailabilityReminderAt: true,
        commune: { select: { name: true } },
      },
      orderBy: [{ availabilitiesUpdatedAt: "asc" }, { id: "asc" }],
      skip: (Math.max(page, 1) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { count, pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)), facilities };
}
