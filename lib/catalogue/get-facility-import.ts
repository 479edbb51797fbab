import "server-only";
import { db, onlyRow } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { findImportSummaryInScope, importStateOf, type ImportLineError } from "./facility-import-job";

const SHOWN_ERRORS = 200;

/**
 * What the import page and its progress polling show. The faulty lines (at most the first 200; the
 * CSV report has them all) are only read while the import is a preview.
 */
export async function getFacilityImport(actor: SessionUser, jobId: string, options: { withErrors?: boolean } = {}) {
  const summary = await findImportSummaryInScope(actor, jobId);
  const errors =
    options.withErrors && summary.errorCount > 0
      ? onlyRow(
          await db.$queryRaw<{ errors: ImportLineError[] }[]>`
        SELECT COALESCE(jsonb_agg(e), '[]'::jsonb) AS errors
        FROM (SELECT e FROM "Job", jsonb_array_elements(payload->'errors') AS e WHERE id = ${jobId} LIMIT ${SHOWN_ERRORS}) AS first_errors`,
        ).errors
      : [];
  const { cafId: _cafId, lockedUntil: _lock, status: _status, ...figures } = summary;
  return { ...figures, state: importStateOf(summary), errors };
}

export type FacilityImportView = Awaited<ReturnType<typeof getFacilityImport>>;
