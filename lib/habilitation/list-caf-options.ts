import "server-only";
import { db } from "@/lib/db";

/** A Caf as the public forms offer it (its address is where the request goes). */
export type CafOption = {
  departementCode: string;
  departementName: string;
  name: string;
  email: string;
  phone: string | null;
};

/** The 101 Cafs for the public forms' "destination Caf" step. */
export async function listCafOptions(): Promise<CafOption[]> {
  const cafs = await db.caf.findMany({
    select: { departementCode: true, name: true, email: true, phone: true, departement: { select: { name: true } } },
    orderBy: { departementCode: "asc" },
  });
  return cafs.map(({ departement, ...caf }) => ({ ...caf, departementName: departement.name }));
}
