// `npm start` (after `npm run build`): production start. Applies pending migrations, never seeds, then
// runs scripts/production-server.ts (PORT, LISTEN_HOST, WEB_CONCURRENCY, PUBLIC_PAGE_CACHE_SECONDS).
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { bin, migrateDeploy } from "./lib/run";

if (existsSync(".env")) process.loadEnvFile(".env");

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL est obligatoire en production (voir .env.example).");
  await migrateDeploy(databaseUrl);
  const next = spawn(bin("tsx"), ["scripts/production-server.ts"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
