import "server-only";
import { env } from "@/lib/env";
import { drainOutboxUntilIdle } from "@/lib/email/outbox";
import { terminateDueConventions } from "@/lib/conventions/terminate-due-conventions";

// Every app instance runs these loops; the outbox is claimed with SKIP LOCKED and scheduled jobs use
// compare-and-set transitions, so instances share the work without doing anything twice.
let started = false;

export function startBackgroundWorker(): void {
  if (started || !env.BACKGROUND_WORKER) return;
  started = true;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await drainOutboxUntilIdle();
    } catch (error) {
      console.error("[outbox]", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, env.OUTBOX_POLL_INTERVAL_MS).unref();
  setInterval(() => {
    terminateDueConventions().catch((error) => console.error("[terminations]", error instanceof Error ? error.message : error));
  }, 60_000).unref();
}
