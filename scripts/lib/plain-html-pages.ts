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
import type { AreaPrefix } from "@/lib/auth/areas";
import { findSessionUser, pageAccess, type SessionUser } from "@/lib/auth/session-user";
import { listHabilitationRequests } from "@/lib/habilitation/list-habilitation-requests";
import { REQUEST_LIST_PATH, requestListPageView } from "@/components/instruction/request-list";
import { passProxy } from "./proxy-gate";

/** A page's answer: its status, what it adds to the route's headers, its HTML (empty for a redirect). */
type Answer = { status: number; headers: OutgoingHttpHeaders; html: string };

type Route = {
  /** The route as Next names it. */
  name: string;
  /** The path's parameters when the path is this page's, else null. */
  params(pathname: string): ParsedUrlQuery | null;
  /** Its Content-Security-Policy when it is the same for every answer (the families' pages have no nonce). */
  policy?: string;
  answer(request: IncomingMessage, query: ParsedUrlQuery, stylesheets: readonly string[]): Promise<Answer>;
};

function familyRouteOf<Props extends object>(
  data: PlainHtmlPageData<Props>,
  view: PlainHtmlPageView<Props>,
  params: Route["params"],
): Route {
  return {
    name: data.route,
    params,
    policy: familyPagePolicy(data.route, mapTiles?.url),
    async answer(_request, query, stylesheets) {
      const { status, props } = await data.load(query);
      return { status, headers: {}, html: renderPlainHtmlDocument(view, props, stylesheets) };
    },
  };
}

/**
 * A signed-in page of an area, answered as the App Router answers it: the proxy first (proxy.ts: CSRF, policy,
 * idle timeout, cookie refresh, early redirects), then the page's own check against the database
 * (`pageAccess`, as `requirePageUser` does), then the page, loaded for that person.
 */
function signedInRouteOf<Props extends object>(
  page: { path: string; area: AreaPrefix; load(user: SessionUser, query: ParsedUrlQuery): Promise<Props> },
  view: PlainHtmlPageView<Props>,
): Route {
  return {
    name: page.path,
    params: (pathname) => (pathname === page.path ? {} : null),
    async answer(request, query, stylesheets) {
      const gate = await passProxy(request);
      if (gate.answer) return { ...gate.answer, html: gate.answer.body };
      const access = pageAccess(await findSessionUser(gate.session), page.area, page.path);
      // The status of Next's `redirect()` from a page.
      if ("redirectTo" in access)
        return { status: 307, headers: { ...gate.headers, location: access.redirectTo }, html: "" };
      const props = await page.load(access.user, query);
      return { status: 200, headers: gate.headers, html: renderPlainHtmlDocument(view, props, stylesheets) };
    },
  };
}

const ROUTES: Route[] = [
  familyRouteOf(searchPageData, searchPageView, (pathname) => (pathname === "/recherche" ? {} : null)),
  familyRouteOf(publicFacilityPageData, publicFacilityPageView, (pathname) => {
    const id = /^\/structures\/([^/]+)$/.exec(pathname)?.[1];
    if (id === undefined) return null;
    try {
      return { id: decodeURIComponent(id) };
    } catch {
      return null; // A malformed escape: Next answers it.
    }
  }),
  // The agent's desk, the page the Caf's staff wait for most (issue 23).
  signedInRouteOf(
    {
      path: REQUEST_LIST_PATH,
      area: "/caf",
      load: async (user, query) => ({ user, list: await listHabilitationRequests(user, query) }),
    },
    requestListPageView,
  ),
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
 * The families' plain HTML pages (components/plain-html-page.tsx) and the Caf's request list, answered by the
 * production server itself: loaded, rendered as one string and sent in one write, compressed when the client
 * takes gzip. Next's pages pipeline (routing, its document, its streaming renderer) cost more CPU than the
 * search it served, and the App Router's fixed cost per signed-in page was most of the desk's. Same HTML as
 * through Next's pages/, but for Next's wrappers (`<div id="__next">`, which lays out as nothing); for the desk,
 * the App Router's page without its scripts (it needs none: links, a GET form, a logout form). A path that is
 * not one of these pages, or a page that fails, is left to `next` (Next answers it, or shows its error page).
 */
export function createPlainHtmlPages({ distDir, headers }: { distDir: string; headers: OutgoingHttpHeaders }) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as BuildManifest;
  // What each route's answers share, known at start: its stylesheets and its headers. The stylesheets of pages/
  // serve the desk too: both are Tailwind's build of app/globals.css over the whole project.
  const routes = ROUTES.map((route) => ({
    route,
    stylesheets: stylesheetsOf(manifest, route.name),
    headers: {
      ...headers,
      ...(route.policy ? { "content-security-policy": route.policy } : {}),
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
    const { status, headers: answerHeaders, html } = await route.answer(request, query, stylesheets);
    const compressed = html.length > 0 && acceptsGzip(request.headers["accept-encoding"]);
    const body = compressed ? await gzipBody(html) : Buffer.from(html);
    response.writeHead(status, {
      ...routeHeaders,
      ...answerHeaders,
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
    // A request for the App Router's payload (`RSC`: a client-side navigation from one of its pages) is Next's.
    const matched =
      (request.method === "GET" || request.method === "HEAD") && request.headers.rsc === undefined
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
