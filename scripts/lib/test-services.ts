// Real services for automated tests: a fresh embedded PostgreSQL with migrations and demo data,
// and an SMTP sink writing to a folder. Used by Vitest's global setup and by the e2e server.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { startMailSink, type MailSink } from "../../lib/dev/mail-sink";
import { freePort } from "./ports";
import { migrateDeploy, run, bin } from "./run";

export type TestServices = {
  databaseUrl: string;
  smtpUrl: string;
  mailDir: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
};

export const TEST_SECRET = "test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz";

export async function startTestServices(name: string, extraEnv: Record<string, string> = {}): Promise<TestServices> {
  const root = path.resolve(".data", name);
  const mailDir = path.join(root, "mail");
  rmSync(mailDir, { recursive: true, force: true });
  mkdirSync(mailDir, { recursive: true });

  const database = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: () => Promise.resolve() }
    : await startEmbeddedPostgres({
        dataDir: path.join(root, "postgres"),
        port: await freePort(),
        database: "monenfant_test",
        fresh: true,
      });
  let sink: MailSink | null = null;
  const smtpUrl = process.env.SMTP_URL ?? (sink = await startMailSink({ dir: mailDir, port: await freePort() })).url;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    SMTP_URL: smtpUrl,
    MAIL_SINK_DIR: mailDir,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? TEST_SECRET,
    BCRYPT_COST: process.env.BCRYPT_COST ?? "6",
    ...extraEnv,
  };
  await migrateDeploy(database.url);
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], env);
  return {
    databaseUrl: database.url,
    smtpUrl,
    mailDir,
    env,
    async stop() {
      await sink?.close();
      await database.stop();
    },
  };
}
