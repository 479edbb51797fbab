// Convention dates (SPEC §4.7): one year from signature, renewed tacitly every year; termination
// at an anniversary with at least three months' notice.

const NOTICE_MONTHS = 3;

function addYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
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

export function isAnniversary(signedAt: Date, date: Date): boolean {
  return (
    date > signedAt && date.getUTCMonth() === signedAt.getUTCMonth() && date.getUTCDate() === signedAt.getUTCDate()
  );
}

/** Why an end date is not acceptable, or null when it is. */
export function terminationDateProblem(signedAt: Date, noticeOn: Date, endOn: Date): string | null {
  if (!isAnniversary(signedAt, endOn)) return "La date de fin doit être une date anniversaire de la signature.";
  if (endOn < addMonths(noticeOn, NOTICE_MONTHS))
    return "Le préavis doit être d'au moins trois mois avant la date de fin.";
  return null;
}
