import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";

export const BUILD_STATIC_PREFIX = "/_next/static/";

/**
 * Serves the build's hashed scripts and styles (`/_next/static/…`) from each app instance's memory index,
 * as the copies compressed at build time (brotli, else gzip, else as is: scripts/lib/precompress-static.ts),
 * cached for a year by browsers (their names change with their content). Next would compress them again
 * for every page view, on the cores that render pages. A name the build does not have is left to Next.
 */
export function createBuildStaticFiles(distDir: string) {
  const files = sirv(path.join(distDir, "static"), {
    dev: false,
    brotli: true,
    gzip: true,
    extensions: [],
    maxAge: 31_536_000,
    immutable: true,
    setHeaders: (response) => response.setHeader("X-Content-Type-Options", "nosniff"),
  });
  return (request: IncomingMessage, response: ServerResponse, otherwise: () => void) => {
    const url = request.url ?? "";
    if (!url.startsWith(BUILD_STATIC_PREFIX)) {
      otherwise();
      return;
    }
    request.url = url.slice(BUILD_STATIC_PREFIX.length - 1);
    files(request, response, () => {
      request.url = url;
      otherwise();
    });
  };
}
