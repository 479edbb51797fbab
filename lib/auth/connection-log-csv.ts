import { CONNECTION_EVENT_LABELS, SIGN_IN_METHOD_LABELS, type ConnectionRow } from "@/lib/auth/connection-events";
import { neutraliseFormula } from "@/lib/text/spreadsheet-safe";

const HEADER = [
  "Date et heure (UTC)",
  "Événement",
  "Identifiant",
  "Nom",
  "N° d'identification personnel",
  "Adresse IP",
  "Navigateur",
  "Méthode de connexion",
];

function cell(value: string | number | null | undefined): string {
  const text = neutraliseFormula(value == null ? "" : String(value));
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
      row.method ? SIGN_IN_METHOD_LABELS[row.method] : "",
    ]
      .map(cell)
      .join(";"),
  );
  return `\uFEFF${[HEADER.join(";"), ...lines].join("\r\n")}\r\n`;
}
