import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { expectNoAccessibilityViolations, failSignInsUntilCaptcha, logIn } from "./support";

test.describe("@hardening sign-in", () => {
  for (const payload of ["/%09/evil.example/", "/%0A/evil.example/", "/%5Cevil.example", "//evil.example/"]) {
    test(`@hardening callbackUrl ${payload} lands on a same-origin page`, async ({ page, baseURL }) => {
      await page.goto(`/connexion?callbackUrl=${payload}`);
      await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
      await page.waitForLoadState("load");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      // Already signed in: the login page itself redirects, with the same rule.
      await page.goto(`/connexion?callbackUrl=${payload}`);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("@hardening a session token copied before logout is refused after it", async ({ page, browser }) => {
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/caf$/);
    const copied = await page.context().cookies();

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/caf");
    await expect(stolen).toHaveURL(/\/caf$/);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();

    await stolen.goto("/caf");
    await expect(stolen).toHaveURL(/\/connexion/);
    await thief.close();
  });
});

test("@hardening after failed sign-ins a proof-of-work check is solved in the browser, keeping what was typed", async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
  });
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const email = "agent.caf39@demo.monenfant.fr";
  await failSignInsUntilCaptcha(page, email);
  const check = page.getByRole("group", { name: "Vérification de sécurité" });
  // Nothing to read or type: the browser's worker solves it, from this site's own script.
  await expect(check.getByText("Vérification terminée")).toBeVisible({ timeout: 30_000 });
  await expect(check.getByRole("checkbox")).toBeChecked();
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((url) => new URL(url, page.url()).pathname === "/api/captcha/worker")).toBe(true);
  expect(blocked).toEqual([]);
  await expect(page.getByLabel("Adresse électronique")).toHaveValue(email);
  await expectNoAccessibilityViolations(page);
  await page.waitForTimeout(8_500); // the last failure's delay for this address
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/caf$/);
});
