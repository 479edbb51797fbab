import "server-only";
import { db } from "@/lib/db";

export type PeriodicJobRun = {
  name: string;
  startedAt: Date;
  durationMs: number;
  error: string | null;
  nextRunAt: Date;
};

/** Keeps the latest run of a periodic loop in PostgreSQL, so every instance and the metrics see the same. */
export async function recordPeriodicJobRun(run: PeriodicJobRun): Promise<void> {
  const succeeded = run.error === null;
  const fields = {
    lastStartedAt: run.startedAt,
    lastDurationMs: run.durationMs,
    lastSucceeded: succeeded,
    lastError: run.error?.slice(0, 1000) ?? null,
    nextRunAt: run.nextRunAt,
  };
  await db.periodicJobState.upsert({
    where: { name: run.name },
    create: {
      name: run.name,
      ...fields,
      lastSuccessAt: succeeded ? run.startedAt : null,
      failuresInARow: succeeded ? 0 : 1,
      failuresTotal: succeeded ? 0 : 1,
      runsTotal: 1,
    },
    update: {
      ...fields,
      ...(succeeded ? { lastSuccessAt: run.startedAt, failuresInARow: 0 } : { failuresInARow: { increment: 1 } }),
      failuresTotal: { increment: succeeded ? 0 : 1 },
      runsTotal: { increment: 1 },
    },
  });
}
