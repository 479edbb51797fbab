import { expect, test } from "@playwright/test";
import { COMPILE_HINT, startUpChunks } from "../../scripts/lib/compile-hints";
import { distDirOf } from "../../scripts/lib/build-app";
import { BUILD_STATIC_PREFIX } from "../../lib/http/build-static-files";
import { SEARCH_FORM_SCRIPT } from "../../components/search/search-form";

const MAP_TOGGLE_SCRIPT = "/scripts/search-map.js";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { logIn } from "./support";

// What a visitor's phone pays on the public pages (bench/ measures the resulting Lighthouse scores): the home
// page and the search, plain HTML; the partners' login, an App Router page with Next's runtime.
const PUBLIC_PAGES = ["/", "/recherche?lieu=nerac", "/connexion"];

test.describe("@resilience public page weight", () => {
  test("@resilience the families' pages send no framework JavaScript: the search only its form's scripts, a facility page none", async ({
    page,
  }) => {
    let scripts: string[] = [];
    page.on("request", (sent) => {
      if (sent.resourceType() === "script") scripts.push(new URL(sent.url()).pathname);
    });
    await page.goto("/recherche?lieu=nerac");
    await page.waitForLoadState("networkidle");
    // The form's script with the combobox it imports, and the map's toggle (the e2e server configures tiles;
    // Leaflet itself only comes when the map is asked for).
    expect([...scripts].sort()).toEqual([SEARCH_FORM_SCRIPT, "/scripts/commune-combobox.js", MAP_TOGGLE_SCRIPT].sort());
    expect(await page.evaluate(() => document.scripts.length)).toBe(2);
    // The script does its work: suggestions, then a URL without the empty fields.
    await page.getByLabel("Commune ou code postal").fill("nérac");
    await page.getByRole("option", { name: "Nérac (47600)" }).click();
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/recherche\?lieu=N%C3%A9rac\+%2847600%29&commune=47195&rayon=5$/);

    scripts = [];
    await page.getByRole("list", { name: "Résultats" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/structures\/[^/]+$/);
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
  });

  test("@resilience the home page is plain HTML for visitors, and takes a signed-in partner to their own space", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (sent) => {
      if (sent.resourceType() === "script") scripts.push(sent.url());
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();

    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/espace-pro$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/espace-pro$/);
    await expect(page.getByRole("banner").getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  });

  test("@resilience the start-up scripts are served with V8's compile hint", async ({ page, request }) => {
    const startUpScripts = startUpChunks(distDirOf(process.env)).map((file) => `/_next/${file}`);
    expect(startUpScripts.length).toBeGreaterThan(2);

    await page.goto("/connexion");
    const loaded = await page.evaluate(() =>
      Array.from(document.scripts, (script) => new URL(script.src || location.href).pathname),
    );
    expect(loaded).toEqual(expect.arrayContaining(startUpScripts));
    for (const script of startUpScripts) {
      const body = await (await request.get(script)).text();
      expect(body.startsWith(COMPILE_HINT), script).toBe(true);
    }
  });

  test("@resilience the scripts and styles of the public pages come compressed at build time (brotli), cached for a year", async ({
    page,
  }) => {
    // The login page's framework scripts and style; the home and search pages' style only (no framework script).
    const leastAssets: Record<string, number> = { "/": 1, "/recherche?lieu=nerac": 1, "/connexion": 4 };
    for (const pathname of PUBLIC_PAGES) {
      const assets: { url: string; encoding?: string; cacheControl?: string }[] = [];
      page.on("response", (response) => {
        if (new URL(response.url()).pathname.startsWith(BUILD_STATIC_PREFIX)) {
          assets.push({
            url: response.url(),
            encoding: response.headers()["content-encoding"],
            cacheControl: response.headers()["cache-control"],
          });
        }
      });
      await page.goto(pathname);
      await page.waitForLoadState("networkidle");
      expect(assets.length, pathname).toBeGreaterThanOrEqual(leastAssets[pathname]!);
      for (const asset of assets)
        expect(asset, asset.url).toMatchObject({ encoding: "br", cacheControl: "public,max-age=31536000,immutable" });
      page.removeAllListeners("response");
    }
  });

  test("@resilience the public pages download no page the visitor has not asked for", async ({ page }) => {
    for (const pathname of PUBLIC_PAGES) {
      const prefetches: string[] = [];
      page.on("request", (sent) => {
        if (new URL(sent.url()).searchParams.has("_rsc")) prefetches.push(sent.url());
      });
      await page.goto(pathname);
      await page.waitForLoadState("networkidle");
      expect(prefetches, pathname).toEqual([]);
      page.removeAllListeners("request");
    }
  });
});
