// Lighthouse runs of one page, each in a fresh Chromium, written as JSON reports <prefix>-1.json … <prefix>-N.json:
//   node bench/lighthouse-run.mjs <url> <report prefix> <runs> <Chromium flags, JSON>   (CHROME_PATH: the browser)
// The first run also audits accessibility (deterministic: once is enough); the others only performance.
// Plain Node on purpose: Lighthouse sends some of its functions to the page as source text, and the helpers
// tsx adds to transformed functions (`__name`) do not exist there.
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [url, reportPrefix, runs, flags] = process.argv.slice(2);
const chromeFlags = JSON.parse(flags);

for (let attempt = 1; attempt <= Number(runs); attempt++) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: attempt === 1 ? ["accessibility", "performance"] : ["performance"],
      // Neither the full-page screenshot (a picture for the HTML report) nor the back/forward cache audit
      // counts in a score; each costs the best part of a second.
      disableFullPageScreenshot: true,
      skipAudits: ["bf-cache"],
    });
    if (!result) throw new Error(`Lighthouse n'a rien renvoyé pour ${url}.`);
    writeFileSync(`${reportPrefix}-${attempt}.json`, JSON.stringify(result.lhr));
  } finally {
    await chrome.kill();
  }
}
// Lighthouse leaves timers behind that would keep the process alive for seconds.
process.exit(0);
