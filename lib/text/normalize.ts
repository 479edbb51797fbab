/** Lower-case, accent-free form used to search names ("Saint-Étienne" → "saint-etienne"). */
export function searchableText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A Prisma string filter for "starts with `prefix`" that a plain B-tree index can answer: LIKE 'x%'
 * only uses one under the C collation, the range works under any. The range keeps every string that
 * starts with the prefix; `startsWith` removes what else a linguistic collation would let in.
 */
export function startsWithIndexed(prefix: string): { gte: string; lt: string; startsWith: string } {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return { gte: prefix, lt: `${prefix.slice(0, -1)}${String.fromCodePoint(last + 1)}`, startsWith: prefix };
}
