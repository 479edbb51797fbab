import { readFile } from "node:fs/promises";
import path from "node:path";

// The captcha widget's proof-of-work worker, served from this site so the CSP needs no blob: workers. The
// version is in the package: the file changes only with a deploy, hence a day of caching.
const WORKER = path.join(process.cwd(), "node_modules", "altcha", "dist", "workers", "pbkdf2.js");

export async function GET() {
  return new Response(new Uint8Array(await readFile(WORKER)), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
