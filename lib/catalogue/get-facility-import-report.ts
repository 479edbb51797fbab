import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "@/lib/text/spreadsheet-safe";
import type { SessionUser } from "@/lib/auth/session";
import { findImportJobInScope, importStateOf, type ImportAction } from "./facility-import-job";

const PLANNED: Record<ImportAction, string> = { create: "À créer", update: "À modifier", unchanged: "Inchangée" };
const DONE: Record<ImportAction, string> = { create: "Créée", update: "Modifiée", unchanged: "Inchangée" };

/** The line-by-line report of an import, as a CSV that opens in French spreadsheets (";" and a BOM). */
export async function getFacilityImportReport(actor: SessionUser, jobId: string) {
  const { job, payload } = await findImportJobInScope(actor, jobId);
  const labels = importStateOf(job) === "done" ? DONE : PLANNED;
  const lines = [
    ...payload.errors.map((error) => ({
      line: error.line,
      cells: [error.externalId, error.name, "Erreur", error.reason],
    })),
    ...payload.rows.map((row) => ({ line: row.line, cells: [row.externalId, row.name, labels[row.action], ""] })),
  ].sort((a, b) => a.line - b.line);
  const csv = stringify(
    [["ligne", "identifiant", "nom", "résultat", "motif"], ...lines.map(({ line, cells }) => [line, ...cells])],
    { delimiter: ";", record_delimiter: "windows", cast: { string: neutraliseFormula } },
  );
  return {
    fileName: `rapport-import-${job.id}.csv`,
    content: Buffer.from(`\uFEFF${csv}`, "utf8"),
    mimeType: "text/csv; charset=utf-8",
  };
}
