import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { statusFilterSchema } from "./status-filter";

export const requestListQuerySchema = z.object({
  status: statusFilterSchema,
  type: z.enum(["STRUCTURES", "INFO_POINT"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const REQUESTS_PAGE_SIZE = 25;

/** The agent's queue: filters, search on reference / organisation / SIRET, oldest first within a status. */
export async function listHabilitationRequests(actor: SessionUser, rawQuery: unknown) {
  const query = requestListQuerySchema.parse(rawQuery);
  const search = query.q?.replace(/\s/g, "");
  const where: Prisma.HabilitationRequestWhereInput = {
    ...cafScopeOf(actor),
    ...(query.status ? { status: query.status } : {}),
    ...(query.type ? { type: query.type } : {}),
    ...(query.q
      ? {
          OR: [
            { reference: { contains: query.q, mode: "insensitive" } },
            { legalName: { contains: query.q, mode: "insensitive" } },
            { siret: { startsWith: search } },
          ],
        }
      : {}),
  };
  const [total, requests] = await Promise.all([
    db.habilitationRequest.count({ where }),
    db.habilitationRequest.findMany({
      where,
      select: {
        id: true,
        reference: true,
        type: true,
        status: true,
        legalName: true,
        submittedAt: true,
        statusChangedAt: true,
        _count: { select: { people: true, facilities: true, communes: true } },
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * REQUESTS_PAGE_SIZE,
      take: REQUESTS_PAGE_SIZE,
    }),
  ]);
  return { query, total, pageCount: Math.max(Math.ceil(total / REQUESTS_PAGE_SIZE), 1), requests };
}
