import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { expectNoAccessibilityViolations, logIn } from "./support";

// The agent's desk (/caf/demandes) is written by the production server as plain HTML, before Next
// (scripts/lib/plain-html-pages.ts); a client-side navigation from another App Router page gets the App
// Router's page. Both must read the same, and the plain one must work without any script.
test.describe("@proximity the Caf's request list", () => {
  test("@proximity plain HTML that filters and pages without scripts, reading the same as the App Router's page", async ({
    page,
  }) => {
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/demandes");
    await expect(page).toHaveTitle("Demandes d'habilitation — monenfant.fr");
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await expectNoAccessibilityViolations(page);
    const plain = await page.getByRole("main").innerText();
    expect(plain).toContain("HAB-DEMO-0001");

    await page.getByLabel("Statut").selectOption({ label: "Active" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/caf\/demandes\?q=&status=ACTIVE&type=$/);
    await expect(page.getByRole("link", { name: "HAB-DEMO-0001" })).toBeVisible();

    // The request's page is the App Router's; its way back is a client-side navigation (an RSC request).
    await page.getByRole("link", { name: "HAB-DEMO-0001" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande HAB-DEMO-0001");
    const payload = page.waitForResponse((response) => response.request().headers().rsc === "1");
    await page.getByRole("link", { name: "Toutes les demandes" }).click();
    await payload;
    await expect(page).toHaveURL(/\/caf\/demandes$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demandes d'habilitation");
    expect(await page.getByRole("main").innerText()).toBe(plain);
    await expect(page.getByRole("banner").getByRole("link", { name: "Mon compte" })).toBeVisible();
  });

  test("@proximity signing out from the plain page needs no script and ends the session everywhere", async ({
    page,
    browser,
  }) => {
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/demandes");
    const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
    await withoutScripts.addCookies(await page.context().cookies());
    const plain = await withoutScripts.newPage();
    await plain.goto("/caf/demandes");
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Demandes d'habilitation");
    await plain.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(plain).toHaveURL(/\/$/);
    await expect(plain.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
    await plain.goto("/caf/demandes");
    await expect(plain).toHaveURL(/\/connexion\?callbackUrl=%2Fcaf%2Fdemandes$/);
    // The browser that signed in shared the session: it is over there too.
    await page.reload();
    await expect(page).toHaveURL(/\/connexion/);
    await withoutScripts.close();
  });
});
