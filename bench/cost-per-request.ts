// CPU spent per request, app and PostgreSQL apart, for the scenarios with a latency target: what a change
// saves, measured so that other work on a shared machine does not blur it (unlike latencies). Low load
// (4 connections), one app process; the CPU times of the app's process tree and of the database server's
// processes are read from /proc before and after each run.
//   tsx bench/cost-per-request.ts <app URL> <app root pid> <postmaster pid> [scenario…]   (DATABASE_URL set)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { DEMO_PASSWORD } from "../prisma/demo-accounts";
import { bin } from "../scripts/lib/run";
import { communeKeystrokes, uncachedSearches } from "./search-mixes";
import { SCALE } from "./generate-dataset";
import { sessionCookie } from "./session-cookie";
import type { LoadOutcome } from "./load";

const [APP, APP_PID, PG_PID, ...only] = process.argv.slice(2);
const TICK_MS = 1000 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

function tree(root: number): number[] {
  const children = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const pids = [root];
  // The list grows while it is walked: each child found is searched for children in turn.
  for (const parent of pids) for (const [pid, ppid] of children) if (ppid === parent) pids.push(pid);
  return pids;
}

/** CPU milliseconds of the process tree (user + system), its ended children included. */
function cpuMs(root: number): number {
  return tree(root).reduce((sum, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // utime, stime, cutime, cstime: fields 14-17 of stat, 12-15 after the command.
      return sum + [11, 12, 13, 14].reduce((s, i) => s + Number(fields[i]), 0) * TICK_MS;
    } catch {
      return sum;
    }
  }, 0);
}

function load(paths: string[], seconds: number, headers?: Record<string, string>): LoadOutcome {
  const scenario = JSON.stringify({ url: APP, connections: 4, durationSeconds: seconds, paths, headers });
  return JSON.parse(execFileSync(bin("tsx"), ["bench/load.ts"], { input: scenario, encoding: "utf8" })) as LoadOutcome;
}

async function main() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const searches = await uncachedSearches(client, 6_000);
  const scenarios: Record<string, () => Promise<{ paths: string[]; headers?: Record<string, string> }>> = {
    search: () => Promise.resolve({ paths: searches.measured.map((s) => `/recherche?${s}`) }),
    communes: async () => ({ paths: await communeKeystrokes(client, 2_000) }),
    facility: () =>
      Promise.resolve({
        paths: Array.from({ length: 500 }, (_, i) => `/structures/banc-f-${1 + ((i * 7919) % SCALE.facilities)}`),
      }),
    caf: async () => ({
      paths: ["/caf/demandes"],
      headers: { cookie: await sessionCookie(APP ?? "", "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD) },
    }),
  };
  const seconds = Number(process.env.COST_SECONDS ?? 8);
  for (const [name, make] of Object.entries(scenarios)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const { paths, headers } = await make();
    load(paths.slice().reverse(), 3, headers); // warm-up, other paths first
    const app0 = cpuMs(Number(APP_PID));
    const pg0 = cpuMs(Number(PG_PID));
    const outcome = load(paths, seconds, headers);
    const app = (cpuMs(Number(APP_PID)) - app0) / outcome.requests;
    const db = (cpuMs(Number(PG_PID)) - pg0) / outcome.requests;
    console.log(
      `${name}: ${outcome.requests} requests (${outcome.notOk} non-2xx), app ${app.toFixed(2)} ms CPU/request, PostgreSQL ${db.toFixed(2)} ms CPU/request, p50 ${outcome.p50} ms`,
    );
  }
  await client.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
