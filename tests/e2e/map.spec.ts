import http from "node:http";
import { expect, test } from "@playwright/test";
import { MAP_TEST_ATTRIBUTION, mapTilePort } from "../support/map-tiles";
import { expectNoAccessibilityViolations } from "./support";

// One 1×1 PNG for every tile: what the map draws underneath does not matter here, that it asks for tiles does.
const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const SEARCH = "/recherche?lieu=N%C3%A9rac&rayon=30";

test.describe("@proximity results map", () => {
  let tiles: http.Server;
  const tileRequests: string[] = [];

  test.beforeAll(async () => {
    tiles = http.createServer((request, response) => {
      tileRequests.push(request.url ?? "");
      response.writeHead(200, { "content-type": "image/png" }).end(TILE);
    });
    await new Promise<void>((resolve) =>
      tiles.listen(mapTilePort(process.env.E2E_PORT ?? "3100"), "127.0.0.1", resolve),
    );
  });
  test.afterAll(() => new Promise<void>((resolve) => tiles.close(() => resolve())));

  test("@proximity opens on demand with self-hosted Leaflet and local tiles, a marker per result opening its card", async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(SEARCH);
    const cards = page.locator("ol > li[data-latitude]");
    const count = await cards.count();
    expect(count).toBeGreaterThan(1);
    // Nothing of the map is loaded before the family asks for it.
    expect(requested.filter((url) => /leaflet|tuiles/.test(url))).toEqual([]);
    await expectNoAccessibilityViolations(page);

    const toggle = page.getByRole("button", { name: "Voir sur la carte" });
    await toggle.click();
    await expect(page.getByRole("button", { name: "Masquer la carte" })).toHaveAttribute("aria-expanded", "true");
    const markers = page.locator("#results-map .leaflet-marker-icon");
    await expect(markers).toHaveCount(count);
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    await expect(page.locator("#results-map .leaflet-control-attribution")).toContainText(MAP_TEST_ATTRIBUTION);
    // Everything came from this site, but the tiles from the tile server configured.
    const origins = new Set(requested.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual(
      [new URL(page.url()).origin, `http://127.0.0.1:${mapTilePort(process.env.E2E_PORT ?? "3100")}`].sort(),
    );

    // A marker opens the card of its facility, linking to its page like the list; from the keyboard too (the
    // markers of one commune share its point and lie on top of each other: a pointer reaches the top one only).
    const firstName = (await cards.first().locator("h3 a").textContent()) ?? "";
    await page
      .locator(`#results-map .leaflet-marker-icon[title="${firstName.replace(/"/g, '\\"')}"]`)
      .first()
      .focus();
    await page.keyboard.press("Enter");
    const popupLink = page.locator("#results-map .leaflet-popup-content a");
    await expect(popupLink).toHaveText(firstName);
    await expect(popupLink).toHaveAttribute("href", /^\/structures\//);
    await expectNoAccessibilityViolations(page);
  });

  test("@proximity without JavaScript the list is all there is, and no map button is offered", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEARCH);
    await expect(page.locator("ol > li[data-latitude]").first()).toBeVisible();
    await expect(page.locator("ol > li").first()).toContainText(/à (moins de 100 m|\d+,\d km)/);
    await expect(page.getByRole("button", { name: "Voir sur la carte" })).toBeHidden();
    await context.close();
  });
});
