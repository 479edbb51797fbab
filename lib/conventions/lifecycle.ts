// Convention dates (SPEC §4.7): one year from signature, renewed tacitly every year; termination
// at an anniversary with at least three months' notice.

const NOTICE_MONTHS = 3;

/**
 * `months` later, on the same day of the month or — when that month is shorter (29 February in a
 * common year, 31st in a 30-day month) — on its last day, never spilling into the next month.
 */
function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

function addYears(date: Date, years: number): Date {
  return addMonths(date, 12 * years);
}

/** The first anniversary of the signature on or after `from`. */
export function anniversaryOnOrAfter(signedAt: Date, from: Date): Date {
  let years = Math.max(from.getUTCFullYear() - signedAt.getUTCFullYear() - 1, 1);
  while (addYears(signedAt, years) < from) years += 1;
  return addYears(signedAt, years);
}

/** The earliest end date a termination notified on `noticeOn` can have. */
export function earliestTerminationDate(signedAt: Date, noticeOn: Date): Date {
  return anniversaryOnOrAfter(signedAt, addMonths(noticeOn, NOTICE_MONTHS));
}

/** Whether `date` is an anniversary of the signature (28 February in common years for a 29 February signature). */
export function isAnniversary(signedAt: Date, date: Date): boolean {
  const years = date.getUTCFullYear() - signedAt.getUTCFullYear();
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return years >= 1 && day(addYears(signedAt, years)) === day(date);
}

/** Why an end date is not acceptable, or null when it is. */
export function terminationDateProblem(signedAt: Date, noticeOn: Date, endOn: Date): string | null {
  if (!isAnniversary(signedAt, endOn)) return "La date de fin doit être une date anniversaire de la signature.";
  if (endOn < addMonths(noticeOn, NOTICE_MONTHS))
    return "Le préavis doit être d'au moins trois mois avant la date de fin.";
  return null;
}
