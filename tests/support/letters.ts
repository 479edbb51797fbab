/**
 * A unique tag written only with letters, for personal names in fixtures: a name may hold letters, spaces,
 * hyphens and apostrophes only (lib/validation/text.ts), so "1733-x9" becomes "bddd-xj".
 */
export function lettersOf(tag: string): string {
  return tag.replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!).replace(/[^\p{L}' -]/gu, "x");
}
