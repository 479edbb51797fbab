import { CONNECTION_EVENT_LABELS, type ConnectionRow } from "@/lib/auth/connection-events";
import { spreadsheetSafe } from "@/lib/text/spreadsheet-safe";

const HEADER = [
  "Date et heure (UTC)",
  "Événement",
  "Identifiant",
  "Nom",
  "N° d'identification personnel",
  "Adresse IP",
  "Navigateur",
];

function cell(value: string | number | null | undefined): string {
  const text = spreadsheetSafe(value == null ? "" : String(value));
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Semicolon-separated with a BOM, as French spreadsheet software expects. */
export function connectionLogCsv(rows: ConnectionRow[]): string {
  const lines = rows.map((row) =>
    [
      row.at.toISOString(),
      CONNECTION_EVENT_LABELS[row.event],
      row.person?.identifier,
      row.person?.name,
      row.person?.personalNumber,
      row.ip,
      row.userAgent,
    ]
      .map(cell)
      .join(";"),
  );
  return `\uFEFF${[HEADER.join(";"), ...lines].join("\r\n")}\r\n`;
}
