import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import { importStateOf, selectImportSummaries } from "./facility-import-job";
import { targetCafOf } from "./find-facility-in-scope";

const RECENT_IMPORTS = 10;

/** The latest imports of a Caf (the agent's own; the chosen one for the Cnaf). */
export async function listFacilityImports(actor: SessionUser, cafId?: string) {
  const caf = await targetCafOf(actor, cafId);
  const summaries = await selectImportSummaries(Prisma.sql`payload->>'cafId' = ${caf.id}`, RECENT_IMPORTS);
  return summaries.map((summary) => ({ ...summary, state: importStateOf(summary) }));
}
