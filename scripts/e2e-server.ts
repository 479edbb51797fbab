// Started by Playwright's webServer: real services (embedded PostgreSQL, SMTP sink), the production
// build, then the production server (scripts/production-server.ts). Where the tests find the database
// and the mail folder is written to .data/<E2E_NAME or "e2e">/runtime.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { startTestServices } from "./lib/test-services";
import { bin } from "./lib/run";
import { buildApp } from "./lib/build-app";
import { MAP_TEST_ATTRIBUTION, mapTileUrl } from "../tests/support/map-tiles";
import { testOidcAppSettings } from "../tests/support/test-oidc-settings";

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  const name = process.env.E2E_NAME ?? "e2e";
  const runtimeFile = path.resolve(".data", name, "runtime.json");
  const services = await startTestServices(name, {
    APP_URL: `http://127.0.0.1:${port}`,
    OUTBOX_POLL_INTERVAL_MS: "500",
    NEXT_TELEMETRY_DISABLED: "1",
    MAP_TILE_URL: mapTileUrl(port),
    MAP_ATTRIBUTION: MAP_TEST_ATTRIBUTION,
    // ProConnect sign-in against the OpenID Connect provider that tests/e2e/agent-sign-in.spec.ts starts.
    ...testOidcAppSettings(),
  });
  mkdirSync(path.dirname(runtimeFile), { recursive: true });
  writeFileSync(runtimeFile, JSON.stringify({ databaseUrl: services.databaseUrl, mailDir: services.mailDir }));
  if (process.env.E2E_SKIP_BUILD !== "1") await buildApp(services.env);
  // The production server as deployed: several processes behind one port, so the suite also proves
  // that no state lives in an instance.
  const next = spawn(bin("tsx"), ["scripts/production-server.ts"], {
    stdio: "inherit",
    // Request logs (one line each) would bury Playwright's report: warnings and errors only, unless asked.
    env: {
      ...services.env,
      NODE_ENV: "production",
      PORT: port,
      LISTEN_HOST: "127.0.0.1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      METRICS_TOKEN: process.env.METRICS_TOKEN ?? "e2e-metrics-token-0123456789",
    },
  });
  const shutdown = async () => {
    next.kill("SIGTERM");
    await services.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown());
  process.on("SIGTERM", () => void shutdown());
  next.on("exit", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
