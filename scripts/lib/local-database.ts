// Uses DATABASE_URL when given; otherwise this checkout's embedded PostgreSQL (data in .data/postgres, kept
// across runs). A server already running on this checkout's data (`npm run dev` in another terminal) is
// reused; a server of another checkout never is: the running server is found through this checkout's own
// postmaster.pid, and must confirm the data folder it serves.
import path from "node:path";
import pg from "pg";
import {
  DATA_DIR_SETTING,
  EMBEDDED_PASSWORD,
  EMBEDDED_USER,
  EmbeddedPostgresError,
  runningServerOf,
  startEmbeddedPostgres,
} from "./embedded-postgres";
import { freePort, portIsFree } from "./ports";

export const EMBEDDED_DATA_DIR = ".data/postgres";
export const EMBEDDED_DATABASE = "monenfant";
export const DEFAULT_EMBEDDED_PORT = 54329;

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

// A server this process did not start (given by DATABASE_URL, or started by another terminal) keeps running.
const leaveRunning = () => Promise.resolve();

const urlAt = (port: number) =>
  `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;

/** The data folder served on `port`, or null when nothing there answers as an embedded server. */
export async function dataDirServedOn(port: number): Promise<string | null> {
  const client = new pg.Client({ connectionString: urlAt(port), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const result = await client.query<{ dir: string | null }>("SELECT current_setting($1, true) AS dir", [
      DATA_DIR_SETTING,
    ]);
    return result.rows[0]?.dir ?? null;
  } catch {
    return null;
  } finally {
    // A client that never connected has nothing to close: its failure is already answered above.
    await client.end().catch(() => undefined);
  }
}

async function reuseRunningServer(dataDir: string): Promise<Database | null> {
  const running = runningServerOf(dataDir);
  if (!running) return null;
  if ((await dataDirServedOn(running.port)) !== dataDir)
    throw new EmbeddedPostgresError(
      `Un PostgreSQL (processus ${running.pid}) tient le dossier ${dataDir} sans répondre comme la base de cette ` +
        "copie du projet (lancé par une ancienne version ?) : arrêtez-le, puis relancez.",
    );
  console.log(`PostgreSQL intégré de cette copie déjà démarré (port ${running.port}) : réutilisé.`);
  return { url: urlAt(running.port), embedded: true, stop: leaveRunning };
}

export async function ensureDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: leaveRunning };
  const dataDir = path.resolve(EMBEDDED_DATA_DIR);
  const reused = await reuseRunningServer(dataDir);
  if (reused) return reused;

  const wanted = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT);
  const port = (await portIsFree(wanted)) ? wanted : await freePort();
  if (port !== wanted)
    console.log(
      `Le port ${wanted} est déjà pris (la base d'une autre copie du projet, ou un autre programme) : ` +
        `PostgreSQL intégré de cette copie démarre sur le port ${port}.`,
    );
  const server = await startEmbeddedPostgres({ dataDir, port, database: EMBEDDED_DATABASE });
  return { url: server.url, embedded: true, stop: server.stop };
}
