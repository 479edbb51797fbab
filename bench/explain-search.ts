// EXPLAIN ANALYZE of the SQL the app's search really sends, for the searches given: lib/search/search-facilities.ts
// runs once per search with pg's query method observed, then each captured statement is explained with its own
// values. Prints JSON: one entry per search, with the plans of its statements.
//   tsx --conditions=react-server bench/explain-search.ts '<JSON array of search queries>'   (DATABASE_URL set)
import pg from "pg";
import { searchFacilities } from "@/lib/search/search-facilities";
import { db } from "@/lib/db";
import { communeDirectory } from "@/lib/territory/commune-directory";

type Statement = { text: string; values: unknown[] };
export type SearchPlans = { query: Record<string, string>; total: number | null; plans: string[] };

async function capture(query: Record<string, string>): Promise<{ statements: Statement[]; total: number | null }> {
  const statements: Statement[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied to its own client below
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string; values?: unknown[] };
    const given = args[1] as unknown[] | undefined;
    if (typeof config === "string") statements.push({ text: config, values: given ?? [] });
    else statements.push({ text: config.text, values: config.values ?? given ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const search = await searchFacilities(query);
    return { statements, total: search.status === "DONE" ? search.total : null };
  } finally {
    pg.Client.prototype.query = original;
  }
}

async function main() {
  const queries = JSON.parse(process.argv[2] ?? "[]") as Record<string, string>[];
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const results: SearchPlans[] = [];
  try {
    // Loaded before the first capture, as a running app has it: its reads are not the search's SQL.
    await communeDirectory();
    for (const query of queries) {
      const { statements, total } = await capture(query);
      const plans: string[] = [];
      // The search's own statements: not the commune directory's version check, made at most once a second.
      for (const statement of statements.filter(
        (s) => /^\s*(SELECT|WITH)/i.test(s.text) && s.text.includes('"Facility"'),
      )) {
        const plan = await client.query<{ "QUERY PLAN": string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
          statement.values,
        );
        plans.push(plan.rows.map((row) => row["QUERY PLAN"]).join("\n"));
      }
      results.push({ query, total, plans });
    }
  } finally {
    await client.end();
    await db.$disconnect();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
