import { parse } from "csv-parse/sync";
import { DomainError } from "@/lib/errors";
import { searchableText } from "@/lib/text/normalize";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_LINES = 20_000;

// French column headings of the import file (case, accents, spaces and hyphens do not matter).
export const IMPORT_COLUMNS = {
  identifiant: "externalId",
  type: "kind",
  nom: "name",
  adresse: "street",
  code_postal: "postcode",
  code_insee: "communeInsee",
  commune: "communeName",
  gestionnaire: "managerName",
  email: "contactEmail",
  telephone: "contactPhone",
  site_web: "website",
  capacite: "capacity",
  latitude: "latitude",
  longitude: "longitude",
} as const;

export type ImportField = (typeof IMPORT_COLUMNS)[keyof typeof IMPORT_COLUMNS];
export type CsvRecord = { line: number; values: Partial<Record<ImportField, string>>; columnCountProblem?: string };

const REQUIRED_HEADINGS = ["identifiant", "type", "nom", "adresse", "code_postal"] as const;

function headingKey(heading: string): string {
  return searchableText(heading).replace(/[\s-]+/g, "_");
}

// Spreadsheets saved "CSV (séparateur : point-virgule)" on Windows are often windows-1252, not UTF-8.
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Reads an import file into records keyed by field, each with its line number in the file (the
 * heading is line 1). File-level problems (no heading, unknown layout, too many lines) are refused
 * with a French message; line-level problems are left to the validation that follows.
 */
export function parseFacilityCsv(bytes: Uint8Array): CsvRecord[] {
  const text = decode(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // French spreadsheets use ";" (the comma is the decimal separator); accept "," files too.
  const delimiter = firstLine.includes(";") ? ";" : ",";
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes with its line number (typed as plain records by the library).
    rows = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new DomainError(
      `Le fichier n'est pas un CSV lisible${line ? ` (ligne ${line})` : ""} : vérifiez les guillemets et le séparateur « ; ».`,
      422,
    );
  }
  const [headingRow] = rows;
  if (!headingRow) throw new DomainError("Le fichier est vide.", 422);
  const headings = headingRow.record.map(headingKey);
  const missing = REQUIRED_HEADINGS.filter((heading) => !headings.includes(heading));
  if (!headings.includes("code_insee") && !headings.includes("commune")) missing.push("code_insee" as never);
  if (missing.length > 0) {
    throw new DomainError(
      `Colonnes manquantes dans la première ligne : ${missing.join(", ")}. Téléchargez le modèle de fichier pour voir les colonnes attendues.`,
      422,
    );
  }
  if (rows.length - 1 > IMPORT_MAX_LINES) {
    throw new DomainError(
      `Le fichier compte ${rows.length - 1} lignes : ${IMPORT_MAX_LINES.toLocaleString("fr-FR")} au plus par import. Découpez-le en plusieurs fichiers.`,
      422,
    );
  }
  // Columns the import does not know are ignored, those named like an Object built-in ("constructor",
  // "__proto__") included: only the map's own keys are columns.
  const fieldOf = (heading: string): ImportField | undefined =>
    Object.hasOwn(IMPORT_COLUMNS, heading) ? IMPORT_COLUMNS[heading as keyof typeof IMPORT_COLUMNS] : undefined;
  return rows.slice(1).map(({ record, info }) => {
    const values: CsvRecord["values"] = {};
    headings.forEach((heading, index) => {
      const field = fieldOf(heading);
      if (field && record[index] !== undefined) values[field] = record[index];
    });
    const columnCountProblem =
      record.length === headings.length
        ? undefined
        : `Nombre de colonnes incorrect : ${headings.length} attendues, ${record.length} trouvées.`;
    return { line: info.lines, values, columnCountProblem };
  });
}

/** The file an agent can download to start from: the headings and one example line. */
export const IMPORT_TEMPLATE_CSV = [
  Object.keys(IMPORT_COLUMNS).join(";"),
  "CAF47-0001;Micro-crèche;Les Lucioles;Le Bourg;47600;47180;Montagnac-sur-Auvignon;Association Les Petits Pas;contact@exemple.fr;05 53 00 00 00;https://exemple.fr;10;44,1580;0,4570",
].join("\r\n");
