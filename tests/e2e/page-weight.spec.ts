import { expect, test } from "@playwright/test";
import { COMPILE_HINT, startUpChunks } from "../../scripts/lib/compile-hints";

// What a family's phone pays on the public pages (bench/ measures the resulting Lighthouse scores).
const PUBLIC_PAGES = ["/", "/recherche?lieu=nerac"];

test.describe("@resilience public page weight", () => {
  test("@resilience the start-up scripts are served with V8's compile hint", async ({ page, request }) => {
    const startUpScripts = startUpChunks(process.env.NEXT_DIST_DIR || ".next").map((file) => `/_next/${file}`);
    expect(startUpScripts.length).toBeGreaterThan(2);

    await page.goto("/");
    const loaded = await page.evaluate(() => Array.from(document.scripts, (script) => new URL(script.src || location.href).pathname));
    expect(loaded).toEqual(expect.arrayContaining(startUpScripts));
    for (const script of startUpScripts) {
      const body = await (await request.get(script)).text();
      expect(body.startsWith(COMPILE_HINT), script).toBe(true);
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
