// The order of 31 August 2021 asks for a weekly update: older availabilities are flagged everywhere
// they are shown, and the facility's habilitated people are reminded by e-mail.
export const STALE_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

/** Availabilities updated before this instant are stale. */
export function staleBefore(now: Date = new Date()): Date {
  return new Date(now.getTime() - STALE_AFTER_DAYS * DAY_MS);
}

export function isAvailabilityStale(updatedAt: Date | null, now: Date = new Date()): boolean {
  return !updatedAt || updatedAt < staleBefore(now);
}
