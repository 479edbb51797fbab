// Lighthouse (default mobile profile, simulated throttling) on the public pages, with the system Chromium.
// Full reports go to bench/results/ (ignored by git); the scores go into bench/results.json.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { run } from "../scripts/lib/run";

// The launch flags that avoid hangs on a closed network (STACK-NOTES, same as playwright.config.ts).
const CHROME_FLAGS = [
  "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const REPORT_DIR = path.resolve("bench/results");

export type LighthouseScores = { page: string; url: string; accessibility: number; performance: number; failedAccessibilityAudits: string[]; report: string };

type Report = {
  categories: Record<"accessibility" | "performance", { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null }>;
};

export async function lighthouse(page: string, url: string, attempt = 1): Promise<LighthouseScores> {
  mkdirSync(REPORT_DIR, { recursive: true });
  const report = path.join(REPORT_DIR, `lighthouse-${page}-${attempt}.json`);
  const chromePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  await run(
    process.execPath,
    ["node_modules/lighthouse/cli/index.js", url, "--quiet", "--output=json", `--output-path=${report}`, "--only-categories=accessibility,performance", `--chrome-flags=${CHROME_FLAGS.join(" ")}`],
    { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
  );
  const result = JSON.parse(readFileSync(report, "utf8")) as Report;
  const failedAccessibilityAudits = result.categories.accessibility.auditRefs
    .filter((ref) => ref.weight > 0 && result.audits[ref.id]?.score !== null && (result.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  return {
    page,
    url,
    accessibility: Math.round(result.categories.accessibility.score * 100),
    performance: Math.round(result.categories.performance.score * 100),
    failedAccessibilityAudits,
    report: path.relative(process.cwd(), report),
  };
}
