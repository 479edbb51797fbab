import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { expectNoAccessibilityViolations, logIn } from "./support";

test.describe("@foundation", () => {
  test("@foundation the home page is a French public-service page with a skip link and legal links", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/monenfant\.fr/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publier sur monenfant.fr");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeFocused();
    for (const name of ["Mentions légales", "Données personnelles", "Accessibilité : non conforme"]) {
      await expect(page.getByRole("contentinfo").getByRole("link", { name })).toBeVisible();
    }
    await expectNoAccessibilityViolations(page);
  });

  test("@foundation the demo Caf agent logs in and reaches the Caf dashboard, then logs out", async ({ page }) => {
    await page.goto("/caf");
    await expect(page).toHaveURL(/\/connexion\?callbackUrl=%2Fcaf/);
    await expectNoAccessibilityViolations(page);

    await logIn(page, "agent.caf47@demo.monenfant.fr", "mauvais-mot-de-passe");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Identifiant ou mot de passe incorrect.");

    await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/caf$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Caf de Lot-et-Garonne");
    await expect(page.getByText("structures ouvertes référencées")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto("/admin");
    await expect(page).toHaveURL(/\/acces-refuse$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.goto("/caf");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("@foundation a habilitated director sees the facilities of her convention", async ({ page }) => {
    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/espace-pro$/);
    await expect(page.getByRole("heading", { name: "Les petits bouchons" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Comptine" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto("/caf");
    await expect(page).toHaveURL(/\/acces-refuse$/);
  });

  test("@foundation unknown pages answer a French 404 and the health check reports the database", async ({
    page,
    request,
  }) => {
    const response = await page.goto("/cette-page-n-existe-pas");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await expectNoAccessibilityViolations(page);

    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "ok" });
    expect(health.headers()["x-content-type-options"]).toBe("nosniff");
    expect(health.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("@foundation the development mailbox does not exist in production", async ({ page }) => {
    const response = await page.goto("/dev/boite-mail");
    expect(response?.status()).toBe(404);
  });
});
