// The production HTTP server: WEB_CONCURRENCY Next.js processes sharing one port (node:cluster), each a
// stateless instance (sessions are signed tokens; jobs, outbox and rate limits live in PostgreSQL), with
// the build's precompressed static files (lib/http/build-static-files.ts), the public page cache of
// lib/http/public-page-cache.ts and the plain HTML pages (scripts/lib/plain-html-pages.ts: the families' search
// and facility pages, the Caf's request list) in front of Next's renderer.
// Started by scripts/start.ts (`npm start`), by the e2e server and by the benchmarks.
import cluster from "node:cluster";
import http from "node:http";
import next from "next";
import { createPublicPageCache } from "../lib/http/public-page-cache";
import { createBuildStaticFiles } from "../lib/http/build-static-files";
import { refuseConnect, refuseUnservedMethod } from "../lib/http/method-guard";
import { distDirOf } from "./lib/build-app";
import { givenEnvironment, serverProcessSettingsSchema } from "../lib/server-process-settings";
import { attachClientAddress, compileTrustedProxies } from "../lib/http/client-address";
import { logger } from "../lib/observability/logger";
import { observeRequest } from "../lib/observability/http-observer";
import { processRegistry, serveMetrics } from "../lib/observability/metrics";
import { AggregatorRegistry } from "prom-client";
import nextConfig from "../next.config.mjs";

const settings = serverProcessSettingsSchema.parse(givenEnvironment());
const clustered = settings.WEB_CONCURRENCY > 1;

// With several processes, /api/metrics answers for all of them: the process that got the scrape asks the
// primary, which collects every process's registry over the cluster's IPC channel and sums them.
const METRICS_REQUEST = "monenfant:metrics";
let metricsReplies = 0;
function allProcessesMetrics(): Promise<string> {
  const send = process.send?.bind(process);
  if (!clustered || !send) return processRegistry.metrics();
  const id = ++metricsReplies;
  return new Promise((resolve, reject) => {
    // Any process may message this one: a message may be anything, null included.
    const onMessage = (message: { type?: string; id?: number; text?: string; error?: string } | null) => {
      if (message?.type !== `${METRICS_REQUEST}:reply` || message.id !== id) return;
      process.off("message", onMessage);
      if (message.error) reject(new Error(message.error));
      else resolve(message.text ?? "");
    };
    process.on("message", onMessage);
    send({ type: METRICS_REQUEST, id });
  });
}

// The headers next.config.mjs gives every production answer, for those this server writes itself.
async function productionHeaders(): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const all = rules.find((rule) => rule.source === "/:path*");
  return Object.fromEntries((all?.headers ?? []).map(({ key, value }) => [key, value]));
}

function answerFailed(response: http.ServerResponse, error: unknown) {
  logger.error({ error: error instanceof Error ? error.message : String(error) }, "request failed");
  if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
  response.end("Erreur interne du serveur.");
}

async function startInstance() {
  const app = next({ dev: false, dir: process.cwd(), hostname: settings.LISTEN_HOST, port: settings.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = createPublicPageCache({ ttlSeconds: settings.PUBLIC_PAGE_CACHE_SECONDS });
  const staticFiles = createBuildStaticFiles(distDirOf(process.env));
  // The commune lookup answers every keystroke of the place field: it needs neither Next's routing nor the
  // proxy (a GET that reads public reference data, no session), so it is answered here, by the same function
  // as the Next route (issue 23). Imported once Next is ready: the primary never loads the database client.
  const { answerCommuneLookup, COMMUNE_LOOKUP_PATH } = await import("../lib/territory/answer-commune-lookup");
  const { communeDirectory } = await import("../lib/territory/commune-directory");
  // Loaded now rather than at the first keystroke, which would wait for the 35,000 communes; a database not
  // up yet only delays it to that keystroke.
  communeDirectory().catch((error: unknown) =>
    logger.warn({ error: error instanceof Error ? error.message : String(error) }, "commune directory not loaded yet"),
  );
  const headers = await productionHeaders();
  const jsonHeaders = { ...headers, "content-type": "application/json" };
  // The families' search and facility pages and the Caf's request list, rendered here without Next's pipelines.
  const { createPlainHtmlPages } = await import("./lib/plain-html-pages");
  const plainHtmlPages = createPlainHtmlPages({ distDir: distDirOf(process.env), headers });
  const serveCommuneLookup = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const { status, body } = await answerCommuneLookup(request.url ?? "");
    response.writeHead(status, jsonHeaders).end(JSON.stringify(body));
  };
  const trustedProxies = compileTrustedProxies(settings.TRUSTED_PROXIES);
  const metrics = {
    token: settings.METRICS_TOKEN,
    databaseUrl: process.env.DATABASE_URL ?? "",
    processMetrics: allProcessesMetrics,
  };
  const server = http.createServer((request, response) => {
    if (refuseUnservedMethod(request, response)) return;
    attachClientAddress(request, trustedProxies);
    observeRequest(request, response, { logger, secret: process.env.NEXTAUTH_SECRET });
    const pathname = request.url?.split("?")[0];
    if (pathname === "/api/metrics" && request.method === "GET") {
      void serveMetrics(request, response, metrics);
      return;
    }
    if (pathname === COMMUNE_LOOKUP_PATH && request.method === "GET") {
      serveCommuneLookup(request, response).catch((error: unknown) => answerFailed(response, error));
      return;
    }
    staticFiles(request, response, () => {
      void cache
        .handle(request, response, () => plainHtmlPages(request, response, () => handle(request, response)))
        .catch((error: unknown) => answerFailed(response, error));
    });
  });
  server.on("connect", refuseConnect);
  server.keepAliveTimeout = 65_000;
  server.listen(settings.PORT, settings.LISTEN_HOST, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1)
      console.log(
        `monenfant.fr prêt sur http://${settings.LISTEN_HOST}:${settings.PORT} (${settings.WEB_CONCURRENCY} processus)`,
      );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

// Rendering a page allocates many short-lived objects, which V8's default young generation (16 MB semi-spaces)
// collects often. With 64 MB, an uncached search cost 4.5-4.9 ms of a process's CPU instead of 5.8-7.4 ms
// (bench/cost-per-request.ts, alternating runs), for at most 128 MB more memory per process.
const WORKER_HEAP_FLAGS = ["--max-semi-space-size=64"];

function startPrimary() {
  let stopping = false;
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...WORKER_HEAP_FLAGS] });
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id?: number } | null) => {
    if (message?.type !== METRICS_REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: `${METRICS_REQUEST}:reply`, id: message.id, text }),
      (error: unknown) =>
        worker.send({
          type: `${METRICS_REQUEST}:reply`,
          id: message.id,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  });
  for (let i = 0; i < settings.WEB_CONCURRENCY; i++) cluster.fork();
  // An instance that dies is replaced: the others keep serving meanwhile.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // Node passes a null signal when the process ended by itself (its types say string).
    console.error(`[server] processus ${worker.process.pid} arrêté (${signal || code}), relancé`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    let remaining = Object.keys(cluster.workers ?? {}).length;
    if (remaining === 0) process.exit(0);
    cluster.on("exit", () => --remaining === 0 && process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

if (cluster.isPrimary && clustered) startPrimary();
else
  startInstance().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
