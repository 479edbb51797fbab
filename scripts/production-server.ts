// The production HTTP server: WEB_CONCURRENCY Next.js processes sharing one port (node:cluster), each a
// stateless instance (sessions are signed tokens; jobs, outbox and rate limits live in PostgreSQL), with
// the build's precompressed static files (lib/http/build-static-files.ts) and the public page cache of
// lib/http/public-page-cache.ts in front of Next's renderer.
// Started by scripts/start.ts (`npm start`), by the e2e server and by the benchmarks.
import cluster from "node:cluster";
import http from "node:http";
import next from "next";
import { createPublicPageCache } from "../lib/http/public-page-cache";
import { createBuildStaticFiles } from "../lib/http/build-static-files";
import { distDirOf } from "./lib/build-app";
import { givenEnvironment, serverProcessSettingsSchema } from "../lib/server-process-settings";

const settings = serverProcessSettingsSchema.parse(givenEnvironment());

async function startInstance() {
  const app = next({ dev: false, dir: process.cwd(), hostname: settings.LISTEN_HOST, port: settings.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = createPublicPageCache({ ttlSeconds: settings.PUBLIC_PAGE_CACHE_SECONDS });
  const staticFiles = createBuildStaticFiles(distDirOf(process.env));
  const server = http.createServer((request, response) => {
    staticFiles(request, response, () => {
      void cache
        .handle(request, response, () => handle(request, response))
        .catch((error: unknown) => {
          console.error("[server] request failed", error);
          if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
          response.end("Erreur interne du serveur.");
        });
    });
  });
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

function startPrimary() {
  let stopping = false;
  for (let i = 0; i < settings.WEB_CONCURRENCY; i++) cluster.fork();
  // An instance that dies is replaced: the others keep serving meanwhile.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`[server] processus ${worker.process.pid} arrêté (${signal ?? code}), relancé`);
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

if (cluster.isPrimary && settings.WEB_CONCURRENCY > 1) startPrimary();
else
  startInstance().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
