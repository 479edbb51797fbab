// Per-call cost of the use cases behind the bench scenarios, outside Next: CPU of this process, queries sent,
// and PostgreSQL's own time per statement (pg_stat_statements, which the database must preload).
//   tsx --require ./scripts/lib/server-only-shim.cjs bench/probe.ts [communes|search|facility|caf|all]   (DATABASE_URL set)
import pg from "pg";
import { db } from "@/lib/db";
import { searchFacilities } from "@/lib/search/search-facilities";
import { searchCommunes } from "@/lib/territory/search-communes";
import { getPublicFacility } from "@/lib/public/get-public-facility";
import { listHabilitationRequests } from "@/lib/habilitation/list-habilitation-requests";

type Stat = { text: string; ms: number };
const log: Stat[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied to its own client below
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const config = args[0] as string | { text: string; callback?: unknown };
  const text = typeof config === "string" ? config : config.text;
  const start = performance.now();
  const done = () => log.push({ text, ms: performance.now() - start });
  const last = args.length - 1;
  if (typeof args[last] === "function") {
    const callback = args[last] as (...a: unknown[]) => unknown;
    args[last] = (...a: unknown[]) => (done(), callback(...a));
  } else if (typeof config === "object" && typeof config.callback === "function") {
    const callback = config.callback as (...a: unknown[]) => unknown;
    config.callback = (...a: unknown[]) => (done(), callback(...a));
  }
  const result = (original as (...a: unknown[]) => unknown).apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === "function") (result as Promise<unknown>).then(done, done);
  return result;
} as typeof original;

let stats: pg.Client;
async function bench(name: string, calls: (() => Promise<unknown>)[], rounds: number) {
  for (const call of calls.slice(0, 5)) await call(); // warm
  await stats.query("SELECT pg_stat_statements_reset()");
  log.length = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let n = 0;
  for (let r = 0; r < rounds; r++)
    for (const call of calls) {
      await call();
      n++;
    }
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const dbMs = log.reduce((s, x) => s + x.ms, 0);
  console.log(
    `${name}: ${n} calls, wall ${(wall / n).toFixed(2)} ms/call, node CPU ${((used.user + used.system) / 1000 / n).toFixed(2)} ms/call, ` +
      `${(log.length / n).toFixed(2)} queries/call, ${(dbMs / n).toFixed(2)} ms/call waiting on pg`,
  );
  const { rows } = await stats.query<{ exec: number; plan: number; calls: string; query: string }>(
    `SELECT total_exec_time AS exec, total_plan_time AS plan, calls, query FROM pg_stat_statements
     WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time + total_plan_time DESC`,
  );
  const total = rows.reduce((sum, row) => sum + row.exec + row.plan, 0);
  console.log(`  PostgreSQL: ${(total / n).toFixed(2)} ms/call (plan+exec)`);
  for (const row of rows.slice(0, Number(process.env.TOP ?? 3)))
    console.log(
      `   ${(row.exec / n).toFixed(2)} exec + ${(row.plan / n).toFixed(2)} plan ms/call, ${row.calls} calls: ${row.query.slice(0, 160).replace(/\s+/g, " ")}`,
    );
  if (process.env.SHOW_SQL)
    for (const s of log.slice(0, Number(process.env.SHOW_SQL)))
      console.log(s.ms.toFixed(2), s.text.slice(0, 300).replace(/\s+/g, " "));
}

async function main() {
  const which = process.argv[2] ?? "all";
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  stats = client;
  if (which === "all" || which === "communes") {
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM "Commune" ORDER BY md5("inseeCode") LIMIT 60`,
    );
    const typed = rows.flatMap(({ name }) => {
      const t = name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[-']/g, " ");
      const prefixes = Array.from({ length: Math.max(0, Math.min(t.length, 14) - 1) }, (_, i) => t.slice(0, i + 2));
      return [...prefixes, t.length > 4 ? `${t.slice(0, 2)}${t[3]}${t[2]}${t.slice(4)}` : t];
    });
    await bench(
      "communes",
      typed.map((q) => () => searchCommunes({ q })),
      1,
    );
  }
  if (which === "all" || which === "search") {
    const { rows } = await client.query<{ insee: string }>(
      `SELECT "inseeCode" AS insee FROM "Commune" WHERE latitude IS NOT NULL ORDER BY population DESC NULLS LAST LIMIT 100`,
    );
    const filters = [{}, { type: "EAJE", places: "1" }, { age: "18" }, { type: "EAJE", age: "12", page: "2" }];
    const radii = ["1", "2", "5", "10", "30"];
    const queries = rows.map((r, i) => ({ commune: r.insee, rayon: radii[i % 5]!, ...filters[i % 4] }));
    await bench(
      "search",
      queries.map((q) => () => searchFacilities(q)),
      1,
    );
  }
  if (which === "all" || which === "facility") {
    const ids = Array.from({ length: 200 }, (_, i) => `banc-f-${1 + ((i * 7919) % 60000)}`);
    await bench(
      "facility",
      ids.map((id) => () => getPublicFacility(id)),
      1,
    );
  }
  if (which === "all" || which === "caf") {
    const { rows } = await client.query(`SELECT id, "cafId" FROM "User" WHERE email = 'agent.caf47@demo.monenfant.fr'`);
    const actor = { ...rows[0], role: "CAF_AGENT" } as never;
    await bench(
      "caf",
      Array.from({ length: 50 }, () => () => listHabilitationRequests(actor, {})),
      1,
    );
  }
  await client.end();
  await db.$disconnect();
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
