// V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): a first line
// `//# allFunctionsCalledOnLoad` makes Chrome compile every function of the file on the background thread
// that streams it. Without it the framework's module factories (react-dom, Next's client runtime) are compiled
// lazily on the main thread when first called: ~65 ms of blocking work per page load on our machines, four
// times that on a mid-range phone. Only the chunks every App Router page runs at start-up get it (Next's
// `rootMainFiles`): hinting chunks loaded on demand would compile code that may never run.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

type BuildManifest = { rootMainFiles?: string[] };

/** The scripts every App Router page of a `next build` output runs at start-up, relative to the output folder. */
export function startUpChunks(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as BuildManifest;
  return (manifest.rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
}

/** Prepends the hint to the start-up chunks of a `next build` output; running it twice changes nothing. */
export function addCompileHints(distDir: string): string[] {
  const chunks = startUpChunks(distDir);
  for (const chunk of chunks) {
    const file = path.join(distDir, chunk);
    const source = readFileSync(file, "utf8");
    if (!source.startsWith(COMPILE_HINT)) writeFileSync(file, COMPILE_HINT + source);
  }
  return chunks;
}
