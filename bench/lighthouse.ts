// Lighthouse (default mobile profile, simulated throttling) on the public pages, with the system Chromium:
// a fresh browser per run, as the Lighthouse CLI and Lighthouse CI do. Full reports go to bench/results/
// (ignored by git); the scores go into bench/results.json.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import runLighthouse from "lighthouse";

// The launch flags that avoid hangs on a closed network (STACK-NOTES, same as playwright.config.ts).
const CHROME_FLAGS = [
  "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const REPORT_DIR = path.resolve("bench/results");

type RunScores = { accessibility: number | null; performance: number; failedAccessibilityAudits: string[]; report: string };
export type PageAudit = { page: string; url: string; accessibility: number; failedAccessibilityAudits: string[]; performance: number; performanceRuns: number[]; reports: string[] };

/**
 * `runs` Lighthouse runs of one page. One run's performance score varies by ±8 points on a 2-core machine
 * (Chromium's processes and Lighthouse compete for the cores), so the median is kept, as Lighthouse CI does.
 * The accessibility audit is deterministic (same DOM, same result): it is part of the first run only.
 */
export async function auditPage(page: string, url: string, runs: number): Promise<PageAudit> {
  const results: RunScores[] = [];
  for (let attempt = 1; attempt <= runs; attempt++) results.push(await lighthouse(page, url, attempt, attempt === 1));
  const performanceRuns = results.map((result) => result.performance);
  return {
    page,
    url,
    accessibility: results[0].accessibility ?? 0,
    failedAccessibilityAudits: results[0].failedAccessibilityAudits,
    performance: [...performanceRuns].sort((a, b) => a - b)[Math.floor(runs / 2)],
    performanceRuns,
    reports: results.map((result) => result.report),
  };
}

async function lighthouse(page: string, url: string, attempt: number, withAccessibility: boolean): Promise<RunScores> {
  mkdirSync(REPORT_DIR, { recursive: true });
  const report = path.join(REPORT_DIR, `lighthouse-${page}-${attempt}.json`);
  const chromePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await runLighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: withAccessibility ? ["accessibility", "performance"] : ["performance"],
      // The full-page screenshot is only a picture in the HTML report; it costs seconds and scores nothing.
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse n'a rien renvoyé pour ${url}.`);
    const { lhr } = result;
    writeFileSync(report, JSON.stringify(lhr));
    const accessibility = lhr.categories.accessibility;
    const failedAccessibilityAudits = (accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    return {
      accessibility: accessibility ? Math.round((accessibility.score ?? 0) * 100) : null,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      failedAccessibilityAudits,
      report: path.relative(process.cwd(), report),
    };
  } finally {
    await chrome.kill();
  }
}
