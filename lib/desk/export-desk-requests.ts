import "server-only";
import ExcelJS from "exceljs";
import type { SessionUser } from "@/lib/auth/session";
import { HABILITATION_STATUS_NAMES } from "@/lib/habilitation/habilitation-state-machine";
import { neutraliseFormula } from "@/lib/text/spreadsheet-safe";
import { listDeskRequests, type DeskRequest } from "./list-desk-requests";

export const DESK_EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type DeskExportFormat = (typeof DESK_EXPORT_FORMATS)[number];

const COLUMNS: { header: string; width: number; value: (r: DeskRequest) => string | number }[] = [
  { header: "Référence", width: 22, value: (r) => r.reference },
  { header: "Organisme", width: 40, value: (r) => r.legalName },
  { header: "SIRET", width: 16, value: (r) => r.siret },
  { header: "Convention", width: 18, value: (r) => (r.type === "STRUCTURES" ? "Structures" : "Lieu d'information") },
  { header: "État", width: 24, value: (r) => HABILITATION_STATUS_NAMES[r.status] },
  { header: "Jours dans cet état", width: 12, value: (r) => r.daysWaiting },
  {
    header: "Agent chargé",
    width: 28,
    value: (r) => (r.assignee ? `${r.assignee.firstName} ${r.assignee.lastName}` : ""),
  },
  { header: "Déposée le", width: 12, value: (r) => r.submittedAt.toISOString().slice(0, 10) },
];

function csvCell(value: string | number): string {
  const text = typeof value === "number" ? String(value) : neutraliseFormula(value);
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The desk's filtered list as a file: CSV (semicolons, BOM, as French spreadsheets expect) or .xlsx. */
export async function exportDeskRequests(actor: SessionUser, rawQuery: unknown, format: DeskExportFormat) {
  const { requests } = await listDeskRequests(actor, rawQuery, { forExport: true });
  const day = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    const lines = [COLUMNS.map((c) => c.header), ...requests.map((r) => COLUMNS.map((c) => c.value(r)))].map((row) =>
      row.map(csvCell).join(";"),
    );
    return {
      fileName: `demandes-${day}.csv`,
      mimeType: "text/csv; charset=utf-8",
      content: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8"),
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "monenfant.fr";
  const sheet = workbook.addWorksheet("Demandes");
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // Cell values are written as values, never as formulas: a name starting with "=" stays text.
  for (const request of requests) sheet.addRow(COLUMNS.map((c) => c.value(request)));
  return {
    fileName: `demandes-${day}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    content: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
