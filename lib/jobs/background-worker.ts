import "server-only";
import { env } from "@/lib/env";
import { drainOutbox } from "@/lib/email/outbox";

// Every app instance runs this loop; the outbox is claimed with SKIP LOCKED, so instances share the
// work without sending a message twice.
let started = false;

export function startBackgroundWorker(): void {
  if (started || !env.BACKGROUND_WORKER) return;
  started = true;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await drainOutbox();
    } catch (error) {
      console.error("[outbox]", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, env.OUTBOX_POLL_INTERVAL_MS).unref();
}
