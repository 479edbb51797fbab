import "server-only";
import { db } from "@/lib/db";

/** The 101 Cafs for the public forms' "destination Caf" step. */
export async function listCafOptions() {
  const cafs = await db.caf.findMany({
    select: { departementCode: true, name: true, email: true, phone: true, departement: { select: { name: true } } },
    orderBy: { departementCode: "asc" },
  });
  return cafs.map(({ departement, ...caf }) => ({ ...caf, departementName: departement.name }));
}
