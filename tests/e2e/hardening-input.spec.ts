import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { logIn } from "./support";

test.describe("@hardening input markup", () => {
  test("@hardening /favicon.ico is an icon, not a 404", async ({ request }) => {
    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    // The ICO header: reserved 0, type 1 (icon).
    expect([...(await icon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  test("@hardening every input of the public forms has a type; the organisation's street is address-line1", async ({
    page,
  }) => {
    for (const path of ["/demande-habilitation", "/demande-information", "/connexion"]) {
      await page.goto(path);
      await expect(page.locator("form").first()).toBeVisible();
      expect(await page.locator("input:not([type])").count(), path).toBe(0);
    }
    await page.goto("/demande-habilitation");
    await expect(page.getByLabel("Adresse", { exact: true })).toHaveAttribute("autocomplete", "address-line1");
  });

  test("@hardening the API keys page has typed inputs and announces a revocation in its live region", async ({
    page,
  }) => {
    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/espace-pro/cles-api");
    expect(await page.locator("input:not([type])").count()).toBe(0);
    const name = `Logiciel annonce ${Date.now()}`;
    await page.getByLabel("Nom de la clé").fill(name);
    await page.getByRole("button", { name: "Créer la clé" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Clé créée" })).toBeVisible();
    // The region is on the page, empty, before the revocation: screen readers announce what then fills it.
    const region = page.locator('[role="status"][aria-live="polite"]');
    await expect(region).toHaveText("");
    await page.getByRole("button", { name: `Révoquer la clé ${name}` }).click();
    await expect(region).toHaveText("Clé révoquée : elle est refusée dès maintenant.");
    await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText("révoquée le");
  });
});
