// The floor of the search benchmark: a bare node:http + pg server that runs exactly the SQL the app's
// search issues, and nothing else (no React, no framework). The SQL is not copied: it is captured by
// running lib/search/search-facilities.ts once per filter mix with pg's query method observed, then
// replayed with the same order and parallelism (lookups first, then count and page together).
// It runs as many processes as the app (WEB_CONCURRENCY, node:cluster), so both use the machine alike.
//   tsx --conditions=react-server bench/floor-server.ts <port>     (DATABASE_URL in the environment)
import cluster from "node:cluster";
import http from "node:http";
import { availableParallelism } from "node:os";
import pg from "pg";
import { searchFacilities } from "@/lib/search/search-facilities";
import { db } from "@/lib/db";
import { SEARCH_MIXES } from "./search-mixes";

type Statement = { text: string; values: unknown[] };

async function captureStatements(): Promise<Map<string, Statement[]>> {
  const captured = new Map<string, Statement[]>();
  // Called back below with apply(this, …), so it keeps its client.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = pg.Client.prototype.query;
  let current: Statement[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string; values?: unknown[] };
    if (typeof config === "string") current.push({ text: config, values: (args[1] as unknown[]) ?? [] });
    else current.push({ text: config.text, values: config.values ?? (args[1] as unknown[]) ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    for (const [mix, query] of Object.entries(SEARCH_MIXES)) {
      current = [];
      const result = await searchFacilities(query);
      if (result.status !== "DONE" || result.total === 0)
        throw new Error(`Recherche « ${mix} » sans résultat : jeu de données inattendu.`);
      captured.set(mix, current);
    }
  } finally {
    pg.Client.prototype.query = original;
    await db.$disconnect();
  }
  return captured;
}

async function main() {
  const port = Number(process.argv[2]);
  const statements = await captureStatements();
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const mix = new URL(request.url ?? "/", "http://floor").searchParams.get("mix") ?? "";
    const queries = statements.get(mix);
    if (!queries) return void response.writeHead(404).end();
    try {
      const lookups = queries.slice(0, -2);
      for (const query of lookups) await pool.query(query.text, query.values);
      const [count, page] = await Promise.all(queries.slice(-2).map((query) => pool.query(query.text, query.values)));
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ count: count!.rows, results: page!.rows }));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  };
  const server = http.createServer((request, response) => void answer(request, response));
  server.listen(port, "127.0.0.1");
}

const processes = Number(process.env.WEB_CONCURRENCY ?? availableParallelism());
if (cluster.isPrimary && processes > 1) {
  for (let i = 0; i < processes; i++) cluster.fork();
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
