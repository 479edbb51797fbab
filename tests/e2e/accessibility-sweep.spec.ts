// Axe on every page of the app, in real Chromium, so that no page escapes the accessibility checks:
// the pages are discovered from app/ (tests/support/discover-routes.ts) and each is visited as one
// persona allowed to see it by the authorisation matrix (tests/support/access-matrix.ts): an anonymous
// visitor when the page is public, else the first allowed persona, signed in once for all its pages.
// A page that is neither visited nor skipped here with a reason fails the sweep.
import { expect, test } from "@playwright/test";
import { ACCESS_MATRIX, PERSONAS, type MatrixEntry, type Persona } from "../support/access-matrix";
import { discoverAppSurface } from "../support/discover-routes";
import { PERSONA_EMAILS, runAccessFixture, signIn, uniqueEmail, withMatrixFixtures } from "./accounts-support";
import { accessibilityViolations, logIn } from "./support";

// Pages that nobody can see in the production build under test, and why.
const SKIPPED: Record<string, string> = {
  "page /dev/boite-mail": "development-only mailbox: answers 404 in production (the build under test)",
};
// Pages that show nothing of their own and send the visitor on: where the sweep's persona lands.
const LANDS_ON: Record<string, string> = {
  "page /espace": "/espace-pro",
};
// Query strings that show a page at its fullest (the confirmations show the reference only when given one).
const QUERIES: Record<string, string> = {
  "page /demande-habilitation/confirmation": `?${new URLSearchParams({ reference: "HAB-47-2026-AXE123", caf: "Caf de Lot-et-Garonne" })}`,
  "page /demande-information/confirmation": `?${new URLSearchParams({ reference: "DI-47-2026-AXE123", lieu: "RPE de Lavardac" })}`,
};

type Visit = { key: string; path: string; entry: MatrixEntry; persona: Persona };

const pages = discoverAppSurface().filter((item) => item.kind === "page");
const visits: Visit[] = pages.flatMap((item) => {
  const entry = ACCESS_MATRIX[item.key];
  const persona = entry && !(item.key in SKIPPED) ? PERSONAS.find((p) => entry.allowed.includes(p)) : undefined;
  return entry && persona ? [{ key: item.key, path: item.path, entry, persona }] : [];
});

test.describe("@resilience accessibility sweep", () => {
  test("@resilience every page of the app is swept by axe or skipped with a reason", () => {
    const visited = new Set(visits.map((visit) => visit.key));
    const unswept = pages.filter((item) => !visited.has(item.key) && !(item.key in SKIPPED)).map((item) => item.key);
    expect(unswept, "neither visited (no entry in the access matrix, or allowed to nobody) nor in SKIPPED").toEqual([]);
    const pageKeys = pages.map((item) => item.key);
    expect(
      Object.keys(SKIPPED).filter((key) => !pageKeys.includes(key)),
      "SKIPPED names pages that no longer exist",
    ).toEqual([]);
    expect(
      Object.keys(SKIPPED).filter((key) => ACCESS_MATRIX[key]?.allowed.length),
      "SKIPPED pages that someone may see: sweep them",
    ).toEqual([]);
    for (const [key, reason] of Object.entries(SKIPPED))
      test.info().annotations.push({ type: "skipped page", description: `${key}: ${reason}` });
  });

  for (const persona of PERSONAS) {
    const mine = visits.filter((visit) => visit.persona === persona);
    if (mine.length === 0) continue;
    test(`@resilience no axe violation on the pages swept as ${persona}`, async ({ page, baseURL }) => {
      test.setTimeout(30_000 + mine.length * 15_000);
      if (persona === "providerB") runAccessFixture(baseURL!, "provider-b");
      // One sign-in for all the pages: page.request shares its cookies with the page.
      if (persona !== "anonymous") await signIn(page.request, PERSONA_EMAILS[persona]);
      await withMatrixFixtures(async (fixtures) => {
        for (const visit of mine) {
          await test.step(visit.key, async () => {
            const target = `${visit.entry.path ? await visit.entry.path(fixtures) : visit.path}${QUERIES[visit.key] ?? ""}`;
            expect(target, "dynamic segment: give this page a `path` in the access matrix").not.toContain("[");
            const response = await page.goto(target);
            expect(response?.status(), target).toBeLessThan(400);
            expect(new URL(page.url()).pathname, `${target} as ${persona}`).toBe(
              LANDS_ON[visit.key] ?? new URL(target, baseURL).pathname,
            );
            // Soft: one run lists the violations of every page.
            expect.soft(await accessibilityViolations(page), `${visit.key} (${target})`).toEqual([]);
          });
        }
      });
    });
  }

  test("@resilience no axe violation on the 404 and error pages nor on the login page showing an error", async ({
    page,
  }) => {
    await test.step("404", async () => {
      const response = await page.goto(`/page-inconnue-${Date.now().toString(36)}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
      // Outside the route groups' layouts, the 404 still has the site's frame.
      await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      expect.soft(await accessibilityViolations(page), "404").toEqual([]);
    });
    await test.step("404 of a facility page (pages router)", async () => {
      const response = await page.goto(`/structures/inconnue-${Date.now().toString(36)}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
      expect.soft(await accessibilityViolations(page), "404 structure").toEqual([]);
    });
    await test.step("error page of the pages router", async () => {
      const response = await page.goto("/500");
      expect(response?.status()).toBe(500);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le service rencontre un problème");
      expect.soft(await accessibilityViolations(page), "500").toEqual([]);
    });
    await test.step("login error", async () => {
      await logIn(page, uniqueEmail("axe"), "Mauvais-mot-2026");
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Identifiant ou mot de passe incorrect.");
      expect.soft(await accessibilityViolations(page), "connexion en erreur").toEqual([]);
    });
  });
});
