// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createDatabasePool } from "@/lib/database-pool";

function createClient() {
  // Idle connections are kept 5 minutes (pg closes them after 10 s by default): a page requested every few
  // seconds would otherwise open new connections (and re-prepare its statements) each time, +50 ms. They do
  // not keep a finished script (seed, jobs) alive: the server's own socket is what keeps the app running.
  const pool = createDatabasePool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    idleTimeoutMillis: 5 * 60_000,
    allowExitOnIdle: true,
  });
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

// Dev hot-reload re-evaluates modules: keep one client (and one pool) per process.
const globalForPrisma = globalThis as unknown as { database?: ReturnType<typeof createClient> };
const database = globalForPrisma.database ?? createClient();
globalForPrisma.database = database;

export const db = database.prisma;

/** The row of a query that always answers exactly one (`RETURNING` of an upsert, `count(*)`). */
export function onlyRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error("The query answered no row.");
  return row;
}

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Runs one statement of a hot path as a named prepared statement on the app's pool (the one Prisma uses):
 * PostgreSQL parses and plans it once per connection instead of at every call, which for the availability
 * writes costs more than running them. Parameters arrive untyped: the SQL casts what is not text, and
 * returns timestamps as timestamptz or text.
 */
export async function queryPrepared<Row extends object>(statement: Prisma.Sql): Promise<Row[]> {
  const name = createHash("sha1").update(statement.text).digest("base64url");
  const result = await database.pool.query<Row>({ name, text: statement.text, values: statement.values });
  return result.rows;
}
