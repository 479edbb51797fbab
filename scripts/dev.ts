// `npm run dev`: zero set-up development server. Without DATABASE_URL it starts an embedded
// PostgreSQL (data kept in .data/postgres); without SMTP_URL an SMTP sink whose messages show at
// /dev/boite-mail. It applies migrations, seeds demo data, then runs `next dev`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureDatabase } from "./lib/local-database";
import { startMailSink } from "../lib/dev/mail-sink";
import { freePort } from "./lib/ports";
import { bin, migrateDeploy, run } from "./lib/run";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/demo-accounts";

if (existsSync(".env")) process.loadEnvFile(".env");

// A stable per-checkout secret, so dev sessions survive restarts; production must set its own.
function devSecret(): string {
  const file = path.resolve(".data", "dev-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const database = await ensureDatabase();
  await migrateDeploy(database.url);

  const mailDir = path.resolve(".data", "mail");
  const sink = process.env.SMTP_URL
    ? null
    : await startMailSink({ dir: mailDir, port: Number(process.env.DEV_SMTP_PORT ?? (await freePort())) });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? devSecret(),
    APP_URL: appUrl,
    SMTP_URL: sink ? sink.url : process.env.SMTP_URL,
    ...(sink ? { MAIL_SINK_DIR: mailDir } : {}),
  };
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env);

  const next = spawn(bin("next"), ["dev", "--port", String(port)], { stdio: "inherit", env });
  const shutdown = async (code: number) => {
    next.kill("SIGTERM");
    await sink?.close();
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));

  if (await waitForHealth(`http://127.0.0.1:${port}/api/health`, 180_000)) {
    console.log(`\n  Espace partenaires monenfant.fr prêt : ${appUrl}`);
    if (sink) console.log(`  Courriels envoyés : ${appUrl}/dev/boite-mail`);
    console.log(`\n  Comptes de démonstration (mot de passe : ${DEMO_PASSWORD})`);
    for (const account of DEMO_ACCOUNTS) console.log(`    ${account.label.padEnd(40)} ${account.email}`);
    console.log("  L'administratrice Cnaf active un second facteur à sa première connexion (README, « Demo logins »).");
    console.log("");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
