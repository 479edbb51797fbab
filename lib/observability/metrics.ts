// Prometheus metrics (prom-client). Two kinds, because the production server runs several processes:
// - per process, aggregated over all of them by the primary (prom-client's AggregatorRegistry, over the cluster's
//   IPC channel): request count and latency by route and status, database pool use;
// - read from PostgreSQL by the process that answers the scrape, so they are the same whichever answers: the outbox
//   backlog and its oldest pending message, and each background job's last run (lib/jobs/record-periodic-job-run.ts).
// No `server-only`: scripts/production-server.ts uses it before Next loads.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";
import client from "prom-client";

export const processRegistry = new client.Registry();

export const httpRequests = new client.Counter({
  name: "monenfant_http_requests_total",
  help: "Requêtes HTTP servies, par route, méthode et statut",
  labelNames: ["route", "method", "status"] as const,
  registers: [processRegistry],
});

export const httpRequestDuration = new client.Histogram({
  name: "monenfant_http_request_duration_seconds",
  help: "Durée des requêtes HTTP, par route, méthode et statut",
  labelNames: ["route", "method", "status"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [processRegistry],
});

type PoolCounts = { totalCount: number; idleCount: number; waitingCount: number };

new client.Gauge({
  name: "monenfant_db_pool_connections",
  help: "Connexions du pool PostgreSQL de l'application (somme sur les processus) : in_use, idle, waiting",
  labelNames: ["state"] as const,
  registers: [processRegistry],
  collect() {
    // lib/db.ts keeps its pool on globalThis (one per process, whatever bundle loaded it).
    const pool = (globalThis as { database?: { pool?: PoolCounts } }).database?.pool;
    if (!pool) return;
    this.set({ state: "in_use" }, pool.totalCount - pool.idleCount);
    this.set({ state: "idle" }, pool.idleCount);
    this.set({ state: "waiting" }, pool.waitingCount);
  },
});

let metricsPool: pg.Pool | null = null;

/** The metrics read from PostgreSQL, in Prometheus' text format. */
export async function databaseMetrics(databaseUrl: string): Promise<string> {
  metricsPool ??= new pg.Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 60_000 });
  const registry = new client.Registry();
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new client.Gauge({ name, help, labelNames, registers: [registry] });

  const [outbox] = (
    await metricsPool.query<{ pending: number; failed: number; oldest: number | null }>(`
      SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
             count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
             extract(epoch FROM now() - min("createdAt") FILTER (WHERE status = 'PENDING'))::float8 AS oldest
      FROM "OutboxEmail" WHERE status IN ('PENDING', 'FAILED')`)
  ).rows;
  if (!outbox) throw new Error("The outbox aggregate answered no row.");
  gauge("monenfant_outbox_pending_messages", "Courriels en attente d'envoi").set(outbox.pending);
  gauge("monenfant_outbox_failed_messages", "Courriels abandonnés après tous les essais").set(outbox.failed);
  gauge("monenfant_outbox_oldest_pending_age_seconds", "Âge du plus ancien courriel en attente").set(
    outbox.oldest ?? 0,
  );

  const jobs = (
    await metricsPool.query<{
      name: string;
      last_success: number | null;
      last_run: number;
      duration: number;
      succeeded: boolean;
      in_a_row: number;
      total: number;
    }>(`
      SELECT name, extract(epoch FROM "lastSuccessAt")::float8 AS last_success,
             extract(epoch FROM "lastStartedAt")::float8 AS last_run, ("lastDurationMs" / 1000.0)::float8 AS duration,
             "lastSucceeded" AS succeeded, "failuresInARow" AS in_a_row, "failuresTotal" AS total
      FROM "PeriodicJobState" ORDER BY name`)
  ).rows;
  const lastSuccess = gauge("monenfant_job_last_success_timestamp_seconds", "Dernier succès de la tâche", ["job"]);
  const lastRun = gauge("monenfant_job_last_run_timestamp_seconds", "Dernière exécution de la tâche", ["job"]);
  const duration = gauge("monenfant_job_last_duration_seconds", "Durée de la dernière exécution", ["job"]);
  const outcome = gauge("monenfant_job_last_run_succeeded", "1 si la dernière exécution a réussi", ["job"]);
  const inARow = gauge("monenfant_job_consecutive_failures", "Échecs depuis le dernier succès", ["job"]);
  const failures = gauge("monenfant_job_failures", "Échecs depuis la mise en service (cumul)", ["job"]);
  for (const job of jobs) {
    if (job.last_success !== null) lastSuccess.set({ job: job.name }, job.last_success);
    lastRun.set({ job: job.name }, job.last_run);
    duration.set({ job: job.name }, job.duration);
    outcome.set({ job: job.name }, job.succeeded ? 1 : 0);
    inARow.set({ job: job.name }, job.in_a_row);
    failures.set({ job: job.name }, job.total);
  }
  return registry.metrics();
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer (.+)$/)?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type MetricsSettings = {
  token: string | undefined;
  databaseUrl: string;
  /** This process's metrics, or all processes' when the server runs several (see production-server.ts). */
  processMetrics: () => Promise<string>;
};

/** GET /api/metrics: off (404) without METRICS_TOKEN, 401 without the right bearer token. */
export async function serveMetrics(request: IncomingMessage, response: ServerResponse, settings: MetricsSettings) {
  if (!settings.token) {
    response
      .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
      .end("Métriques désactivées (METRICS_TOKEN).");
    return;
  }
  if (!bearerMatches(request.headers.authorization, settings.token)) {
    response
      .writeHead(401, { "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="metrics"' })
      .end("Jeton d'accès aux métriques absent ou incorrect.");
    return;
  }
  try {
    const text = (await settings.processMetrics()) + (await databaseMetrics(settings.databaseUrl));
    response.writeHead(200, { "content-type": processRegistry.contentType, "cache-control": "no-store" }).end(text);
  } catch {
    response.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("Métriques indisponibles.");
  }
}
