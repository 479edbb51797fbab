// `npm run bench [-- --quick | --dataset-only]`: the production build, served as in production
// (scripts/production-server.ts: one process per core, public page cache), against the national dataset, driven
// by autocannon from child processes, next to the search floor (bare node:http + pg with hand-written SQL, same
// process count; bench/README.md). Writes bench/results.json and bench/results.md. The dataset is generated once
// and kept under .data/bench (regenerated when the seed or the generator change); the build in .next-bench is
// reused while the app's sources are unchanged.
import { createHash } from "node:crypto";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type LocalPostgres } from "../scripts/lib/embedded-postgres";
import { bin, migrateDeploy } from "../scripts/lib/run";
import { freePort } from "../scripts/lib/ports";
import { buildApp } from "../scripts/lib/build-app";
import { newApiKey } from "../lib/api/api-key-format";
import { DEMO_PASSWORD } from "../prisma/demo-accounts";
import { benchAppEnv } from "./bench-env";
import { sessionCookie } from "./session-cookie";
import { generateDataset, SCALE } from "./generate-dataset";
import { communeKeystrokes, SEARCH_MIXES, searchPath, uncachedSearches } from "./search-mixes";
import type { SearchPlans } from "./explain-search";
import { auditPage, type PageAudit } from "./lighthouse";
import type { LoadOutcome, LoadScenario } from "./load";

const QUICK = process.argv.includes("--quick");
// `--dataset-only` builds (or brings up to date) the national dataset and stops: it takes a while, and can be
// done ahead of the bench.
const DATASET_ONLY = process.argv.includes("--dataset-only");
// Free ports picked by the system: several checkouts may run their bench on the same machine.
const PORTS = { postgres: 0, app: 0, floor: 0 };
let APP = "";
let FLOOR = "";
const DATA_DIR = path.resolve(".data/bench");
const DIST_DIR = ".next-bench";
const CONNECTIONS = 50;
const SECONDS = QUICK ? 6 : 30;
// Each scenario first runs at full load, unmeasured, so that every app process is warm, as in production.
const WARM_UP_SECONDS = QUICK ? 5 : 10;
// The API's write path needs longer: on a fresh process under full load it goes from ~80 to ~400 writes/s
// in about 20 s, then stays there (first calls on each connection, then V8 optimising the code in tiers while
// the two cores are busy: with V8's optimising compilers off, a process stays near 185/s). After 5 s the
// bench measured the middle of that climb, not the steady state.
const API_WARM_UP_SECONDS = 25;
const API_KEYS = 200;
const CAF_AGENT = "agent.caf47@demo.monenfant.fr";
const LIGHTHOUSE_RUNS = QUICK ? 3 : 5;
// Other work on the machine skews the figures: the load average at start is recorded with them.
const loadAverageAtStart = loadavg()[0]!.toFixed(2);
const TARGETS = {
  searchP95Ms: 150,
  // The app's uncached searches per second, as a share of the floor's.
  searchFloorThroughput: 0.5,
  facilityPageP95Ms: 100,
  cafListP95Ms: 300,
  communeLookupP95Ms: 20,
  apiWritesPerSecond: 200,
  accessibility: 100,
  performance: 90,
  searchPagePerformance: 95,
};
const UNCACHED_SEARCH = "recherche autour d'un lieu, sans cache";
const CACHED_SEARCH = "recherche, recherches répétées (avec cache)";
const COMMUNE_LOOKUP = "recherche de commune (/api/communes, à chaque frappe)";
const FACILITY_PAGE = "fiche structure";
const CAF_LIST = "liste des demandes Caf";
// 6,000 communes × 5 radii: 15,000 searches to warm up on, 15,000 others to measure.
const UNCACHED_SEARCH_COMMUNES = 6_000;
const COMMUNE_LOOKUP_NAMES = 2_000;
// The worst searches for the database (the most facilities to count and sort), explained in the results.
const EXPLAINED_SEARCHES = [
  { commune: "75056", rayon: "30" },
  { commune: "75056", rayon: "30", age: "18" },
  { commune: "75056", rayon: "30", type: "EAJE", places: "1", page: "3" },
  { lieu: "lyon", rayon: "30", accueil: "regulier", debut: "" },
  { departement: "75" },
];
let uncachedSearchRepeats = 0;

const started = Date.now();
/** Progress lines carry the time since the start: where the minutes go. */
const progress = (message: string) => console.log(`[${Math.round((Date.now() - started) / 1000)} s] ${message}`);

type Measure = LoadOutcome & {
  name: string;
  target: "app" | "floor";
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  okDuringWarmUp: number;
};

/** A digest of the named files and folders (paths, and the content of files): what a cached artefact was made from. */
function fingerprint(files: string[]): string {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    if (statSync(file).isFile()) hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

// What the data is made of. Migrations are not part of it: those added since the dataset was generated are
// applied to it (bench/generate-dataset.ts fills what the bench needs from what the migrations leave).
const datasetFingerprint = () => fingerprint(["bench/generate-dataset.ts", "prisma/seed.ts"]);

/** What the build is made of: every file git knows of (tracked, or new and not ignored) but the tests and the bench. */
function buildSources(): string[] | null {
  try {
    return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
      .split("\0")
      .filter((file) => file && existsSync(file) && !/^(bench|tests|\.ci)\/|\.md$/.test(file))
      .sort();
  } catch {
    return null; // not a git checkout: always rebuild
  }
}

/** The production build, reused from the previous bench while the sources are unchanged (like the dataset). */
async function benchBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const marker = path.join(DIST_DIR, "bench-build.sha256");
  const sources = buildSources();
  const digest = sources && fingerprint(sources);
  if (digest && existsSync(marker) && readFileSync(marker, "utf8") === digest) {
    progress(`Build de production inchangé depuis le dernier banc : ${DIST_DIR} réutilisé.`);
    return;
  }
  await buildApp({ ...env, NEXT_BUILD_SKIP_TYPE_CHECK: "true" });
  if (digest) writeFileSync(marker, digest);
}

async function benchDatabase(): Promise<LocalPostgres> {
  const marker = path.join(DATA_DIR, "dataset.sha256");
  const digest = datasetFingerprint();
  const fresh = !existsSync(marker) || readFileSync(marker, "utf8") !== digest;
  mkdirSync(DATA_DIR, { recursive: true });
  const database = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    port: PORTS.postgres,
    database: "bench",
    fresh,
  });
  if (fresh) {
    console.log("Génération du jeu de données national…");
    await generateDataset(database.url);
    writeFileSync(marker, digest);
  } else await migrateDeploy(database.url);
  return database;
}

function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"], detached: false });
  child.on("exit", (code, signal) => {
    if (code !== null && code !== 0) console.error(`${command} ${args.join(" ")} s'est arrêté (${signal ?? code})`);
  });
  return child;
}

async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} ne répond pas.`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Waits (60 s at most) until the CPUs have been at least 90 % idle for a second. */
async function waitForIdleMachine(): Promise<void> {
  const idleShare = async () => {
    const total = (cpu: ReturnType<typeof cpus>[number]) =>
      Object.values(cpu.times).reduce((sum, time) => sum + time, 0);
    const before = cpus();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpus();
    const idle = after.reduce((sum, cpu, i) => sum + cpu.times.idle - before[i]!.times.idle, 0);
    const all = after.reduce((sum, cpu, i) => sum + total(cpu) - total(before[i]!), 0);
    return all > 0 ? idle / all : 1;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (await idleShare()) < 0.9);
}

/** One autocannon run in a child process (the load generator never shares the driver's event loop). */
function load(scenario: LoadScenario): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    // The scenario goes through stdin: thousands of paths exceed what a command line may hold.
    const child = spawn(bin("tsx"), ["bench/load.ts"], { stdio: ["pipe", "pipe", "inherit"] });
    child.stdin.end(JSON.stringify(scenario));
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(output) as LoadOutcome) : reject(new Error(`autocannon a échoué (${code})`)),
    );
  });
}

async function measure(
  name: string,
  target: Measure["target"],
  { warmUpPaths, ...scenario }: Omit<LoadScenario, "connections" | "durationSeconds"> & { warmUpPaths?: string[] },
  warmUpSeconds = WARM_UP_SECONDS,
): Promise<Measure> {
  const warmUp = await load({
    ...scenario,
    paths: warmUpPaths ?? scenario.paths,
    connections: CONNECTIONS,
    durationSeconds: warmUpSeconds,
  });
  const outcome = await load({ ...scenario, connections: CONNECTIONS, durationSeconds: SECONDS });
  const result = {
    name,
    target,
    connections: CONNECTIONS,
    seconds: SECONDS,
    warmUpSeconds,
    ...outcome,
    okDuringWarmUp: warmUp.ok,
  };
  progress(
    `${name} (${target}) : p95 ${result.p95.toFixed(1)} ms, ${result.requestsPerSecond.toFixed(0)} req/s, ${result.notOk} non-2xx, ${result.errors} erreurs`,
  );
  return result;
}

/** API keys of the first providers (as lib/api/manage-api-keys.ts stores them) and their EAJE. */
async function apiTargets(client: pg.Client) {
  const targets: { path: string; token: string }[] = [];
  const keyIds: string[] = [];
  for (let provider = 1; provider <= API_KEYS; provider++) {
    const key = newApiKey();
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "ApiKey" (id, prefix, "secretHash", name, "ownerId", "providerId") VALUES ($1, $2, $3, 'Banc d''essai', $4, $5) RETURNING id`,
      [`banc-k-${key.prefix}`, key.prefix, key.secretHash, `banc-u-${provider}`, `banc-p-${provider}`],
    );
    keyIds.push(rows[0]!.id);
    const facilities = await client.query<{ id: string }>(
      `SELECT id FROM "Facility" WHERE "providerId" = $1 AND "isEaje"`,
      [`banc-p-${provider}`],
    );
    for (const facility of facilities.rows)
      targets.push({ path: `/api/v1/structures/${facility.id}/disponibilites`, token: key.token });
  }
  return { targets, keyIds };
}

const countApiPublications = async (client: pg.Client, keyIds: string[]) =>
  Number(
    (
      await client.query<{ count: string }>(
        `SELECT count(*) FROM "AvailabilityPublication" WHERE "apiKeyId" = ANY($1)`,
        [keyIds],
      )
    ).rows[0]!.count,
  );

function markdown(report: ReturnType<typeof buildReport>): string {
  const rows = report.measures.map((m) => {
    const floor =
      m.target === "app" ? report.measures.find((f) => f.target === "floor" && f.name === m.name) : undefined;
    const ratio = floor
      ? `${(m.p95 / floor.p95).toFixed(2)}× / ${(m.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}×`
      : "";
    return `| ${m.name} | ${m.target} | ${m.connections} | ${m.warmUpSeconds} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.requestsPerSecond.toFixed(0)} | ${m.notOk + m.errors + m.timeouts} | ${ratio} |`;
  });
  const checks = report.checks.map((c) => `- ${c.passed ? "✅" : "❌"} ${c.label} : ${c.observed}`);
  const plans = report.explained.flatMap((search) => [
    `### \`${new URLSearchParams(search.query)}\` (${search.total ?? "—"} structures)`,
    "",
    ...search.plans.flatMap((plan) => ["```", plan, "```", ""]),
  ]);
  return [
    `# Benchmarks (${report.mode}, ${report.date})`,
    "",
    `Machine : ${report.machine}. Jeu de données : ${report.dataset}.`,
    "",
    "| Scénario | Cible | Connexions | Chauffe (s) | p50 (ms) | p95 (ms) | p99 (ms) | req/s | échecs | p95 / req/s face au plancher |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "## Objectifs",
    ...checks,
    "",
    "## Lecture",
    `- « ${UNCACHED_SEARCH} » : ${UNCACHED_SEARCH_COMMUNES.toLocaleString("fr-FR")} communes parmi les plus peuplées × les`,
    "  5 rayons, chacune avec une combinaison de filtres, dans un ordre mélangé fixe ; la chauffe joue une moitié des",
    "  recherches, la mesure l'autre : aucune n'est servie par le cache de pages (`PUBLIC_PAGE_CACHE_SECONDS`).",
    "  Le plancher (`bench/floor-server.ts`, décrit dans `bench/README.md`) renvoie les mêmes lignes en JSON depuis",
    "  `node:http` + `pg`, avec la meilleure requête écrite à la main : une seule instruction SQL par recherche.",
    `- « ${CACHED_SEARCH} » : quatre recherches répétées, servies comme en production par le cache de chaque processus.`,
    "- Chaque scénario est d'abord joué à pleine charge sans être mesuré (processus chauds, colonne « Chauffe »), puis",
    "  mesuré. L'écriture par l'API chauffe plus longtemps : un processus neuf sous pleine charge y passe d'environ 80 à",
    "  400 écritures/s en une vingtaine de secondes (V8 optimise le code par paliers), puis s'y maintient.",
    "- Lighthouse : médiane de plusieurs passages par page (navigateur neuf à chaque passage). L'indice machine est le",
    "  « benchmarkIndex » de Lighthouse : plus il est bas, plus la machine était lente ou chargée pendant le passage.",
    "- La charge moyenne au départ dit ce que le reste de la machine faisait : au-delà du nombre de cœurs, les",
    "  temps mesurés sont pessimistes.",
    "",
    "## EXPLAIN ANALYZE des recherches les plus lourdes (le SQL que l'application envoie, après la charge)",
    "",
    ...plans,
  ].join("\n");
}

function buildReport(
  measures: Measure[],
  api: { accepted: number; stored: number; perSecond: number },
  pages: PageAudit[],
  explained: SearchPlans[],
  dataset: string,
) {
  const find = (name: string, target: Measure["target"] = "app") =>
    measures.find((m) => m.name === name && m.target === target)!;
  const app = find(UNCACHED_SEARCH);
  const floor = find(UNCACHED_SEARCH, "floor");
  const p95Check = (name: string, label: string, targetMs: number) => {
    const measure = find(name);
    return {
      label: `${label} p95 < ${targetMs} ms à ${CONNECTIONS} connexions`,
      passed: measure.p95 < targetMs,
      observed: `${measure.p95.toFixed(1)} ms`,
    };
  };
  const checks = [
    {
      ...p95Check(UNCACHED_SEARCH, "recherche autour d'un lieu sans cache", TARGETS.searchP95Ms),
      observed: `${app.p95.toFixed(1)} ms (${app.requests} recherches, ${uncachedSearchRepeats} répétées)`,
    },
    {
      label: `recherche sans cache : débit ≥ ${TARGETS.searchFloorThroughput} × celui du plancher`,
      passed: app.requestsPerSecond >= TARGETS.searchFloorThroughput * floor.requestsPerSecond,
      observed: `${(app.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}× (${app.requestsPerSecond.toFixed(0)} contre ${floor.requestsPerSecond.toFixed(0)} req/s ; p95 ${app.p95.toFixed(1)} contre ${floor.p95.toFixed(1)} ms)`,
    },
    p95Check(COMMUNE_LOOKUP, "recherche de commune (/api/communes)", TARGETS.communeLookupP95Ms),
    p95Check(FACILITY_PAGE, "fiche structure (jamais en cache)", TARGETS.facilityPageP95Ms),
    p95Check(CAF_LIST, "liste des demandes Caf", TARGETS.cafListP95Ms),
    {
      label: `API disponibilités ≥ ${TARGETS.apiWritesPerSecond} écritures acceptées/s`,
      passed: api.perSecond >= TARGETS.apiWritesPerSecond,
      observed: `${api.perSecond.toFixed(0)}/s`,
    },
    // Requests still in flight when autocannon stops are committed without their response being read:
    // the database may hold up to one more write per connection than the 2xx counted, never fewer.
    {
      label: "API disponibilités : aucune écriture acceptée perdue",
      passed: api.stored >= api.accepted && api.stored - api.accepted <= 2 * CONNECTIONS,
      observed: `${api.accepted} réponses 2xx, ${api.stored} publications en base (${api.stored - api.accepted} en vol à l'arrêt de la charge)`,
    },
    ...pages.flatMap((page) => {
      const performance = page.page.startsWith("recherche") ? TARGETS.searchPagePerformance : TARGETS.performance;
      return [
        {
          label: `Lighthouse ${page.page} : accessibilité ${TARGETS.accessibility}`,
          passed: page.accessibility >= TARGETS.accessibility,
          observed: `${page.accessibility}${page.failedAccessibilityAudits.length ? ` (audits en échec : ${page.failedAccessibilityAudits.join(", ")})` : ""}`,
        },
        {
          label: `Lighthouse ${page.page} : performance ≥ ${performance} (médiane de ${page.performanceRuns.length} passages)`,
          passed: page.performance >= performance,
          // Lighthouse's benchmark index of each run tells how fast the machine was at that moment.
          observed: `${page.performance} (passages : ${page.performanceRuns.join(", ")} ; indice machine : ${page.benchmarkIndexes.join(", ")})`,
        },
      ];
    }),
  ];
  return {
    mode: QUICK ? "--quick" : "complet",
    date: new Date().toISOString(),
    machine: `${availableParallelism()} cœurs, Node ${process.version}, charge moyenne au départ ${loadAverageAtStart}`,
    dataset,
    measures,
    api,
    lighthouse: pages,
    checks,
    explained,
  };
}

/** EXPLAIN ANALYZE of the app's own SQL for the heaviest searches (bench/explain-search.ts, in its own process). */
function explainSearches(env: NodeJS.ProcessEnv): SearchPlans[] {
  const searches = EXPLAINED_SEARCHES.map((search) =>
    "debut" in search
      ? { ...search, debut: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) }
      : search,
  );
  const output = execFileSync(
    bin("tsx"),
    ["--conditions=react-server", "bench/explain-search.ts", JSON.stringify(searches)],
    { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(output) as SearchPlans[];
}

async function main() {
  for (const name of Object.keys(PORTS) as (keyof typeof PORTS)[]) PORTS[name] = await freePort();
  APP = `http://127.0.0.1:${PORTS.app}`;
  FLOOR = `http://127.0.0.1:${PORTS.floor}`;
  const database = await benchDatabase();
  if (DATASET_ONLY) return database.stop();
  const children: ChildProcess[] = [];
  const client = new pg.Client({ connectionString: database.url });
  try {
    const appEnv = {
      ...benchAppEnv(database.url),
      NODE_ENV: "production" as const,
      NEXT_DIST_DIR: DIST_DIR,
      API_RATE_LIMIT_PER_MINUTE: "1000000",
      // One log line per request would bury the bench's report; LOG_LEVEL=info measures it too.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    };
    await benchBuild(appEnv);
    children.push(
      startProcess(bin("tsx"), ["scripts/production-server.ts"], {
        ...appEnv,
        PORT: String(PORTS.app),
        LISTEN_HOST: "127.0.0.1",
      }),
    );
    children.push(startProcess(bin("tsx"), ["bench/floor-server.ts", String(PORTS.floor)], appEnv));
    await waitForHttp(`${APP}/api/health`);
    await waitForHttp(`${FLOOR}/`);
    await client.connect();
    const counts = (
      await client.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM "Caf") AS cafs, (SELECT count(*) FROM "Facility") AS facilities, (SELECT count(*) FROM "Facility" WHERE "isEaje" AND "currentAvailabilityPublicationId" IS NOT NULL) AS eaje,
        (SELECT count(*) FROM "Provider") AS providers, (SELECT count(*) FROM "User") AS accounts, (SELECT count(*) FROM "HabilitationRequest") AS requests`,
      )
    ).rows[0];
    const dataset = `${counts!.cafs} Caf, ${counts!.facilities} structures dont ${counts!.eaje} EAJE avec disponibilités, ${counts!.providers} gestionnaires, ${counts!.accounts} comptes, ${counts!.requests} demandes`;
    progress(dataset);

    const measures: Measure[] = [];
    // Searches nobody made in the last seconds (the page cache cannot answer them): the app against the floor,
    // each warmed up on one half of the searches and measured on the other.
    const searches = await uncachedSearches(client, UNCACHED_SEARCH_COMMUNES);
    for (const [target, url, pathname] of [
      ["floor", FLOOR, "/search"],
      ["app", APP, "/recherche"],
    ] as const) {
      measures.push(
        await measure(UNCACHED_SEARCH, target, {
          url,
          paths: searches.measured.map((search) => `${pathname}?${search}`),
          warmUpPaths: searches.warmUp.map((search) => `${pathname}?${search}`),
        }),
      );
    }
    const uncachedApp = measures.at(-1)!;
    uncachedSearchRepeats = Math.max(0, uncachedApp.requests - searches.measured.length);
    // The searches families repeat, as served in production (through each process's page cache).
    measures.push(await measure(CACHED_SEARCH, "app", { url: APP, paths: Object.keys(SEARCH_MIXES).map(searchPath) }));
    measures.push(
      await measure(COMMUNE_LOOKUP, "app", { url: APP, paths: await communeKeystrokes(client, COMMUNE_LOOKUP_NAMES) }),
    );
    const facilityIds = Array.from({ length: 500 }, (_, i) => `banc-f-${1 + ((i * 7919) % SCALE.facilities)}`);
    measures.push(
      await measure(FACILITY_PAGE, "app", { url: APP, paths: facilityIds.map((id) => `/structures/${id}`) }),
    );
    const cookie = await sessionCookie(APP, CAF_AGENT, DEMO_PASSWORD);
    measures.push(await measure(CAF_LIST, "app", { url: APP, paths: ["/caf/demandes"], headers: { cookie } }));

    const { targets, keyIds } = await apiTargets(client);
    const before = await countApiPublications(client, keyIds);
    const apiMeasure = await measure(
      "API publication des disponibilités (PUT)",
      "app",
      { url: APP, publications: targets },
      API_WARM_UP_SECONDS,
    );
    measures.push(apiMeasure);
    const stored = (await countApiPublications(client, keyIds)) - before;
    // Every 2xx of the warm-up and of the measured run must be a publication in the database.
    const api = {
      accepted: apiMeasure.okDuringWarmUp + apiMeasure.ok,
      stored,
      perSecond: apiMeasure.ok / apiMeasure.seconds,
    };

    // Lighthouse last, on an idle server: the load runs must not skew its timings. The write load leaves
    // PostgreSQL work behind (autovacuum of the tables just written, checkpoint): done now, then waited for.
    await client.query(
      `VACUUM (ANALYZE) "AvailabilityPublication", "AvailabilitySlot", "AuditEvent", "Facility", "RateLimitCounter"`,
    );
    await client.query("CHECKPOINT");
    await waitForIdleMachine();
    progress("Lighthouse…");
    // Each page is first served a few times, so that every app process has rendered it once (a warm server,
    // as in production).
    const pages: PageAudit[] = [];
    for (const [page, pathname] of [
      ["accueil", "/"],
      ["recherche", searchPath("commune-name")],
      ["fiche-structure", "/structures/banc-f-1"],
    ]) {
      await Promise.all(
        Array.from({ length: 8 }, () => fetch(`${APP}${pathname}`).then((response) => response.text())),
      );
      pages.push(await auditPage(page!, `${APP}${pathname}`, LIGHTHOUSE_RUNS));
      progress(`Lighthouse ${page} : performance ${pages.at(-1)!.performanceRuns.join(", ")}`);
    }

    progress("EXPLAIN ANALYZE des recherches les plus lourdes…");
    const report = buildReport(measures, api, pages, explainSearches(appEnv), dataset);
    writeFileSync("bench/results.json", `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync("bench/results.md", markdown(report));
    console.log(markdown(report));
    progress("terminé");
  } finally {
    for (const child of children) child.kill("SIGTERM");
    // The client may never have connected: nothing to close then.
    await client.end().catch(() => undefined);
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
