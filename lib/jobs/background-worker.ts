import "server-only";
import { env } from "@/lib/env";
import { drainOutboxUntilIdle } from "@/lib/email/outbox";
import { terminateDueConventions } from "@/lib/conventions/terminate-due-conventions";
import { purgeExpiredFamilyData } from "@/lib/family-requests/purge-expired-family-data";
import { sendAvailabilityReminders } from "@/lib/availability/send-availability-reminders";
import { expireEndedAvailabilities } from "@/lib/availability/expire-ended-availabilities";

// Every app instance runs these loops. The outbox is claimed with SKIP LOCKED and scheduled jobs use
// compare-and-set updates, so instances share the work without doing anything twice.
const PERIODIC_JOBS: { name: string; everyMs: () => number; run: () => Promise<unknown> }[] = [
  { name: "outbox", everyMs: () => env.OUTBOX_POLL_INTERVAL_MS, run: () => drainOutboxUntilIdle() },
  { name: "terminations", everyMs: () => 60_000, run: () => terminateDueConventions() },
  { name: "family-data-retention", everyMs: () => 60 * 60_000, run: () => purgeExpiredFamilyData() },
  { name: "availability-reminders", everyMs: () => 60 * 60_000, run: () => sendAvailabilityReminders() },
  { name: "ended-availabilities", everyMs: () => 60 * 60_000, run: () => expireEndedAvailabilities() },
];

let started = false;

export function startBackgroundWorker(): void {
  if (started || !env.BACKGROUND_WORKER) return;
  started = true;
  for (const job of PERIODIC_JOBS) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await job.run();
      } catch (error) {
        console.error(`[${job.name}]`, error instanceof Error ? error.message : error);
      } finally {
        running = false;
      }
    };
    setInterval(() => void tick(), job.everyMs()).unref();
  }
}
