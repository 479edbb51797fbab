// Spreadsheets run a cell starting with these characters as a formula (CSV injection): every CSV the
// application writes passes its text cells through here.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text, prefixed with an apostrophe when a spreadsheet would read it as a formula. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
