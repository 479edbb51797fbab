import "server-only";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

export const cafConnectionLogQuerySchema = z.object({
  departement: z
    .string()
    .trim()
    .regex(/^(\d{2,3}|2[AB])$/, "Département invalide.")
    .optional(),
  page: pageNumberSchema,
});

const PAGE_SIZE = 50;
export const EXPORT_MAX_ROWS = 50_000;

/**
 * The connection log of the people under a Caf (its agents and everyone listed in one of its
 * conventions), so the Caf can check the conventions are respected (SPEC §4.8). A Caf agent sees their
 * own Caf only; the Cnaf admin picks one by département.
 */
export async function listCafConnectionLog(actor: SessionUser, input: unknown, options: { exportAll?: boolean } = {}) {
  const parsed = cafConnectionLogQuerySchema.safeParse(input);
  if (!parsed.success) throw new AccessDeniedError(404, "Caf introuvable.");
  const query = parsed.data;
  const cafWhere =
    actor.role === "CAF_AGENT"
      ? { id: actor.cafId ?? "" }
      : actor.role === "CNAF_ADMIN" && query.departement
        ? { departementCode: query.departement }
        : null;
  if (!cafWhere)
    throw new AccessDeniedError(
      actor.role === "CNAF_ADMIN" ? 404 : 403,
      "Ce journal n'est pas accessible avec votre habilitation.",
    );
  const caf = await db.caf.findFirst({ where: cafWhere, select: { id: true, name: true, departementCode: true } });
  if (!caf) throw new AccessDeniedError(404, "Caf introuvable.");

  const where: Prisma.ConnectionLogWhereInput = {
    user: { OR: [{ cafId: caf.id }, { conventionPeople: { some: { convention: { cafId: caf.id } } } }] },
  };
  const [total, entries] = await Promise.all([
    db.connectionLog.count({ where }),
    db.connectionLog.findMany({
      where,
      orderBy: { at: "desc" },
      skip: options.exportAll ? 0 : (query.page - 1) * PAGE_SIZE,
      take: options.exportAll ? EXPORT_MAX_ROWS : PAGE_SIZE,
      select: {
        id: true,
        at: true,
        event: true,
        method: true,
        identifier: true,
        ip: true,
        userAgent: true,
        user: { select: { firstName: true, lastName: true, personalNumber: true } },
      },
    }),
  ]);
  return {
    caf,
    total,
    page: query.page,
    pageCount: Math.max(Math.ceil(total / PAGE_SIZE), 1),
    rows: entries.map(({ user, identifier, ...entry }) => ({
      ...entry,
      person: {
        identifier,
        name: user ? `${user.firstName} ${user.lastName}` : null,
        personalNumber: user?.personalNumber ?? null,
      },
    })),
  };
}
