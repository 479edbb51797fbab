import "server-only";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireCnaf } from "./require-cnaf";

const querySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  caf: z.string().max(40).optional().catch(undefined),
  active: z.enum(["1", "0"]).optional().catch(undefined),
  page: pageNumberSchema,
});

export const AGENTS_PAGE_SIZE = 25;

export async function listCafAgents(actor: SessionUser, rawQuery: unknown) {
  requireCnaf(actor);
  const query = querySchema.parse(rawQuery);
  const where: Prisma.UserWhereInput = {
    role: "CAF_AGENT",
    ...(query.caf ? { cafId: query.caf } : {}),
    ...(query.active ? { active: query.active === "1" } : {}),
    ...(query.q
      ? {
          OR: [
            { email: { contains: query.q.toLowerCase() } },
            { lastName: { contains: query.q, mode: "insensitive" } },
            { firstName: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, agents] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select: {
        id: true,
        personalNumber: true,
        firstName: true,
        lastName: true,
        email: true,
        active: true,
        lastLoginAt: true,
        caf: { select: { departementCode: true, name: true } },
      },
      orderBy: [{ lastName: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * AGENTS_PAGE_SIZE,
      take: AGENTS_PAGE_SIZE,
    }),
  ]);
  return { query, total, pageCount: Math.max(Math.ceil(total / AGENTS_PAGE_SIZE), 1), agents };
}
