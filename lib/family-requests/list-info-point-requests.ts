import "server-only";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { infoPointsOf } from "./info-point-scope";

export const RETRIEVAL_DEADLINE_DAYS = 15;
const PAGE_SIZE = 25;

export const familyRequestListQuerySchema = z.object({
  status: z.enum(["NEW", "DOWNLOADED", "HANDLED"]).optional().catch(undefined),
  page: pageNumberSchema,
});

/** The requests of the person's information points, newest first, with their retrieval deadline, and their destruction attestations. */
export async function listInfoPointRequests(actor: SessionUser, rawQuery: unknown) {
  const query = familyRequestListQuerySchema.parse(rawQuery);
  const infoPoints = await infoPointsOf(actor);
  const where = { infoPointId: { in: infoPoints.map((p) => p.id) }, ...(query.status ? { status: query.status } : {}) };
  const [total, attestations, requests] = await Promise.all([
    db.familyRequest.count({ where }),
    db.destructionAttestation.findMany({
      where: { infoPointId: { in: infoPoints.map((p) => p.id) } },
      select: { id: true, month: true, requestCount: true, finalAt: true },
      orderBy: { month: "desc" },
      take: 24,
    }),
    db.familyRequest.findMany({
      where,
      select: {
        id: true,
        reference: true,
        status: true,
        transmittedAt: true,
        firstDownloadedAt: true,
        handledAt: true,
        careKinds: true,
        personalDataDeletedAt: true,
        commune: { select: { name: true } },
      },
      orderBy: [{ transmittedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    query,
    total,
    infoPoints,
    attestations,
    pageCount: Math.max(Math.ceil(total / PAGE_SIZE), 1),
    requests: requests.map((r) => ({
      ...r,
      retrieveBy: new Date(r.transmittedAt.getTime() + RETRIEVAL_DEADLINE_DAYS * 86_400_000),
    })),
  };
}
