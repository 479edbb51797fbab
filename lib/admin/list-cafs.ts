import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireCnaf } from "./require-cnaf";

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100).catch(1).default(1),
});

export const CAFS_PAGE_SIZE = 25;

export async function listCafs(actor: SessionUser, rawQuery: unknown) {
  requireCnaf(actor);
  const query = querySchema.parse(rawQuery);
  const where: Prisma.CafWhereInput = query.q
    ? {
        OR: [
          { name: { contains: query.q, mode: "insensitive" } },
          { departementCode: { startsWith: query.q.toUpperCase() } },
          { city: { contains: query.q, mode: "insensitive" } },
        ],
      }
    : {};
  const [total, cafs] = await Promise.all([
    db.caf.count({ where }),
    db.caf.findMany({
      where,
      select: {
        id: true,
        departementCode: true,
        name: true,
        directorName: true,
        city: true,
        email: true,
        _count: { select: { agents: { where: { active: true } } } },
      },
      orderBy: { departementCode: "asc" },
      skip: (query.page - 1) * CAFS_PAGE_SIZE,
      take: CAFS_PAGE_SIZE,
    }),
  ]);
  return { query, total, pageCount: Math.max(Math.ceil(total / CAFS_PAGE_SIZE), 1), cafs };
}
