import "server-only";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/validation/page-number";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { searchableText } from "@/lib/text/normalize";
import { FACILITY_KINDS } from "./facility-schema";

export const facilityListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(FACILITY_KINDS).optional().catch(undefined),
  status: z.enum(["OPEN", "CLOSED"]).optional().catch(undefined),
  // Only the Cnaf chooses a département; an agent always sees their own Caf.
  departement: z
    .string()
    .regex(/^(\d{2}|2A|2B|97\d)$/)
    .optional()
    .catch(undefined),
  page: pageNumberSchema,
});

export const FACILITIES_PAGE_SIZE = 25;

/** The back-office catalogue: search on name, identifier, commune or postcode; filters; paginated. */
export async function listFacilities(actor: SessionUser, rawQuery: unknown) {
  const query = facilityListQuerySchema.parse(rawQuery);
  const scope = cafScopeOf(actor);
  const terms = searchableText(query.q ?? "")
    .split(" ")
    .filter(Boolean);
  const where: Prisma.FacilityWhereInput = {
    ...scope,
    ...(!scope.cafId && query.departement ? { departementCode: query.departement } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.status ? { status: query.status } : {}),
    AND: terms.map((term) => ({
      OR: [
        { name: { contains: term, mode: "insensitive" as const } },
        { externalId: { startsWith: term, mode: "insensitive" as const } },
        { commune: { searchName: { startsWith: term } } },
        { postcode: { startsWith: term } },
      ],
    })),
  };
  const [total, facilities] = await Promise.all([
    db.facility.count({ where }),
    db.facility.findMany({
      where,
      select: {
        id: true,
        externalId: true,
        name: true,
        kind: true,
        status: true,
        postcode: true,
        departementCode: true,
        capacity: true,
        commune: { select: { name: true } },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * FACILITIES_PAGE_SIZE,
      take: FACILITIES_PAGE_SIZE,
    }),
  ]);
  return {
    query,
    total,
    pageCount: Math.max(Math.ceil(total / FACILITIES_PAGE_SIZE), 1),
    facilities,
    agentScoped: Boolean(scope.cafId),
  };
}
