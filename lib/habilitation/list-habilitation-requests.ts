// No `server-only` import: the production server serves the Caf's request list with it, outside Next
// (scripts/lib/plain-html-pages.ts).
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { queryPrepared } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionType, HabilitationStatus } from "@/lib/generated/prisma/enums";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { statusFilterSchema } from "./status-filter";

export const requestListQuerySchema = z.object({
  status: statusFilterSchema,
  type: z.enum(["STRUCTURES", "INFO_POINT"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageNumberSchema,
});

export const REQUESTS_PAGE_SIZE = 25;

type RequestRow = {
  id: string;
  reference: string;
  type: ConventionType;
  status: HabilitationStatus;
  legalName: string;
  submittedAt: Date;
  statusChangedAt: Date;
  people: number;
  facilities: number;
  communes: number;
};

/**
 * The agent's queue: filters, search on reference / organisation / SIRET, oldest first within a status.
 * Every visit of the desk reads it: two prepared statements (planned once per connection, one text per
 * combination of filters) rather than Prisma's queries, whose compiler and mapping cost the request several
 * times what PostgreSQL spends (issue 23). The search is Prisma's `contains` (ILIKE) and `startsWith`
 * (LIKE), whose wildcards it never escaped.
 */
export async function listHabilitationRequests(actor: SessionUser, rawQuery: unknown) {
  const query = requestListQuerySchema.parse(rawQuery);
  const { cafId } = cafScopeOf(actor);
  const conditions = [
    ...(cafId ? [Prisma.sql`r."cafId" = ${cafId}`] : []),
    ...(query.status ? [Prisma.sql`r.status = ${query.status}::"HabilitationStatus"`] : []),
    ...(query.type ? [Prisma.sql`r.type = ${query.type}::"ConventionType"`] : []),
    ...(query.q
      ? [
          Prisma.sql`(r.reference ILIKE ${`%${query.q}%`} OR r."legalName" ILIKE ${`%${query.q}%`}
            OR r.siret LIKE ${`${query.q.replace(/\s/g, "")}%`})`,
        ]
      : []),
  ];
  const where = conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`;
  const [[counted], requests] = await Promise.all([
    queryPrepared<{ total: number }>(
      Prisma.sql`SELECT count(*)::int AS total FROM "HabilitationRequest" r WHERE ${where}`,
    ),
    queryPrepared<RequestRow>(Prisma.sql`
      SELECT r.id, r.reference, r.type::text AS type, r.status::text AS status, r."legalName",
        r."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", r."statusChangedAt" AT TIME ZONE 'UTC' AS "statusChangedAt",
        (SELECT count(*)::int FROM "HabilitationRequestPerson" x WHERE x."requestId" = r.id) AS people,
        (SELECT count(*)::int FROM "HabilitationRequestFacility" x WHERE x."requestId" = r.id) AS facilities,
        (SELECT count(*)::int FROM "HabilitationRequestCommune" x WHERE x."requestId" = r.id) AS communes
      FROM "HabilitationRequest" r WHERE ${where}
      ORDER BY r."submittedAt", r.id
      LIMIT ${REQUESTS_PAGE_SIZE} OFFSET ${(query.page - 1) * REQUESTS_PAGE_SIZE}`),
  ]);
  const total = counted?.total ?? 0;
  return {
    query,
    total,
    pageCount: Math.max(Math.ceil(total / REQUESTS_PAGE_SIZE), 1),
    requests: requests.map(({ people, facilities, communes, ...request }) => ({
      ...request,
      _count: { people, facilities, communes },
    })),
  };
}
