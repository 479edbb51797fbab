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
