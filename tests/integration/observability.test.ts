// Logs and metrics as the production server produces them (scripts/production-server.ts wires these same
// functions in front of Next), over real HTTP, with the outbox and job figures read from PostgreSQL.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { createElement } from "react";
import { createLogger } from "@/lib/observability/create-logger";

const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    raw.push(chunk.toString());
    lines.push(JSON.parse(chunk.toString()));
    done();
  },
});
// Every module that logs shares the process's logger (lib/observability/logger.ts): this one writes here.
(globalThis as { monenfantLogger?: unknown }).monenfantLogger = createLogger(capture);

const METRICS_TOKEN = "jeton-des-metriques-de-test";
const INVITATION_TOKEN = "Zk3vQ9xWm2pL7rT4yB8nC1dF6gH0jKsA";
const FAMILY_EMAIL = "famille.secrete@exemple.fr";
let port = 0;
let server: http.Server;

beforeAll(async () => {
  const { observeRequest } = await import("@/lib/observability/http-observer");
  const { serveMetrics, processRegistry } = await import("@/lib/observability/metrics");
  const { logger } = await import("@/lib/observability/logger");
  server = http.createServer((request, response) => {
    observeRequest(request, response, { logger, secret: process.env.NEXTAUTH_SECRET });
    const path = request.url?.split("?")[0];
    if (path === "/api/metrics" || path === "/sans-jeton/api/metrics")
      return void serveMetrics(request, response, {
        token: path === "/api/metrics" ? METRICS_TOKEN : undefined,
        databaseUrl: process.env.DATABASE_URL!,
        processMetrics: () => processRegistry.metrics(),
      });
    response.end("page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => server.close());

describe("@operations observability", () => {
  it("@operations logs each request as JSON with its route, status, duration, ids, and no personal data", async () => {
    const cookie = await encode({
      token: {
        userId: "utilisateur-42",
        email: FAMILY_EMAIL,
        role: "CAF_AGENT",
        sessionVersion: 0,
        loginAt: 0,
        lastActivityAt: 0,
      },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    const response = await fetch(`http://127.0.0.1:${port}/invitation/${INVITATION_TOKEN}?email=${FAMILY_EMAIL}`, {
      method: "POST",
      headers: { cookie: `next-auth.session-token=${cookie}`, "x-request-id": "choisi-par-le-client" },
      body: `password=Secret-2026&email=${FAMILY_EMAIL}`,
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    await expect.poll(() => lines.find((line) => line.requestId === requestId)).toBeTruthy();
    const line = lines.find((entry) => entry.requestId === requestId)!;
    expect(line).toMatchObject({
      level: 30,
      msg: "request",
      method: "POST",
      route: "/invitation/:id",
      status: 200,
      userId: "utilisateur-42",
    });
    expect(typeof line.durationMs).toBe("number");
    expect(typeof line.time).toBe("number");
    const text = raw.join("");
    for (const secret of [INVITATION_TOKEN, FAMILY_EMAIL, "Secret-2026", cookie]) expect(text).not.toContain(secret);
  });

  it("@operations logs every e-mail attempt and job run without the recipient", async () => {
    const { enqueueEmail, drainOutboxUntilIdle } = await import("@/lib/email/outbox");
    const { recordPeriodicJobRun } = await import("@/lib/jobs/record-periodic-job-run");
    const message = await enqueueEmail({
      template: "observabilite",
      to: FAMILY_EMAIL,
      subject: "Essai",
      body: createElement("p", null, "Bonjour"),
    });
    // Until idle: other files may leave more pending messages than one batch.
    await drainOutboxUntilIdle();
    expect(lines).toContainEqual(
      expect.objectContaining({
        msg: "e-mail attempt",
        emailId: message.id,
        template: "observabilite",
        outcome: "sent",
      }),
    );
    expect(raw.join("")).not.toContain(FAMILY_EMAIL);
    // A success, then a failure of the same job (what the background worker records after each run).
    for (const error of [null, "SMTP injoignable"])
      await recordPeriodicJobRun({
        name: "observabilite-essai",
        startedAt: new Date(),
        durationMs: 12,
        error,
        nextRunAt: new Date(Date.now() + 60_000),
      });
  });

  it("@operations /api/metrics is off without METRICS_TOKEN, refused without the bearer token", async () => {
    expect((await fetch(`http://127.0.0.1:${port}/sans-jeton/api/metrics`)).status).toBe(404);
    const missing = await fetch(`http://127.0.0.1:${port}/api/metrics`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const wrong = await fetch(`http://127.0.0.1:${port}/api/metrics`, {
      headers: { authorization: "Bearer pas-le-bon-jeton-de-metriques" },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain("monenfant_");
  });

  it("@operations /api/metrics exposes requests, outbox backlog, jobs and the database pool with the token", async () => {
    const { db } = await import("@/lib/db");
    await db.outboxEmail.create({
      data: {
        template: "observabilite-attente",
        to: "personne@exemple.fr",
        subject: "Attente",
        html: "",
        text: "",
        createdAt: new Date(Date.now() - 120_000),
        nextAttemptAt: new Date(Date.now() + 3_600_000),
      },
    });
    const response = await fetch(`http://127.0.0.1:${port}/api/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const body = await response.text();
    expect(body).toMatch(/monenfant_http_requests_total\{route="\/invitation\/:id",method="POST",status="200"\} 1/);
    expect(body).toMatch(/monenfant_http_request_duration_seconds_bucket\{le="0\.005",route="\/invitation\/:id"/);
    expect(Number(/^monenfant_outbox_pending_messages (\d+)/m.exec(body)?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/^monenfant_outbox_oldest_pending_age_seconds ([\d.]+)/m.exec(body)?.[1])).toBeGreaterThanOrEqual(
      119,
    );
    expect(body).toMatch(/^monenfant_outbox_failed_messages \d+/m);
    expect(body).toContain('monenfant_job_last_run_succeeded{job="observabilite-essai"} 0');
    expect(body).toMatch(/monenfant_job_last_success_timestamp_seconds\{job="observabilite-essai"\} \d{10}/);
    expect(body).toContain('monenfant_job_failures{job="observabilite-essai"} 1');
    expect(body).toContain('monenfant_job_consecutive_failures{job="observabilite-essai"} 1');
    expect(body).toMatch(/monenfant_db_pool_connections\{state="in_use"\} \d+/);
    await db.outboxEmail.deleteMany({ where: { template: { startsWith: "observabilite" } } });
    await db.periodicJobState.delete({ where: { name: "observabilite-essai" } });
  });

  it("@operations the Cnaf sees jobs and the outbox in /admin and puts a failed message back, another role is refused", async () => {
    const { db } = await import("@/lib/db");
    const { sessionUserByEmail } = await import("../support/users");
    const { getOperationsOverview } = await import("@/lib/admin/get-operations-overview");
    const { retryOutboxEmail } = await import("@/lib/admin/retry-outbox-email");
    const cnaf = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const failed = await db.outboxEmail.create({
      data: {
        template: "observabilite-echec",
        to: "x@exemple.fr",
        subject: "Échec",
        html: "",
        text: "",
        status: "FAILED",
        attempts: 20,
        lastError: "550 refusé",
      },
    });
    await db.periodicJobState.create({
      data: {
        name: "observabilite-vue",
        lastStartedAt: new Date(),
        lastDurationMs: 5,
        lastSucceeded: true,
        nextRunAt: new Date(),
      },
    });

    const overview = await getOperationsOverview(cnaf);
    expect(overview.outbox.failed.map((email) => email.id)).toContain(failed.id);
    expect(overview.periodicJobs.map((job) => job.name)).toContain("observabilite-vue");
    await expect(getOperationsOverview(agent)).rejects.toThrow();
    await expect(retryOutboxEmail(agent, failed.id)).rejects.toThrow();

    await retryOutboxEmail(cnaf, failed.id);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING" });
    await expect(retryOutboxEmail(cnaf, failed.id)).rejects.toThrow("n'est plus en échec");
    await db.outboxEmail.delete({ where: { id: failed.id } });
    await db.periodicJobState.delete({ where: { name: "observabilite-vue" } });
  });
});
