// Uses DATABASE_URL when given; otherwise the project's embedded PostgreSQL (data in .data/postgres,
// kept across runs). If `npm run dev` already runs it, the running server is reused.
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { portIsFree } from "./ports";

export const EMBEDDED_DATA_DIR = ".data/postgres";
export const EMBEDDED_DATABASE = "monenfant";

export async function ensureDatabase(): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  if (!(await portIsFree(port))) {
    const url = `postgresql://monenfant:monenfant-local@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
    const probe = new pg.Client({ connectionString: url });
    await probe.connect().catch(() => {
      throw new Error(`Le port ${port} est occupé par un autre programme : choisissez EMBEDDED_POSTGRES_PORT.`);
    });
    await probe.end();
    return { url, embedded: true, stop: () => Promise.resolve() };
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, database: EMBEDDED_DATABASE });
  return { url: server.url, embedded: true, stop: () => server.stop() };
}
