import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { failSignInsUntilCaptcha, logIn } from "./support";
import { solveCaptchaQuestion } from "../support/captcha";

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

test("@hardening after failed sign-ins the form asks a captcha, whose question keeps what was typed", async ({
  page,
}) => {
  const email = "agent.caf39@demo.monenfant.fr";
  await failSignInsUntilCaptcha(page, email);
  const answer = page.getByLabel("Réponse à la question");
  await expect(page.getByRole("group", { name: "Vérification de sécurité" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Code de sécurité/ })).toBeVisible();
  await page.getByRole("button", { name: /répondre à une question/ }).click();
  await expect(page.getByLabel("Adresse électronique")).toHaveValue(email);
  const question = (await page.locator("#captcha-question").textContent()) ?? "";
  await page.waitForTimeout(8_500); // the last failure's delay for this address
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await answer.fill(solveCaptchaQuestion(question));
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/caf$/);
});
