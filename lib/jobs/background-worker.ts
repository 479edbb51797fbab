import "server-only";
import { env } from "@/lib/env";
import { drainOutboxUntilIdle } from "@/lib/email/outbox";
import { terminateDueConventions } from "@/lib/conventions/terminate-due-conventions";
import { purgeExpiredFamilyData } from "@/lib/family-requests/purge-expired-family-data";
import { sendDestructionAttestationReminders } from "@/lib/family-requests/send-destruction-attestation-reminders";
import { sendAvailabilityReminders } from "@/lib/availability/send-availability-reminders";
import { expireEndedAvailabilities } from "@/lib/availability/expire-ended-availabilities";
import { logger } from "@/lib/observability/logger";
import { recordPeriodicJobRun } from "./record-periodic-job-run";
import { applyRetentionRules } from "./apply-retention-rules";

// Every app instance runs these loops. The outbox is claimed with SKIP LOCKED and scheduled jobs use
// compare-and-set updates, so instances share the work without doing anything twice.
const PERIODIC_JOBS: { name: string; everyMs: () => number; run: () => Promise<unknown> }[] = [
  { name: "outbox", everyMs: () => env.OUTBOX_POLL_INTERVAL_MS, run: () => drainOutboxUntilIdle() },
  { name: "terminations", everyMs: () => 60_000, run: () => terminateDueConventions() },
  { name: "family-data-retention", everyMs: () => 60 * 60_000, run: () => purgeExpiredFamilyData() },
  {
    name: "destruction-attestation-reminders",
    everyMs: () => 60 * 60_000,
    run: () => sendDestructionAttestationReminders(),
  },
  { name: "availability-reminders", everyMs: () => 60 * 60_000, run: () => sendAvailabilityReminders() },
  { name: "ended-availabilities", everyMs: () => 60 * 60_000, run: () => expireEndedAvailabilities() },
  { name: "retention", everyMs: () => 60 * 60_000, run: () => applyRetentionRules() },
];

let started = false;

/** The numbers a job reports (messages sent, rows purged…), never the records themselves. */
function countsOf(result: unknown): Record<string, number> {
  if (typeof result === "number") return { count: result };
  if (!result || typeof result !== "object") return {};
  return Object.fromEntries(
    Object.entries(result).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

export const PERIODIC_JOB_NAMES = PERIODIC_JOBS.map((job) => job.name);

export function startBackgroundWorker(): void {
  if (started || !env.BACKGROUND_WORKER) return;
  started = true;
  for (const job of PERIODIC_JOBS) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      const startedAt = new Date();
      let error: string | null = null;
      try {
        const counts = countsOf(await job.run());
        // The outbox polls every few seconds: its idle runs are logged at the debug level only.
        const idle = Object.values(counts).every((count) => count === 0);
        logger[idle ? "debug" : "info"](
          { job: job.name, durationMs: Date.now() - startedAt.getTime(), ...counts },
          "job run",
        );
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
        logger.error({ job: job.name, durationMs: Date.now() - startedAt.getTime(), error }, "job failed");
      } finally {
        running = false;
      }
      const durationMs = Date.now() - startedAt.getTime();
      const nextRunAt = new Date(startedAt.getTime() + job.everyMs());
      await recordPeriodicJobRun({ name: job.name, startedAt, durationMs, error, nextRunAt }).catch(
        (failure: unknown) => logger.error({ job: job.name, error: String(failure) }, "job run not recorded"),
      );
    };
    setInterval(() => void tick(), job.everyMs()).unref();
  }
}
