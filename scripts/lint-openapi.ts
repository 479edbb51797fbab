// `npm run lint:openapi`: the OpenAPI document exactly as served, linted by Redocly CLI (rules: redocly.yaml).
// A warning fails too (Redocly only fails on errors): the document stays clean, not merely valid.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApiDocument } from "../lib/api/openapi";
import { bin, runStatus } from "./lib/run";

const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "openapi-"));
  try {
    const file = path.join(dir, "openapi.json");
    writeFileSync(file, JSON.stringify(openApiDocument("https://extranet.monenfant.fr"), null, 2));
    let report: string;
    try {
      report = execFileSync(bin("redocly"), ["lint", "--format=json", file], {
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (error) {
      report = (error as { stdout?: string }).stdout ?? "";
    }
    const totals = (JSON.parse(report || "{}") as { totals?: { errors: number; warnings: number } }).totals;
    if (totals && totals.errors + totals.warnings === 0) {
      console.log("OpenAPI : document sans erreur ni avertissement.");
      return 0;
    }
    // Shown again as code frames, for people.
    await runStatus(bin("redocly"), ["lint", file], env);
    return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
