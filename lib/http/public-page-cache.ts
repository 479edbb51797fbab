import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";

/**
 * A short-lived cache of the public pages that anonymous visitors ask for most (the home page and the
 * search), kept by each app instance in front of Next's renderer: rendering a page costs far more than
 * the queries behind it, and families repeat the same searches (a city, a postcode). It holds nothing
 * that is not in PostgreSQL: losing it loses nothing, and instances need not agree beyond the TTL.
 * Signed-in visitors, client-side navigations (RSC payloads) and any answer other than a plain 200
 * without cookies and without a CSP nonce go straight to Next (these pages have no inline script, hence no
 * nonce: lib/security/content-security-policy.ts).
 */
const CACHEABLE_PATHS = new Set(["/", "/recherche"]);

// Next answers client-side navigations and prefetches with an RSC payload on the same URL.
const RSC_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];
// Set again by Node for every response, or meaningless once the body is whole.
const HOP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

// Only plain 200 answers are kept.
type CachedPage = { headers: OutgoingHttpHeaders; body: Buffer };

export type PublicPageCacheOptions = { ttlSeconds: number; maxBytes?: number };

export type PublicPageCache = {
  /** Serves the request from the cache, or lets `render` answer it and keeps the answer when it may be shared. */
  handle(request: IncomingMessage, response: ServerResponse, render: () => Promise<void>): Promise<void>;
  stats(): { hits: number; misses: number; entries: number };
};

function hasSessionCookie(request: IncomingMessage): boolean {
  return /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/.test(request.headers.cookie ?? "");
}

/** The cache key of a request that may be answered from the cache, null otherwise. */
export function publicPageCacheKey(request: IncomingMessage): string | null {
  if (request.method !== "GET" || !request.url) return null;
  const url = new URL(request.url, "http://cache");
  if (!CACHEABLE_PATHS.has(url.pathname) || url.searchParams.has("_rsc")) return null;
  if (RSC_HEADERS.some((header) => request.headers[header] !== undefined) || hasSessionCookie(request)) return null;
  // The body is compressed by Next according to Accept-Encoding: one entry per encoding asked for.
  url.searchParams.sort();
  return `${url.pathname}?${url.searchParams} ${request.headers["accept-encoding"] ?? ""}`;
}

type Recording = { body(): Buffer; headers(): OutgoingHttpHeaders | null };

/** Lets the response go out as usual while keeping a copy of its headers and of what was written. */
function record(response: ServerResponse): Recording {
  const chunks: Buffer[] = [];
  // Headers given to writeHead() never show in getHeaders().
  let headHeaders: OutgoingHttpHeaders = {};
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array),
    );
  };
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = (...args: unknown[]) => {
    const given = args.find((arg) => typeof arg === "object" && arg !== null);
    if (given && !Array.isArray(given))
      headHeaders = Object.fromEntries(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]));
    else if (Array.isArray(given)) headHeaders = { "set-cookie": "raw headers: not shareable" };
    return writeHead(...args);
  };
  response.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  response.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse["end"];
  return {
    body: () => Buffer.concat(chunks),
    headers() {
      const headers = { ...response.getHeaders(), ...headHeaders };
      if (headers["set-cookie"] !== undefined) return null;
      // A nonce is for one response only: replaying it would let a script injected into the page run.
      if (headers["content-security-policy"]?.includes("'nonce-")) return null;
      return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name)));
    },
  };
}

export function createPublicPageCache({
  ttlSeconds,
  maxBytes = 64 * 1024 * 1024,
}: PublicPageCacheOptions): PublicPageCache {
  const pages = new LRUCache<string, CachedPage>({
    ttl: Math.max(ttlSeconds, 1) * 1000,
    maxSize: maxBytes,
    sizeCalculation: (page) => page.body.length + 1024,
  });
  // Most searches are asked once (a village, a set of filters): keeping each would fill the cache with pages
  // never asked again, and keeping them cost a quarter of an uncached search's CPU (garbage collection of the
  // kept pages). A page is kept once asked again within the TTL, or asked by others while it was rendered.
  const askedOnce = new LRUCache<string, true>({ ttl: Math.max(ttlSeconds, 1) * 1000, max: 100_000 });
  // A page being rendered is rendered once, however many visitors ask for it meanwhile: those are counted.
  const rendering = new Map<string, { done: Promise<void>; waiting: number }>();
  let hits = 0;
  let misses = 0;

  const send = (response: ServerResponse, page: CachedPage) => {
    hits++;
    response.writeHead(200, { ...page.headers, "content-length": page.body.length });
    response.end(page.body);
  };

  return {
    async handle(request, response, render) {
      const key = ttlSeconds > 0 ? publicPageCacheKey(request) : null;
      if (!key) return render();
      const cached = pages.get(key);
      if (cached) {
        send(response, cached);
        return;
      }
      const inFlight = rendering.get(key);
      if (inFlight) {
        inFlight.waiting++;
        await inFlight.done;
        const rendered = pages.get(key);
        if (rendered) {
          send(response, rendered);
          return;
        }
      }
      misses++;
      const askedBefore = askedOnce.has(key);
      if (!askedBefore) askedOnce.set(key, true);
      const recording = record(response);
      const done = new Promise<void>((resolve) => response.once("close", resolve));
      const current = { done, waiting: 0 };
      rendering.set(key, current);
      response.once("finish", () => {
        if (!askedBefore && current.waiting === 0) return;
        const headers = response.statusCode === 200 ? recording.headers() : null;
        const body = recording.body();
        // A 200 without a page (a conditional answer, a body that went by another path) would be replayed
        // blank to every visitor until it expires: only an HTML page is kept.
        if (headers && body.length > 0 && String(headers["content-type"] ?? "").startsWith("text/html"))
          pages.set(key, { headers, body });
      });
      try {
        await render();
        await done;
      } finally {
        rendering.delete(key);
      }
    },
    stats: () => ({ hits, misses, entries: pages.size }),
  };
}
