// The build's hashed static files (`/_next/static/…`) never change once built: they are compressed here, once,
// at the best levels (brotli 11 and gzip 9), and the production server sends those copies
// (scripts/production-server.ts). Otherwise every app process compresses every script again for every page view
// (gzip 6), on the cores that also render pages.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(js|css|json|svg|txt)$/;

/** The compressible files of a build's `static` folder, relative to it. */
function staticFilesToCompress(distDir: string): string[] {
  const root = path.join(distDir, "static");
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Writes `<file>.br` and `<file>.gz` beside each compressible static file; running it again rewrites them identically. */
export function precompressStaticFiles(distDir: string): string[] {
  const files = staticFilesToCompress(distDir);
  for (const file of files) {
    const absolute = path.join(distDir, "static", file);
    const content = readFileSync(absolute);
    const brotliParams = {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    };
    writeFileSync(`${absolute}.br`, brotliCompressSync(content, { params: brotliParams }));
    writeFileSync(`${absolute}.gz`, gzipSync(content, { level: 9 }));
  }
  return files;
}
