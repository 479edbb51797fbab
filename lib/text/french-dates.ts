/**
 * The dates the product writes, in French. Instants (a publication, a message) are shown in Paris time;
 * calendar days stored as UTC midnight (a date of effect, a birth date) are read in UTC so that they never
 * shift by a day. Long dates say "1er décembre 2025", as French does, not "1 décembre 2025".
 */
export type DayZone = "Europe/Paris" | "UTC";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions & { timeZone: DayZone }): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("fr-FR", options);
    formatters.set(key, format);
  }
  return format;
}

function withFirstOrdinal(format: Intl.DateTimeFormat, date: Date): string {
  return format
    .formatToParts(date)
    .map((part) => (part.type === "day" && Number(part.value) === 1 ? "1er" : part.value))
    .join("");
}

/** "1er décembre 2025". */
export function formatLongDay(date: Date, timeZone: DayZone = "Europe/Paris"): string {
  return withFirstOrdinal(formatter({ dateStyle: "long", timeZone }), date);
}

/** "01/12/2025". */
export function formatShortDay(date: Date, timeZone: DayZone = "Europe/Paris"): string {
  return formatter({ dateStyle: "short", timeZone }).format(date);
}

/** "1er déc. 2025" (abbreviated month, for dense lists). */
export function formatMediumDay(date: Date, timeZone: DayZone = "Europe/Paris"): string {
  return withFirstOrdinal(formatter({ dateStyle: "medium", timeZone }), date);
}

/**
 * "1er mars 2026", "12 mars 2026" for a calendar day: a "YYYY-MM-DD" string or a date stored as that day's UTC midnight
 * (availability start and end days), read in UTC so that it never shifts.
 */
export function frenchDay(day: string | Date): string {
  if (typeof day !== "string") return formatLongDay(day, "UTC");
  let text = frenchDays.get(day);
  if (text === undefined) {
    if (frenchDays.size >= MAX_REMEMBERED_DAYS) frenchDays.clear();
    text = formatLongDay(new Date(`${day}T00:00:00Z`), "UTC");
    frenchDays.set(day, text);
  }
  return text;
}

// The search shows the same few days on every card (updated on, places from), 40 per page: each day is written
// once per process rather than through Intl at every card. Years of days are far fewer than this.
const MAX_REMEMBERED_DAYS = 10_000;
const frenchDays = new Map<string, string>();

/** "01/12/2025 14:05", Paris time. */
export function formatShortDateTime(date: Date): string {
  return formatter({ dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" }).format(date);
}

/** "01/12/2025 14:05:09", Paris time: connection logs and other records read to the second. */
export function formatShortDateTimeWithSeconds(date: Date): string {
  return formatter({ dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" }).format(date);
}

/** "1er déc. 2025, 14:05", Paris time (threads, notes, instruction history). */
export function formatMediumDateTime(date: Date): string {
  return withFirstOrdinal(formatter({ dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Paris" }), date);
}

/** "1er décembre 2025 à 14:05", Paris time. */
export function formatLongDateTime(date: Date): string {
  return withFirstOrdinal(formatter({ dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }), date);
}

/** "décembre 2025" (a month stored as its first day, UTC). */
export function formatMonth(date: Date, timeZone: DayZone = "UTC"): string {
  return formatter({ month: "long", year: "numeric", timeZone }).format(date);
}
