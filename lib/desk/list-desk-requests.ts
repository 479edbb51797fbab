import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deskQuerySchema, OPEN_REQUEST_STATUSES, type DeskQuery } from "./desk-query";

const PAGE_SIZE = 50;
// An export is the filtered list in one file; beyond this, the agent narrows the filters.
export const EXPORT_MAX_ROWS = 10_000;
const DAY_MS = 86_400_000;

function whereOf(actor: SessionUser, query: DeskQuery, now: Date): Prisma.HabilitationRequestWhereInput {
  return {
    ...cafScopeOf(actor),
    status: query.status ?? { in: [...OPEN_REQUEST_STATUSES] },
    ...(query.assignee === "moi"
      ? { assigneeId: actor.id }
      : query.assignee === "personne"
        ? { assigneeId: null }
        : query.assignee
          ? { assigneeId: query.assignee }
          : {}),
    ...(query.minDays !== undefined
      ? { statusChangedAt: { lte: new Date(now.getTime() - query.minDays * DAY_MS) } }
      : {}),
  };
}

/** The Caf's requests with what the desk shows: state, agent in charge, days waiting in that state. */
export async function listDeskRequests(
  actor: SessionUser,
  rawQuery: unknown,
  options: { forExport?: boolean } = {},
  now = new Date(),
) {
  const query = deskQuerySchema.parse(rawQuery);
  const where = whereOf(actor, query, now);
  const [total, rows] = await Promise.all([
    db.habilitationRequest.count({ where }),
    db.habilitationRequest.findMany({
      where,
      select: {
        id: true,
        reference: true,
        type: true,
        legalName: true,
        siret: true,
        status: true,
        submittedAt: true,
        statusChangedAt: true,
        assignee: { select: { id: true, firstName: true, lastName: true } },
      },
      orderBy: [{ statusChangedAt: query.sort === "anciennete" ? "asc" : "desc" }, { id: "asc" }],
      skip: options.forExport ? 0 : (query.page - 1) * PAGE_SIZE,
      take: options.forExport ? EXPORT_MAX_ROWS : PAGE_SIZE,
    }),
  ]);
  return {
    query,
    total,
    pageCount: Math.max(Math.ceil(total / PAGE_SIZE), 1),
    requests: rows.map((row) => ({
      ...row,
      daysWaiting: Math.floor((now.getTime() - row.statusChangedAt.getTime()) / DAY_MS),
    })),
  };
}

export type DeskRequest = Awaited<ReturnType<typeof listDeskRequests>>["requests"][number];
