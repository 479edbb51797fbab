import http from "node:http";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompressStaticFiles } from "../../scripts/lib/precompress-static";
import { createBuildStaticFiles } from "@/lib/http/build-static-files";

const SCRIPT = `(globalThis.TURBOPACK||[]).push(["chunk",${JSON.stringify("const texte = 'Accueil du jeune enfant';".repeat(200))}]);`;

/** A build folder as `next build` leaves it: static scripts and styles, a font, server files beside. */
function fakeBuild(): string {
  const distDir = mkdtempSync(path.join(tmpdir(), "build-static-"));
  mkdirSync(path.join(distDir, "static/chunks"), { recursive: true });
  mkdirSync(path.join(distDir, "static/media"), { recursive: true });
  mkdirSync(path.join(distDir, "server"), { recursive: true });
  writeFileSync(path.join(distDir, "static/chunks/app.js"), SCRIPT);
  writeFileSync(path.join(distDir, "static/chunks/app.css"), "body{margin:0}".repeat(100));
  writeFileSync(path.join(distDir, "static/media/logo.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(distDir, "server/secret.js"), "module.exports = 'server code'");
  return distDir;
}

describe("@resilience static files compressed at build time", () => {
  it("@resilience writes brotli and gzip copies of the scripts and styles that decompress to the original, not of binary files", () => {
    const distDir = fakeBuild();
    expect(precompressStaticFiles(distDir)).toEqual(["chunks/app.css", "chunks/app.js"]);
    const script = path.join(distDir, "static/chunks/app.js");
    expect(brotliDecompressSync(readFileSync(`${script}.br`)).toString()).toBe(SCRIPT);
    expect(gunzipSync(readFileSync(`${script}.gz`)).toString()).toBe(SCRIPT);
    expect(readFileSync(`${script}.br`).length).toBeLessThan(SCRIPT.length / 10);
    expect(existsSync(path.join(distDir, "static/media/logo.woff2.br"))).toBe(false);
  });
});

describe("@resilience build static files served by the production server", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A real HTTP server: the static files first, then a stand-in for Next that names the URL it was given. */
  async function serve(distDir: string): Promise<string> {
    const staticFiles = createBuildStaticFiles(distDir);
    server = http.createServer((request, response) =>
      staticFiles(request, response, () => response.writeHead(404).end(`next:${request.url}`)),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** One raw GET (fetch would decompress the body and hide the encoding). */
  const get = (url: string, acceptEncoding?: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(url, { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on("error", reject);
    });

  it("@resilience sends the brotli copy to browsers that accept it, else the gzip one, else the file, cached for a year", async () => {
    const distDir = fakeBuild();
    precompressStaticFiles(distDir);
    const base = await serve(distDir);

    const brotli = await get(`${base}/_next/static/chunks/app.js`, "gzip, deflate, br, zstd");
    expect(brotli.status).toBe(200);
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]).toMatch(/javascript/);
    expect(brotli.headers["cache-control"]).toBe("public,max-age=31536000,immutable");
    expect(brotli.headers.vary).toBe("Accept-Encoding");
    expect(brotli.headers["x-content-type-options"]).toBe("nosniff");
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);

    const gzip = await get(`${base}/_next/static/chunks/app.js`, "gzip, deflate");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await get(`${base}/_next/static/chunks/app.js`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it("@resilience leaves to Next, with its URL unchanged, every other path and names the build does not have", async () => {
    const distDir = fakeBuild();
    precompressStaticFiles(distDir);
    const base = await serve(distDir);
    for (const url of [
      "/_next/static/chunks/unknown.js",
      "/_next/static/../server/secret.js",
      "/_next/static/%2e%2e/server/secret.js",
      "/recherche?lieu=paris",
      "/chunks/app.js",
    ]) {
      const response = await get(`${base}${url}`, "br");
      expect(response.status, url).toBe(404);
      expect(response.body.toString(), url).not.toContain("server code");
    }
    expect((await get(`${base}/_next/static/chunks/unknown.js`)).body.toString()).toBe(
      "next:/_next/static/chunks/unknown.js",
    );
    expect((await get(`${base}/recherche?lieu=paris`)).body.toString()).toBe("next:/recherche?lieu=paris");
  });
});
