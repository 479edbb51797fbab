// Loaded by scripts/production-server.ts, outside Next's bundles: no `server-only` import below it.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { ParsedUrlQuery } from "node:querystring";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { renderPlainHtmlDocument, type PlainHtmlPageView } from "@/components/plain-html-page";
import { searchPageView } from "@/components/search/search-page";
import { publicFacilityPageView } from "@/components/public-facility-page";
import { searchPageData } from "@/lib/family-pages/search-page-data";
import { publicFacilityPageData } from "@/lib/family-pages/public-facility-page-data";
import type { PlainHtmlPageData } from "@/lib/family-pages/plain-html-page-data";
import { mapTiles } from "@/lib/env";
import { familyPagePolicy } from "@/lib/security/content-security-policy";
import { logger } from "@/lib/observability/logger";

type Route = {
  /** The route as Next names it. */
  name: string;
  /** The path's parameters when the path is this page's, else null. */
  params(pathname: string): ParsedUrlQuery | null;
  render(query: ParsedUrlQuery, stylesheets: readonly string[]): Promise<{ status: number; html: string }>;
};

function routeOf<Props extends object>(
  data: PlainHtmlPageData<Props>,
  view: PlainHtmlPageView<Props>,
  params: Route["params"],
): Route {
  return {
    name: data.route,
    params,
    async render(query, stylesheets) {
      const { status, props } = await data.load(query);
      return { status, html: renderPlainHtmlDocument(view, props, stylesheets) };
    },
  };
}

const ROUTES: Route[] = [
  routeOf(searchPageData, searchPageView, (pathname) => (pathname === "/recherche" ? {} : null)),
  routeOf(publicFacilityPageData, publicFacilityPageView, (pathname) => {
    const id = /^\/structures\/([^/]+)$/.exec(pathname)?.[1];
    if (id === undefined) return null;
    try {
      return { id: decodeURIComponent(id) };
    } catch {
      return null; // A malformed escape: Next answers it.
    }
  }),
];

// What Next sends with a page of getServerSideProps.
const PAGE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";
const gzipBody = promisify(gzip);

/** The query as Next gives it to getServerSideProps: a repeated parameter as a list. */
function queryOf(searchParams: URLSearchParams): ParsedUrlQuery {
  const query: ParsedUrlQuery = {};
  for (const [name, value] of searchParams) {
    const given = query[name];
    query[name] = given === undefined ? value : [given, value].flat();
  }
  return query;
}

/** Whether the client takes gzip (`Accept-Encoding`, a zero weight refusing it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((coding) => {
    const [name, ...parameters] = coding.trim().toLowerCase().split(";");
    const weight = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    return (name === "gzip" || name === "*") && (weight === undefined || Number(weight) > 0);
  });
}

type BuildManifest = { pages: Record<string, string[]> };

/** The stylesheets Next links from a page of pages/: the app's (pages/_app.tsx) and the page's own. */
function stylesheetsOf(manifest: BuildManifest, route: string): string[] {
  const files = [...(manifest.pages["/_app"] ?? []), ...(manifest.pages[route] ?? [])];
  return [...new Set(files.filter((file) => file.endsWith(".css")).map((file) => `/_next/${file}`))];
}

/**
 * The families' plain HTML pages (components/plain-html-page.tsx), answered by the production server itself:
 * loaded, rendered as one string and sent in one write, compressed when the client takes gzip. Next's pages
 * pipeline (routing, its document, its streaming renderer) cost more CPU than the search it served. Same
 * HTML as through Next, but for Next's wrappers (`<div id="__next">`, which lays out as nothing). A path
 * that is not one of these pages, or a page that fails, is left to `next` (Next answers it, or shows its
 * error page).
 */
export function createPlainHtmlPages({ distDir, headers }: { distDir: string; headers: OutgoingHttpHeaders }) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as BuildManifest;
  // What each route's answers share, known at start: its stylesheets and its headers (a policy without nonce).
  const routes = ROUTES.map((route) => ({
    route,
    stylesheets: stylesheetsOf(manifest, route.name),
    headers: {
      ...headers,
      "content-security-policy": familyPagePolicy(route.name, mapTiles?.url),
      "cache-control": PAGE_CACHE_CONTROL,
      "content-type": "text/html; charset=utf-8",
      vary: "Accept-Encoding",
    },
  }));
  type ServedRoute = (typeof routes)[number];

  async function answer(
    request: IncomingMessage,
    response: ServerResponse,
    { route, stylesheets, headers: routeHeaders }: ServedRoute,
    query: ParsedUrlQuery,
  ) {
    const { status, html } = await route.render(query, stylesheets);
    const compressed = acceptsGzip(request.headers["accept-encoding"]);
    const body = compressed ? await gzipBody(html) : Buffer.from(html);
    response.writeHead(status, {
      ...routeHeaders,
      ...(compressed ? { "content-encoding": "gzip" } : {}),
      "content-length": body.length,
    });
    response.end(request.method === "HEAD" ? undefined : body);
  }

  return async function servePlainHtmlPage(
    request: IncomingMessage,
    response: ServerResponse,
    next: () => Promise<void>,
  ): Promise<void> {
    // Split by hand: every request passes here, and an address URL() refuses is Next's to answer.
    const url = request.url ?? "";
    const queryStart = url.includes("?") ? url.indexOf("?") : url.length;
    const pathname = url.slice(0, queryStart);
    const matched =
      request.method === "GET" || request.method === "HEAD"
        ? routes.map((served) => ({ served, params: served.route.params(pathname) })).find(({ params }) => params)
        : undefined;
    if (!matched?.params) return next();
    const query = queryOf(new URLSearchParams(url.slice(queryStart + 1)));
    try {
      await answer(request, response, matched.served, { ...query, ...matched.params });
    } catch (error) {
      if (response.headersSent) throw error;
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, "plain HTML page failed");
      // Next renders it again, and shows its error page if it fails there too.
      return next();
    }
  };
}
