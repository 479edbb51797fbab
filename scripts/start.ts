// `npm start` (after `npm run build`): production start. Applies pending migrations, never seeds, refuses
// to serve a database without its reference data (`npm run db:setup` loads them), then runs
// scripts/production-server.ts (PORT, LISTEN_HOST, WEB_CONCURRENCY, PUBLIC_PAGE_CACHE_SECONDS).
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import pg from "pg";
import { bin, migrateDeploy } from "./lib/run";

if (existsSync(".env")) process.loadEnvFile(".env");

// Without them the request form offers no Caf and no convention can be generated.
async function missingReferenceData(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, boolean>>(`
      SELECT EXISTS (SELECT 1 FROM "Departement") AS "départements",
             EXISTS (SELECT 1 FROM "Commune") AS "communes",
             EXISTS (SELECT 1 FROM "Caf") AS "Caf",
             (SELECT count(DISTINCT type) FROM "ConventionTemplate" WHERE "publishedAt" IS NOT NULL) = 2
               AS "modèles de convention publiés"`);
    return Object.entries(rows[0] ?? {})
      .filter(([, present]) => !present)
      .map(([name]) => name);
  } finally {
    await client.end();
  }
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL est obligatoire en production (voir .env.example).");
  await migrateDeploy(databaseUrl);
  const missing = await missingReferenceData(databaseUrl);
  if (missing.length > 0)
    throw new Error(
      `Données de référence absentes (${missing.join(", ")}) : l'application ne peut pas servir. ` +
        "Lancez d'abord `npm run db:setup -- --admin-email <adresse de l'administrateur national>` (voir le README).",
    );
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
