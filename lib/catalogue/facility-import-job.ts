import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import type { FacilityFields } from "./facility-schema";

// A CSV import lives in one Job row shared by every app instance: the validated lines (so the import
// commits exactly what the dry run showed), the faulty lines, and the progress polled by the page.
export const FACILITY_IMPORT_JOB_KIND = "catalogue.facility-import";
// A previewed import is PENDING but must never be picked by a scheduler before the agent confirms it.
export const NOT_SCHEDULED = new Date("9999-12-31T00:00:00Z");
// A RUNNING import whose lock is older than this is considered interrupted (instance stopped).
export const IMPORT_LOCK_MS = 2 * 60_000;

// The catalogue columns a CSV line sets: a line equal to the entry on all of them changes nothing.
export const COMPARED_FIELDS = [
  "kind",
  "name",
  "street",
  "postcode",
  "communeInsee",
  "managerName",
  "contactEmail",
  "contactPhone",
  "website",
  "capacity",
  "latitude",
  "longitude",
] as const;

export type ImportAction = "create" | "update" | "unchanged";
export type ImportRow = FacilityFields & { line: number; externalId: string; action: ImportAction };
export type ImportLineError = { line: number; externalId: string; name: string; reason: string };

export type FacilityImportPayload = {
  cafId: string;
  fileName: string;
  uploadedByPersonalNumber: number;
  lineCount: number;
  rows: ImportRow[];
  errors: ImportLineError[];
  processed: number;
  startedById?: string;
  startedByPersonalNumber?: number;
  counts: Record<ImportAction, number>;
};

export function countActions(rows: { action: ImportAction }[]): Record<ImportAction, number> {
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
}

/** The import job if it belongs to the actor's Caf (404 for another Caf's import). */
export async function findImportJobInScope(actor: SessionUser, jobId: string, tx: Tx | typeof db = db) {
  const scope = cafScopeOf(actor);
  const job = await tx.job.findFirst({ where: { id: jobId, kind: FACILITY_IMPORT_JOB_KIND } });
  const payload = job?.payload as FacilityImportPayload | undefined;
  if (!job || !payload || (scope.cafId && payload.cafId !== scope.cafId))
    throw new AccessDeniedError(404, "Import introuvable.");
  return { job, payload };
}

export type ImportState = "preview" | "running" | "interrupted" | "done" | "failed";

export function importStateOf(job: { status: string; lockedUntil: Date | null }, now = new Date()): ImportState {
  switch (job.status) {
    case "PENDING":
      return "preview";
    case "RUNNING":
      return job.lockedUntil && job.lockedUntil < now ? "interrupted" : "running";
    case "DONE":
      return "done";
    default:
      return "failed";
  }
}

export type ImportSummary = {
  id: string;
  status: string;
  lockedUntil: Date | null;
  createdAt: Date;
  finishedAt: Date | null;
  lastError: string | null;
  cafId: string;
  fileName: string;
  lineCount: number;
  validCount: number;
  processed: number;
  errorCount: number;
  counts: Record<ImportAction, number>;
};

// The page polls the progress every second: read the few figures, never the stored lines.
export function selectImportSummaries(where: Prisma.Sql, limit: number) {
  return db.$queryRaw<ImportSummary[]>`
    SELECT id, status::text AS status, "lockedUntil", "createdAt", "finishedAt", "lastError",
      payload->>'cafId' AS "cafId", payload->>'fileName' AS "fileName", (payload->>'lineCount')::int AS "lineCount",
      jsonb_array_length(payload->'rows') AS "validCount", (payload->>'processed')::int AS processed,
      jsonb_array_length(payload->'errors') AS "errorCount", payload->'counts' AS counts
    FROM "Job" WHERE kind = ${FACILITY_IMPORT_JOB_KIND} AND ${where}
    ORDER BY "createdAt" DESC LIMIT ${limit}`;
}

/** The import's figures if it belongs to the actor's Caf (404 otherwise). */
export async function findImportSummaryInScope(actor: SessionUser, jobId: string) {
  const scope = cafScopeOf(actor);
  const [summary] = await selectImportSummaries(Prisma.sql`id = ${jobId}`, 1);
  if (!summary || (scope.cafId && summary.cafId !== scope.cafId))
    throw new AccessDeniedError(404, "Import introuvable.");
  return summary;
}
