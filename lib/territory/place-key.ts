/**
 * A place name as families may type it, the same as PostgreSQL's place_key() (the place_search migration)
 * gives every commune in `Commune.placeKey`: no accents, no case, punctuation as spaces, "St"/"Ste" spelt
 * out, no leading article ("Le Châtelet-en-Brie" → "chatelet en brie"). The typed text is keyed here, in the
 * process, and compared with the stored keys (tests/integration/proximity.test.ts checks both agree on every
 * commune's name).
 */
export function placeKey(value: string): string {
  return (
    value
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      // Letters unaccent's dictionary spells out, which NFD does not decompose.
      .replace(/[œŒæÆøØßđĐłŁ]/g, (letter) => LIGATURES[letter] ?? letter)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
      .replace(/\bste\b/g, "sainte")
      .replace(/\bst\b/g, "saint")
      .replace(/^(le|la|les|l) (?=.)/, "")
  );
}

const LIGATURES: Record<string, string> = {
  œ: "oe",
  Œ: "OE",
  æ: "ae",
  Æ: "AE",
  ø: "o",
  Ø: "O",
  ß: "ss",
  đ: "d",
  Đ: "D",
  ł: "l",
  Ł: "L",
};

/** pg_trgm's trigrams of a key (each word padded with two spaces before and one after), without repeats. */
export function trigramsOf(key: string): string[] {
  const trigrams = new Set<string>();
  for (const word of key.split(" ")) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.add(padded.slice(i, i + 3));
  }
  return [...trigrams];
}
