import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { enterSecondFactorIfAsked, prepareSecondFactor } from "./staff-second-factor";

export { e2eRuntime } from "./e2e-runtime";

/** The axe violations of WCAG 2.0 and 2.1, levels A and AA, on the page as it stands, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // After a client-side navigation Next sets the title a moment later: check the settled page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

export async function expectNoAccessibilityViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

export async function logIn(page: Page, email: string, password: string) {
  prepareSecondFactor(email);
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // Wait for the outcome: the next page, the error message on the login page, or the second factor's step.
  const secondFactor = page.getByLabel("Code de vérification");
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/connexion")),
    page.getByRole("main").getByRole("alert").waitFor(),
    secondFactor.waitFor(),
  ]);
  await enterSecondFactorIfAsked(page, email);
}

/**
 * Fails sign-ins for `email` from this browser, waiting out each delay the form announces, until the form
 * asks for the security check (lib/auth/sign-in-throttle.ts).
 */
export async function failSignInsUntilCaptcha(page: Page, email: string) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  const alert = page.getByRole("main").getByRole("alert");
  const check = page.getByRole("group", { name: "Vérification de sécurité" });
  for (let attempt = 1; attempt <= 12 && !(await check.isVisible()); attempt++) {
    await page.getByLabel("Mot de passe", { exact: true }).fill(`mauvais-${attempt}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(alert).toBeVisible();
    await expect(page.getByRole("button", { name: "Se connecter" })).toBeEnabled();
    const wait = /patientez (\d+) seconde/.exec((await alert.textContent()) ?? "");
    if (wait) await page.waitForTimeout(Number(wait[1]) * 1000 + 200);
  }
  await expect(check).toBeVisible();
}

/** Sends the pending avenant of the convention page, then records the partner's and the Caf's signatures. */
export async function signAmendmentInBrowser(page: Page) {
  await page.getByRole("button", { name: "Enregistrer l'envoi pour signature" }).click();
  await expect(page.getByText("Envoyé pour signature")).toBeVisible();
  await page.getByLabel("Lieu de signature").first().fill("Nérac");
  await page.getByRole("button", { name: "Enregistrer la signature du partenaire" }).click();
  await expect(page.getByText("Signée à Nérac")).toBeVisible();
  await page.getByLabel("Lieu de signature").fill("Agen");
  await page.getByRole("button", { name: "Enregistrer la signature de la Caf" }).click();
  await expect(page.getByText(/En vigueur le/).last()).toBeVisible();
}
