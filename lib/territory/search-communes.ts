import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { searchableText, startsWithIndexed } from "@/lib/text/normalize";

export const communeQuerySchema = z.object({
  departement: z
    .string()
    .regex(/^(\d{2}|2A|2B|97\d)$/, "Département invalide.")
    .optional(),
  q: z.string().trim().min(2, "Tapez au moins 2 caractères.").max(100, "Recherche trop longue."),
});

export type CommuneEntry = { inseeCode: string; name: string; postcodes: string[]; departementCode: string };

/** Communes by name prefix or postcode, largest first. */
export async function searchCommunes(query: z.infer<typeof communeQuerySchema>): Promise<CommuneEntry[]> {
  const isPostcode = /^\d{2,5}$/.test(query.q);
  const rows = await db.commune.findMany({
    where: {
      ...(query.departement ? { departementCode: query.departement } : {}),
      ...(isPostcode
        ? query.q.length === 5
          ? { postcodes: { has: query.q } }
          : { inseeCode: { startsWith: query.q } }
        : { searchName: startsWithIndexed(searchableText(query.q)) }),
    },
    select: { inseeCode: true, name: true, postcodes: true, departementCode: true },
    orderBy: [{ population: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    take: 20,
  });
  return rows;
}
