// Lighthouse (default mobile profile, simulated throttling) on the public pages, with the system Chromium:
// a fresh browser per run (bench/lighthouse-run.mjs), as the Lighthouse CLI and Lighthouse CI do. Full reports
// go to bench/results/ (ignored by git); the scores go into bench/results.json.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_FLAGS, chromiumPath } from "../scripts/lib/chromium";
import { run } from "../scripts/lib/run";

const REPORT_DIR = path.resolve("bench/results");

type Report = {
  categories: Partial<
    Record<"accessibility" | "performance", { score: number | null; auditRefs: { id: string; weight: number }[] }>
  >;
  audits: Record<string, { score: number | null }>;
  environment: { benchmarkIndex: number };
};

export type PageAudit = {
  page: string;
  url: string;
  accessibility: number;
  failedAccessibilityAudits: string[];
  performance: number;
  performanceRuns: number[];
  benchmarkIndexes: number[];
  reports: string[];
};

/**
 * `runs` Lighthouse runs of one page. One run's performance score varies by ±8 points on a 2-core machine
 * (Chromium's processes and Lighthouse compete for the cores), so the median is kept, as Lighthouse CI does.
 * The accessibility audit is deterministic (same DOM, same result): it is part of the first run only.
 */
export async function auditPage(page: string, url: string, runs: number): Promise<PageAudit> {
  mkdirSync(REPORT_DIR, { recursive: true });
  const prefix = path.join(REPORT_DIR, `lighthouse-${page}`);
  const chromePath = chromiumPath();
  await run(process.execPath, ["bench/lighthouse-run.mjs", url, prefix, String(runs), JSON.stringify(CHROMIUM_FLAGS)], {
    ...process.env,
    ...(chromePath ? { CHROME_PATH: chromePath } : {}),
  });
  const reports = Array.from({ length: runs }, (_, i) => `${prefix}-${i + 1}.json`);
  const results = reports.map((report) => JSON.parse(readFileSync(report, "utf8")) as Report);
  const accessibility = results[0]!.categories.accessibility;
  const performanceRuns = results.map((result) => Math.round((result.categories.performance?.score ?? 0) * 100));
  return {
    page,
    url,
    accessibility: Math.round((accessibility?.score ?? 0) * 100),
    failedAccessibilityAudits: (accessibility?.auditRefs ?? [])
      .filter(
        (ref) =>
          ref.weight > 0 && results[0]!.audits[ref.id]?.score !== null && (results[0]!.audits[ref.id]?.score ?? 1) < 1,
      )
      .map((ref) => ref.id),
    performance: [...performanceRuns].sort((a, b) => a - b)[Math.floor(runs / 2)]!,
    performanceRuns,
    benchmarkIndexes: results.map((result) => Math.round(result.environment.benchmarkIndex)),
    reports: reports.map((report) => path.relative(process.cwd(), report)),
  };
}
