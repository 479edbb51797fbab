import http from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "@/lib/db";
import { PlainHtmlPageOf } from "@/components/plain-html-page";
import { searchPageView } from "@/components/search/search-page";
import { searchPageData } from "@/lib/family-pages/search-page-data";
import { publicFacilityPageView } from "@/components/public-facility-page";
import { publicFacilityPageData } from "@/lib/family-pages/public-facility-page-data";
import { acceptsGzip, createPlainHtmlPages } from "@/scripts/lib/plain-html-pages";
import { RequestList } from "@/components/instruction/request-list";
import { listHabilitationRequests } from "@/lib/habilitation/list-habilitation-requests";
import { decodeSessionToken, encodeSessionToken } from "@/lib/http/session-token";
import { findSessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";

// The families' search and facility pages as the production server answers them, before Next
// (scripts/lib/plain-html-pages.ts), against the demo data: what they send, and that it is what Next sends.
let server: http.Server;
let base: string;
let distDir: string;
const handedToNext: string[] = [];
let facility: { id: string; name: string; communeInsee: string; communeName: string };

async function get(pathname: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${pathname}`, init);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** What the page's body holds, written by the production server. */
const contentOf = (document: string) => /<body class="[^"]+">([\s\S]*)<\/body>/.exec(document)?.[1] ?? "";
/** What Next's route renders inside its wrapper. */
const nextContentOf = (fragment: string) => /^<div class="contents">([\s\S]*)<\/div>$/.exec(fragment)?.[1] ?? "";
/** The page's markup without its scripts, which React places differently in a fragment and in a document. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*><\/script>/g, "");
const scriptsOf = (html: string) => (html.match(/<script\b[^>]*><\/script>/g) ?? []).sort();

describe("@proximity plain HTML pages served before Next", () => {
  beforeAll(async () => {
    const open = await db.facility.findFirstOrThrow({
      where: { status: "OPEN" },
      include: { commune: true },
      orderBy: { name: "asc" },
    });
    facility = { id: open.id, name: open.name, communeInsee: open.communeInsee, communeName: open.commune.name };
    distDir = mkdtempSync(path.join(tmpdir(), "plain-pages-"));
    writeFileSync(
      path.join(distDir, "build-manifest.json"),
      JSON.stringify({
        pages: {
          "/_app": ["static/chunks/app.js", "static/chunks/app.css"],
          "/recherche": ["static/chunks/recherche.js", "static/chunks/recherche.css"],
          "/structures/[id]": ["static/chunks/structure.js"],
        },
      }),
    );
    const serve = createPlainHtmlPages({ distDir, headers: { "x-frame-options": "DENY" } });
    server = http.createServer((request, response) => {
      void serve(request, response, () => {
        handedToNext.push(`${request.method} ${request.url}`);
        response.writeHead(418).end("Next");
        return Promise.resolve();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(distDir, { recursive: true, force: true });
  });

  it("@proximity a search is a whole document with the build's stylesheets, the page's policy and headers", async () => {
    const { response, body } = await get(`/recherche?lieu=${encodeURIComponent(facility.communeName)}&rayon=30`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("nonce");
    const html = body.toString("utf8");
    expect(html.startsWith('<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>')).toBe(true);
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    expect(stylesheets).toEqual(["/_next/static/chunks/app.css", "/_next/static/chunks/recherche.css"]);
    expect(html).toContain(`<title>Recherche « ${facility.communeName} »`);
    expect(html).toContain(`>${facility.name.replace(/'/g, "&#x27;")}</a>`);
    expect(handedToNext).toEqual([]);
  });

  it("@proximity a search has the same content as through Next's pages/ route", async () => {
    const query = { lieu: facility.communeName, commune: facility.communeInsee, rayon: "10" };
    const { body } = await get(`/recherche?${new URLSearchParams(query)}`);
    const document = body.toString("utf8");
    // What pages/recherche.tsx renders, from the props Next would give it (through JSON).
    const { props } = await searchPageData.load(query);
    const SearchPage = PlainHtmlPageOf(searchPageView);
    const nextContent = nextContentOf(renderToStaticMarkup(<SearchPage {...JSON.parse(JSON.stringify(props))} />));
    const ownContent = contentOf(document);
    expect(ownContent.length).toBeGreaterThan(1000);
    expect(withoutScripts(ownContent)).toBe(withoutScripts(nextContent));
    // The search's two scripts, in the same place both ways.
    expect(scriptsOf(document)).toEqual(scriptsOf(nextContent));
    expect(scriptsOf(document).length).toBeGreaterThan(0);
  });

  it("@proximity compressed when the browser takes gzip, and without a body for HEAD", async () => {
    const plain = await get("/recherche?departement=77");
    const compressed = await get("/recherche?departement=77", { headers: { "accept-encoding": "gzip" } });
    expect(compressed.response.headers.get("vary")).toBe("Accept-Encoding");
    // fetch decompresses by itself: the header says what travelled.
    expect(compressed.response.headers.get("content-encoding")).toBe("gzip");
    expect(compressed.body.toString("utf8")).toBe(plain.body.toString("utf8"));
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}/recherche?departement=77`, { headers: { "accept-encoding": "gzip;q=1, br" } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({ encoding: response.headers["content-encoding"], body: Buffer.concat(chunks) }),
          );
        })
        .on("error", reject);
    });
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString("utf8")).toBe(plain.body.toString("utf8"));
    const head = await get("/recherche?departement=77", { method: "HEAD" });
    expect(head.response.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(acceptsGzip("gzip;q=0, identity")).toBe(false);
    expect(acceptsGzip("br, *")).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("@proximity a facility's page, 404 for an unknown one, 400 for an unreadable search", async () => {
    const found = await get(`/structures/${facility.id}`);
    expect(found.response.status).toBe(200);
    // The same content as pages/structures/[id].tsx renders from the props Next would give it.
    const FacilityPage = PlainHtmlPageOf(publicFacilityPageView);
    const { props } = await publicFacilityPageData.load({ id: facility.id });
    expect(contentOf(found.body.toString("utf8")).length).toBeGreaterThan(1000);
    expect(contentOf(found.body.toString("utf8"))).toBe(
      nextContentOf(renderToStaticMarkup(<FacilityPage {...JSON.parse(JSON.stringify(props))} />)),
    );
    expect(found.body.toString("utf8")).toContain(
      `<h1 class="text-3xl font-bold">${facility.name.replace(/'/g, "&#x27;")}</h1>`,
    );
    expect(found.body.toString("utf8")).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css"/>');
    const unknown = await get("/structures/cm0000000000000000000000");
    expect(unknown.response.status).toBe(404);
    expect(unknown.body.toString("utf8")).toContain("<title>Structure introuvable — monenfant.fr</title>");
    const unreadable = await get(`/recherche?lieu=${encodeURIComponent("Nérac\u0000")}`);
    expect(unreadable.response.status).toBe(400);
    expect(unreadable.body.toString("utf8")).toContain("Rechercher un mode d");
  });

  it("@proximity other paths and methods, and malformed addresses, are left to Next", async () => {
    handedToNext.length = 0;
    expect((await get("/recherche", { method: "POST", body: "x" })).response.status).toBe(418);
    expect((await get("/recherche/")).response.status).toBe(418);
    expect((await get("/structures/a/b")).response.status).toBe(418);
    expect((await get("/structures/%E0%A4%A")).response.status).toBe(418);
    expect((await get("/caf/demandes", { method: "POST", body: "x" })).response.status).toBe(418);
    // A client-side navigation of the App Router asks for its payload, not for a document.
    expect((await get("/caf/demandes", { headers: { rsc: "1" } })).response.status).toBe(418);
    expect((await get("/caf/journal")).response.status).toBe(418);
    expect(handedToNext).toEqual([
      "POST /recherche",
      "GET /recherche/",
      "GET /structures/a/b",
      "GET /structures/%E0%A4%A",
      "POST /caf/demandes",
      "GET /caf/demandes",
      "GET /caf/journal",
    ]);
  });

  // The agent's desk as the production server answers it before Next: the proxy's checks (proxy.ts), then the
  // page's own against the database, as the App Router's page does (app/(partenaires)/caf/demandes/page.tsx).
  describe("@proximity the Caf's request list served before Next", () => {
    const secret = process.env.NEXTAUTH_SECRET!;
    const emails = ["liste.agent47@exemple.fr", "liste.agent39@exemple.fr", "liste.nouvel.agent47@exemple.fr"];
    type Person = { id: string; role: Role; sessionVersion: number };
    let agent47: Person;
    let agent39: Person;
    let newcomer47: Person;
    let provider: Person;

    const now = () => Math.floor(Date.now() / 1000);
    async function cookieOf(person: Person, times: { loginAt?: number; lastActivityAt?: number } = {}) {
      const claims = { userId: person.id, role: person.role, sessionVersion: person.sessionVersion };
      const token = await encodeSessionToken({
        token: { ...claims, loginAt: now(), lastActivityAt: now(), ...times },
        secret,
        maxAge: 8 * 3600,
      });
      return `next-auth.session-token=${token}`;
    }
    const asPerson = async (person: Person, pathname = "/caf/demandes", times = {}) =>
      get(pathname, { headers: { cookie: await cookieOf(person, times) }, redirect: "manual" });

    beforeAll(async () => {
      await db.user.deleteMany({ where: { email: { in: emails } } });
      const caf = async (departementCode: string) =>
        (await db.caf.findUniqueOrThrow({ where: { departementCode } })).id;
      const agent = (email: string, cafId: string, mustChangePassword = false) =>
        db.user.create({
          data: { email, firstName: "Inès", lastName: "Liste", role: "CAF_AGENT", cafId, mustChangePassword },
          select: { id: true, role: true, sessionVersion: true },
        });
      agent47 = await agent(emails[0]!, await caf("47"));
      agent39 = await agent(emails[1]!, await caf("39"));
      newcomer47 = await agent(emails[2]!, await caf("47"), true);
      provider = await db.user.findUniqueOrThrow({
        where: { email: "directrice.albret@demo.monenfant.fr" },
        select: { id: true, role: true, sessionVersion: true },
      });
    });

    afterAll(async () => {
      await db.user.deleteMany({ where: { email: { in: emails } } });
    });

    it("@proximity an agent gets their own Caf's requests, filtered, as the App Router's page lists them", async () => {
      handedToNext.length = 0;
      const query = { status: "SUBMITTED", type: "STRUCTURES" };
      const { response, body } = await asPerson(agent47, `/caf/demandes?${new URLSearchParams(query)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toContain("no-store");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      // The proxy's policy, with its nonce, as on the App Router's pages; the page itself has no script.
      expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+'/);
      expect(response.headers.get("set-cookie")).toBeNull();
      const html = body.toString("utf8");
      expect(html).not.toContain("<script");
      expect(html).toContain("<title>Demandes d&#x27;habilitation — monenfant.fr</title>");
      // The signed-in person's header, with a logout that needs no script.
      expect(html).toContain("Inès Liste</a>");
      expect(html).toContain('<form action="/deconnexion" method="post">');
      const user = (await findSessionUser({
        userId: agent47.id,
        sessionVersion: 0,
        loginAt: now(),
        lastActivityAt: now(),
      }))!;
      const list = await listHabilitationRequests(user, query);
      expect(list.total).toBeGreaterThan(0);
      const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
      expect(main).toBe(renderToStaticMarkup(<RequestList list={list} />));
      expect(html).toContain("HAB-DEMO-0001");
      expect(handedToNext).toEqual([]);
    });

    it("@proximity another Caf's agent does not see them", async () => {
      const own = await asPerson(agent47);
      const other = await asPerson(agent39);
      expect(own.body.toString("utf8")).toContain("HAB-DEMO-0001");
      expect(other.response.status).toBe(200);
      expect(other.body.toString("utf8")).not.toContain("HAB-DEMO-0001");
    });

    it("@proximity the same refusals as the App Router: sign in, wrong area, provisional password, ended session", async () => {
      handedToNext.length = 0;
      const anonymous = await get("/caf/demandes?page=2", { redirect: "manual" });
      expect(anonymous.response.status).toBe(307);
      expect(anonymous.response.headers.get("location")).toBe("/connexion?callbackUrl=%2Fcaf%2Fdemandes%3Fpage%3D2");
      const partner = await asPerson(provider);
      expect(partner.response.status).toBe(307);
      expect(partner.response.headers.get("location")).toBe("/acces-refuse");
      const newcomer = await asPerson(newcomer47);
      expect(newcomer.response.status).toBe(307);
      expect(newcomer.response.headers.get("location")).toBe("/mon-compte/mot-de-passe");
      // Signing out elsewhere bumps the version: this cookie no longer opens anything.
      const cookie = await cookieOf(agent47);
      await db.user.update({ where: { id: agent47.id }, data: { sessionVersion: { increment: 1 } } });
      const ended = await get("/caf/demandes", { headers: { cookie }, redirect: "manual" });
      await db.user.update({ where: { id: agent47.id }, data: { sessionVersion: agent47.sessionVersion } });
      expect(ended.response.status).toBe(307);
      expect(ended.response.headers.get("location")).toBe("/connexion?callbackUrl=%2Fcaf%2Fdemandes");
      expect(ended.body.length).toBe(0);
      expect(handedToNext).toEqual([]);
    });

    it("@proximity an idle session is ended and its cookie cleared; an active one has its activity refreshed", async () => {
      const idle = await asPerson(agent47, "/caf/demandes", { lastActivityAt: now() - 31 * 60 });
      expect(idle.response.status).toBe(307);
      expect(idle.response.headers.get("location")).toBe("/connexion?callbackUrl=%2Fcaf%2Fdemandes");
      expect(idle.response.headers.get("set-cookie")).toMatch(/^next-auth\.session-token=;/);

      const active = await asPerson(agent47, "/caf/demandes", { lastActivityAt: now() - 120 });
      expect(active.response.status).toBe(200);
      const refreshed = /^next-auth\.session-token=([^;]+);/.exec(active.response.headers.get("set-cookie") ?? "")?.[1];
      const claims = await decodeSessionToken({ token: refreshed, secret });
      expect(claims?.userId).toBe(agent47.id);
      expect(Number(claims?.lastActivityAt)).toBeGreaterThanOrEqual(now() - 5);
    });
  });
});
