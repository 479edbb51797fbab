// Calendar days as French users live them: "today" is the Europe/Paris day, whatever the server's zone.
const parisDayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const DAY_MS = 86_400_000;

const HOUR_MS = 3_600_000;
const MAX_REMEMBERED_HOURS = 50_000;
const daysByHour = new Map<number, string>();

/**
 * "YYYY-MM-DD" of the Paris calendar day containing `now`. Paris is a whole number of hours ahead of UTC (one,
 * or two in summer), so the day depends only on the UTC hour: each hour is formatted once per process (a search
 * asks it for each of its 20 results, and `Intl` formatting is the slow part).
 */
export function parisDay(now: Date = new Date()): string {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  let day = daysByHour.get(hour);
  if (day === undefined) {
    if (daysByHour.size >= MAX_REMEMBERED_HOURS) daysByHour.clear();
    day = parisDayFormat.format(now);
    daysByHour.set(hour, day);
  }
  return day;
}

/** Adds whole days to a "YYYY-MM-DD" day (no time zone involved: days are counted on the calendar). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day written "YYYY-MM-DD" (refuses 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Adds calendar months to a "YYYY-MM-DD" day; a day the target month lacks becomes its last (31 → 30, 29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, dayOfMonth] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(dayOfMonth, lastDay));
  return target.toISOString().slice(0, 10);
}
