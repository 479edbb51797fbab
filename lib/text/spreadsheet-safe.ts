/** Spreadsheets run cells starting with these characters as formulas (CSV injection): quote them as text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
