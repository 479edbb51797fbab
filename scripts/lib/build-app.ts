import { readFileSync, writeFileSync } from "node:fs";
import { addCompileHints } from "./compile-hints";
import { bin, run } from "./run";

/**
 * The production build used everywhere (`npm run build`, the e2e server, the bench): `next build`, then the
 * compile hints on the start-up chunks. With a NEXT_DIST_DIR of its own, `next build` adds that folder's
 * types to tsconfig.json, which is put back as committed.
 */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
  addCompileHints(env.NEXT_DIST_DIR || ".next");
}
