import { readFileSync, writeFileSync } from "node:fs";
import { addCompileHints } from "./compile-hints";
import { precompressStaticFiles } from "./precompress-static";
import { bin, run } from "./run";

/** The build's folder, as next.config.mjs sets it. */
export const distDirOf = (env: NodeJS.ProcessEnv): string => env.NEXT_DIST_DIR || ".next";

/**
 * The production build used everywhere (`npm run build`, the e2e server, the bench): `next build`, then the
 * compile hints on the start-up chunks, then the compressed copies of the static files (hints first: they
 * are part of the files). With a NEXT_DIST_DIR of its own, `next build` adds that folder's
 * types to tsconfig.json, which is put back as committed.
 */
export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  try {
    await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
  } finally {
    writeFileSync("tsconfig.json", tsconfig);
  }
  addCompileHints(distDirOf(env));
  precompressStaticFiles(distDirOf(env));
}
