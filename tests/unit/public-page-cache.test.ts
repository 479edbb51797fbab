import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createPublicPageCache, publicPageCacheKey } from "@/lib/http/public-page-cache";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ url, method, headers }) as unknown as IncomingMessage;

describe("@resilience public page cache keys", () => {
  it("@resilience shares only anonymous GETs of the home and search pages, whatever the order of the filters", () => {
    expect(publicPageCacheKey(request("/recherche?lieu=paris&type=EAJE"))).toBe(
      publicPageCacheKey(request("/recherche?type=EAJE&lieu=paris")),
    );
    expect(publicPageCacheKey(request("/recherche?lieu=paris"))).not.toBe(
      publicPageCacheKey(request("/recherche?lieu=lyon")),
    );
    expect(publicPageCacheKey(request("/recherche?lieu=paris", { "accept-encoding": "gzip" }))).not.toBe(
      publicPageCacheKey(request("/recherche?lieu=paris")),
    );
    expect(publicPageCacheKey(request("/"))).not.toBeNull();

    expect(publicPageCacheKey(request("/recherche?lieu=paris", {}, "POST"))).toBeNull();
    expect(publicPageCacheKey(request("/structures/abc"))).toBeNull();
    expect(publicPageCacheKey(request("/caf/demandes"))).toBeNull();
    expect(publicPageCacheKey(request("/recherche?lieu=paris&_rsc=1x2"))).toBeNull();
    expect(publicPageCacheKey(request("/recherche?lieu=paris", { rsc: "1" }))).toBeNull();
    expect(
      publicPageCacheKey(request("/recherche?lieu=paris", { cookie: "theme=clair; next-auth.session-token=abc" })),
    ).toBeNull();
    expect(publicPageCacheKey(request("/", { cookie: "__Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(publicPageCacheKey(request("/", { cookie: "next-auth.csrf-token=abc" }))).not.toBeNull();
  });
});

describe("@resilience public page cache", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A real HTTP server whose "renderer" counts its renders and streams its page in several writes. */
  async function serve(
    ttlSeconds: number,
    page: (request: IncomingMessage, response: ServerResponse, render: number) => void,
  ) {
    const cache = createPublicPageCache({ ttlSeconds });
    let renders = 0;
    server = http.createServer(
      (req, res) =>
        void cache.handle(req, res, async () => {
          renders++;
          await new Promise((resolve) => setTimeout(resolve, 20));
          page(req, res, renders);
        }),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { origin, renders: () => renders, stats: () => cache.stats() };
  }

  const streamedPage = (_req: IncomingMessage, res: ServerResponse, render: number) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "x-render": String(render) });
    res.write("<p>Résultats ");
    res.end(`n° ${render}</p>`);
  };

  it("@resilience keeps a search asked again, then answers it from the cache with the same headers and body", async () => {
    const app = await serve(60, streamedPage);
    const first = await fetch(`${app.origin}/recherche?lieu=paris`);
    expect(await first.text()).toBe("<p>Résultats n° 1</p>");
    // Asked once, it was not kept: most searches are never asked again.
    expect(app.stats()).toMatchObject({ hits: 0, entries: 0 });
    expect(await (await fetch(`${app.origin}/recherche?lieu=paris`)).text()).toBe("<p>Résultats n° 2</p>");
    const third = await fetch(`${app.origin}/recherche?lieu=paris`);
    expect(await third.text()).toBe("<p>Résultats n° 2</p>");
    expect(third.headers.get("x-render")).toBe("2");
    expect(third.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await (await fetch(`${app.origin}/recherche?lieu=lyon`)).text()).toBe("<p>Résultats n° 3</p>");
    expect(
      await (
        await fetch(`${app.origin}/recherche?lieu=paris`, { headers: { cookie: "next-auth.session-token=x" } })
      ).text(),
    ).toBe("<p>Résultats n° 4</p>");
    expect(app.stats()).toMatchObject({ hits: 1, entries: 1 });
  });

  it("@resilience renders a page once for visitors who ask for it at the same time", async () => {
    const app = await serve(60, streamedPage);
    const bodies = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${app.origin}/recherche?lieu=nantes`).then((r) => r.text())),
    );
    expect(new Set(bodies)).toEqual(new Set(["<p>Résultats n° 1</p>"]));
    expect(app.renders()).toBe(1);
  });

  it("@resilience never keeps errors, redirects or answers that set a cookie, and keeps nothing when turned off", async () => {
    const app = await serve(60, (req, res, render) => {
      const url = new URL(req.url!, "http://x");
      if (url.searchParams.has("erreur")) res.writeHead(500).end(`erreur ${render}`);
      else if (url.searchParams.has("cookie")) res.writeHead(200, { "set-cookie": "a=b" }).end(`cookie ${render}`);
      else res.writeHead(307, { location: "/" }).end(`redirection ${render}`);
    });
    for (const query of ["erreur", "cookie", "redirection"]) {
      await (await fetch(`${app.origin}/recherche?${query}=1`, { redirect: "manual" })).text();
      await (await fetch(`${app.origin}/recherche?${query}=1`, { redirect: "manual" })).text();
    }
    expect(app.renders()).toBe(6);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    const off = await serve(0, streamedPage);
    await (await fetch(`${off.origin}/`)).text();
    expect(await (await fetch(`${off.origin}/`)).text()).toBe("<p>Résultats n° 2</p>");
  });

  it("@hardening never replays a page whose Content-Security-Policy carries a nonce", async () => {
    const app = await serve(60, (_req, res, render) => {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `script-src 'self' 'nonce-${render}'`,
      });
      res.end(`<script nonce="${render}"></script>`);
    });
    await (await fetch(`${app.origin}/recherche?lieu=paris`)).text();
    const second = await fetch(`${app.origin}/recherche?lieu=paris`);
    expect(await second.text()).toBe('<script nonce="2"></script>');
    expect(second.headers.get("content-security-policy")).toBe("script-src 'self' 'nonce-2'");
    expect(app.stats()).toMatchObject({ hits: 0, entries: 0 });
  });

  it("@resilience never keeps a 200 without an HTML page: an empty body or another type is rendered again", async () => {
    const app = await serve(60, (req, res, render) => {
      if (req.url === "/") res.writeHead(200, { etag: '"abc"' }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end(`{"rendu":${render}}`);
    });
    for (const path of ["/", "/", "/recherche?lieu=paris", "/recherche?lieu=paris"])
      await (await fetch(`${app.origin}${path}`)).text();
    expect(app.renders()).toBe(4);
    expect(app.stats()).toMatchObject({ hits: 0, entries: 0 });
  });
});
