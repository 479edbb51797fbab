import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { searchableText } from "@/lib/text/normalize";
import { FACILITY_KIND_LABELS } from "@/lib/catalogue/facility-kinds";
import type { Prisma } from "@/lib/generated/prisma/client";

export const catalogueQuerySchema = z.object({
  departement: z.string().regex(/^(\d{2}|2A|2B|97\d)$/, "Département invalide."),
  q: z.string().trim().max(100, "Recherche trop longue.").default(""),
  eaje: z.enum(["0", "1"]).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export type CatalogueEntry = {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  isEaje: boolean;
  street: string;
  postcode: string;
  city: string;
};

const PAGE_SIZE = 20;

/**
 * Public picker of the habilitation forms: open facilities of one département, matched on name,
 * commune or postcode. Only catalogue data (no personal data).
 */
export async function searchCatalogue(query: z.infer<typeof catalogueQuerySchema>) {
  const terms = searchableText(query.q).split(" ").filter(Boolean);
  const where: Prisma.FacilityWhereInput = {
    departementCode: query.departement,
    status: "OPEN",
    ...(query.eaje === "1" ? { isEaje: true } : {}),
    AND: terms.map((term) => ({
      OR: [
        { name: { contains: term, mode: "insensitive" as const } },
        { commune: { searchName: { startsWith: term } } },
        { postcode: { startsWith: term } },
      ],
    })),
  };
  const [total, rows] = await Promise.all([
    db.facility.count({ where }),
    db.facility.findMany({
      where,
      select: {
        id: true,
        name: true,
        kind: true,
        isEaje: true,
        street: true,
        postcode: true,
        commune: { select: { name: true } },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  const entries: CatalogueEntry[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: FACILITY_KIND_LABELS[row.kind],
    isEaje: row.isEaje,
    street: row.street,
    postcode: row.postcode,
    city: row.commune.name,
  }));
  return { total, page: query.page, pageSize: PAGE_SIZE, entries };
}
