import "server-only";
import { db } from "@/lib/db";

/** The 101 Cafs as choices for the Cnaf's forms (agents never choose: their Caf is their own). */
export async function listCafChoices() {
  const cafs = await db.caf.findMany({
    select: { id: true, name: true, departementCode: true },
    orderBy: { departementCode: "asc" },
  });
  return cafs.map((caf) => ({
    id: caf.id,
    departementCode: caf.departementCode,
    label: `${caf.departementCode} — ${caf.name}`,
  }));
}
