// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { db } from "@/lib/db";

export type DepartementChoice = { code: string; name: string };

// The 101 départements never change while the app runs: read them once per process.
let choices: Promise<DepartementChoice[]> | null = null;

/** The départements offered by the public search, in code order ("01" … "976"). */
export function listDepartements(): Promise<DepartementChoice[]> {
  choices ??= db.departement
    .findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } })
    .catch((error: unknown) => {
      choices = null;
      throw error;
    });
  return choices;
}
