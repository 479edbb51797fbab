import { CONNECTION_EVENT_LABELS, SIGN_IN_METHOD_LABELS, type ConnectionRow } from "@/lib/auth/connection-events";

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

// Spreadsheets run cells starting with these characters as formulas (CSV injection).
function cell(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
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
