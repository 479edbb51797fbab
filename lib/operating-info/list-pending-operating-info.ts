import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";

const PAGE_SIZE = 20;

/** The Caf's validation queue, oldest submission first (index on status and submission date). */
export async function listPendingOperatingInfo(actor: SessionUser, page = 1) {
  const where = { status: "PENDING" as const, facility: cafScopeOf(actor) };
  const [count, versions] = await Promise.all([
    db.operatingInfoVersion.count({ where }),
    db.operatingInfoVersion.findMany({
      where,
      select: {
        id: true,
        submittedAt: true,
        submittedByPersonalNumber: true,
        facility: {
          select: {
            name: true,
            publishedOperatingInfoId: true,
            commune: { select: { name: true } },
            caf: { select: { departementCode: true } },
          },
        },
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (Math.max(page, 1) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { count, pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)), versions };
}
