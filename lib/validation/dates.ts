// Days typed in forms or sent to the API: real calendar days ("2026-02-30" is refused, never read as
// 2 March) within a range counted from today's Paris day, so the rule and its message are the same in the
// browser, the server actions and the API. Messages are shown to users: French, precise.
import { z } from "zod";
import { frenchDay } from "@/lib/text/french-dates";
import { addDays, addMonths, isCalendarDay, parisDay } from "./paris-day";

/** Whole calendar months and days from today (Paris), either sign. */
export type DayOffset = { months?: number; days?: number };
/** A limit and the reason given in the message, e.g. "18 mois à l'avance au maximum". */
export type DayLimit = DayOffset & { why: string };
export type DayRange = { earliest?: DayLimit; latest?: DayLimit };

/** The "YYYY-MM-DD" day `offset` away from today in Paris. */
export function dayFromToday(offset: DayOffset, now: Date = new Date()): string {
  return addDays(addMonths(parisDay(now), offset.months ?? 0), offset.days ?? 0);
}

/** The French message when `day` (a real calendar day) is outside `range`, else null. */
export function dayRangeProblem(label: string, day: string, range: DayRange, now: Date = new Date()): string | null {
  const earliest = range.earliest && dayFromToday(range.earliest, now);
  if (range.earliest && earliest && day < earliest)
    return `${label} : le ${frenchDay(earliest)} au plus tôt (${range.earliest.why}).`;
  const latest = range.latest && dayFromToday(range.latest, now);
  if (range.latest && latest && day > latest)
    return `${label} : le ${frenchDay(latest)} au plus tard (${range.latest.why}).`;
  return null;
}

/**
 * A day written "YYYY-MM-DD" (what an <input type="date"> sends, whatever it shows) that exists on the
 * calendar and lies in `range`. Kept a string, without transform: the API's OpenAPI document is generated
 * from schemas using it. `format` is how the message asks for the date (a person sees JJ/MM/AAAA).
 */
export function calendarDay(label: string, range: DayRange = {}, format = "JJ/MM/AAAA") {
  return z
    .string({ error: `${label} : champ obligatoire.` })
    .min(1, { error: `${label} : champ obligatoire.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} : date attendue au format ${format}.`, abort: true })
    .refine(isCalendarDay, { error: `${label} : cette date n'existe pas.`, abort: true })
    .superRefine((day, ctx) => {
      const problem = dayRangeProblem(label, day, range);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

/** A calendar day read as midnight UTC, the form the database keeps calendar days in. */
export const calendarDate = (label: string, range: DayRange = {}) =>
  calendarDay(label, range).transform((day) => new Date(`${day}T00:00:00Z`));

/** A day something already happened (a signature, a letter sent): today at the latest, ten years back at most. */
export const pastOrTodayDate = (label: string) =>
  calendarDate(label, {
    earliest: { months: -120, why: "dix ans en arrière au maximum" },
    latest: { why: "la date ne peut pas être dans le futur" },
  });

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
