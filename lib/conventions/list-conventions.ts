import "server-only";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cafScopeOf } from "@/lib/auth/caf-scope";

export const conventionListQuerySchema = z.object({
  status: z
    .enum(["DRAFT", "SENT", "SIGNED", "ACTIVE", "TERMINATION_NOTIFIED", "TERMINATED"])
    .optional()
    .catch(undefined),
  // "bientot": terminations taking effect within the next 90 days.
  fin: z.enum(["bientot"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageNumberSchema,
});

export const CONVENTIONS_PAGE_SIZE = 25;
const ENDING_SOON_DAYS = 90;

export function endingSoonFilter(now = new Date()): Prisma.ConventionWhereInput {
  return {
    status: "TERMINATION_NOTIFIED",
    terminationEffectiveAt: { lte: new Date(now.getTime() + ENDING_SOON_DAYS * 86_400_000) },
  };
}

export async function listConventions(actor: SessionUser, rawQuery: unknown) {
  const query = conventionListQuerySchema.parse(rawQuery);
  const where: Prisma.ConventionWhereInput = {
    ...cafScopeOf(actor),
    ...(query.status ? { status: query.status } : {}),
    ...(query.fin === "bientot" ? endingSoonFilter() : {}),
    ...(query.q
      ? {
          OR: [
            { number: { contains: query.q, mode: "insensitive" } },
            { provider: { legalName: { contains: query.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [total, conventions] = await Promise.all([
    db.convention.count({ where }),
    db.convention.findMany({
      where,
      select: {
        id: true,
        number: true,
        type: true,
        status: true,
        signedAt: true,
        terminationEffectiveAt: true,
        provider: { select: { legalName: true } },
        request: { select: { infoPointName: true } },
        _count: { select: { people: { where: { removedAt: null } }, amendments: true } },
      },
      orderBy:
        query.fin === "bientot"
          ? [{ terminationEffectiveAt: "asc" }, { id: "asc" }]
          : [{ generatedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * CONVENTIONS_PAGE_SIZE,
      take: CONVENTIONS_PAGE_SIZE,
    }),
  ]);
  return { query, total, pageCount: Math.max(Math.ceil(total / CONVENTIONS_PAGE_SIZE), 1), conventions };
}
