import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { catalogueCsv } from "../support/catalogue-csv";
import { pdfText } from "../support/pdf";
import { expectNoAccessibilityViolations, logIn } from "./support";

async function uploadCsv(page: Page, content: string) {
  await page.goto("/caf/structures/import");
  await page
    .getByLabel("Fichier CSV des structures (obligatoire)")
    .setInputFiles({ name: "structures.csv", mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import du fichier « structures.csv »");
}

const figure = (page: Page, label: string) =>
  page
    .getByRole("list", { name: "Résultat par ligne" })
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^\\d[\\d  ]*${label}$`) });

test.describe("@catalogue", () => {
  test("@catalogue an agent imports 500 facilities: dry run lists the 3 faulty lines, the fixed file imports, re-importing changes nothing", async ({
    page,
  }) => {
    const prefix = `E2E${Date.now()}`;
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/structures/import");
    await expectNoAccessibilityViolations(page);

    await uploadCsv(page, catalogueCsv(prefix, 500, [17, 230, 488]));
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText("19");
    await expect(rows.nth(1)).toContainText("Commune inconnue");
    await expect(rows.nth(2)).toContainText("232");
    await expect(rows.nth(2)).toContainText("Code postal : 5 chiffres attendus");
    await expect(rows.nth(3)).toContainText("490");
    await expect(rows.nth(3)).toContainText("Type de structure inconnu.");
    await expect(page.getByRole("button", { name: "Lancer l'import" })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    const report = await page.request.get(`${page.url()}/rapport`);
    expect(await report.text()).toContain("Erreur;Commune inconnue");

    await uploadCsv(page, catalogueCsv(prefix, 500));
    await expect(figure(page, "à créer")).toContainText("500");
    await page.getByRole("button", { name: "Lancer l'import" }).click();
    await expect(page.getByText("Import terminé : 500 structure(s) créée(s)")).toBeVisible({ timeout: 30_000 });
    await expectNoAccessibilityViolations(page);

    // The habilitation form's picker for the Caf 47 now offers them.
    const picker = await page.request.get(
      `/api/catalogue/structures?departement=47&q=${encodeURIComponent(`Structure ${prefix} n° 321`)}`,
    );
    expect((await picker.json()).entries.map((entry: { name: string }) => entry.name)).toContain(
      `Structure ${prefix} n° 321`,
    );
    await page.goto(`/caf/structures?q=${prefix}`);
    await expect(page.getByRole("status").filter({ hasText: "structures" })).toHaveText("500 structures");
    await expectNoAccessibilityViolations(page);

    await uploadCsv(page, catalogueCsv(prefix, 500));
    await expect(figure(page, "inchangées")).toContainText("500");
    await expect(figure(page, "à créer")).toContainText("0");
    await page.getByRole("button", { name: "Lancer l'import" }).click();
    await expect(
      page.getByText("Import terminé : 0 structure(s) créée(s), 0 modifiée(s), 500 inchangée(s)."),
    ).toBeVisible({ timeout: 30_000 });
    await page.goto(`/caf/structures?q=${prefix}`);
    await expect(page.getByRole("status").filter({ hasText: "structures" })).toHaveText("500 structures");
  });

  test("@catalogue an agent adds a facility from the official commune list, edits and closes it", async ({ page }) => {
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/structures/nouvelle");
    await expectNoAccessibilityViolations(page);
    const name = `Les Lucioles ${Date.now()}`;
    await page.getByLabel("Type de structure (obligatoire)").selectOption({ label: "Micro-crèche" });
    await page.getByLabel("Nom (obligatoire)").fill(name);
    await page.getByLabel("Adresse (numéro et voie) (obligatoire)").fill("2 place de la Mairie");
    await page.getByLabel("Code postal (obligatoire)").fill("47600");
    await page.getByLabel("Commune (obligatoire)").selectOption({ label: "Nérac (47195)" });
    await page.getByLabel("Capacité (nombre de places)").fill("abc");
    await page.getByRole("button", { name: "Ajouter la structure" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Capacité invalide");
    await page.getByLabel("Capacité (nombre de places)").fill("12");
    await page.getByRole("button", { name: "Ajouter la structure" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await page.getByLabel("Motif (facultatif)").fill("Fermeture définitive");
    await page.getByRole("button", { name: "Fermer la structure" }).click();
    await expect(page.getByRole("status").filter({ hasText: "fermée" })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Fermeture");
    await expectNoAccessibilityViolations(page);
  });

  test("@catalogue an agent of Caf 39 gets 404/403 on Caf 47's catalogue entries and import", async ({ page }) => {
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await uploadCsv(page, catalogueCsv(`SCOPE${Date.now()}`, 3));
    const importUrl = new URL(page.url()).pathname;
    await page.goto("/caf/structures?q=Comptine");
    await page.getByRole("link", { name: "Comptine" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comptine");
    const facilityUrl = new URL(page.url()).pathname;
    await page.context().clearCookies();

    await logIn(page, "agent.caf39@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/caf$/);
    for (const url of [facilityUrl, importUrl]) expect((await page.goto(url))?.status()).toBe(404);
    for (const url of [`${importUrl}/rapport`, `${importUrl}/progression`])
      expect((await page.request.get(url)).status()).toBe(404);
    await page.goto("/caf/structures?q=Comptine");
    await expect(page.getByRole("status").filter({ hasText: "structure" })).toHaveText("0 structure");
    expect((await page.goto("/admin/modeles/structures"))?.url()).toMatch(/\/acces-refuse$/);
  });

  test("@catalogue the Cnaf admin publishes a new Structures template; existing conventions keep their text", async ({
    page,
  }) => {
    const marker = `Clause ajoutée ${Date.now()}`;
    await logIn(page, "admin.cnaf@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Modèles de convention" }).click();
    await page.getByRole("link", { name: "Modèle « Structures »" }).click();
    await expectNoAccessibilityViolations(page);
    const body = page.getByLabel("Articles");
    await body.fill(`${await body.inputValue()}\n\n## Article 9 — Clause nouvelle\n${marker}.`);
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page.getByRole("status").filter({ hasText: "brouillon est enregistré" })).toBeVisible();
    const previewLink = page.getByRole("link", { name: /Aperçu PDF du brouillon/ });
    const preview = await page.request.get((await previewLink.getAttribute("href"))!);
    expect(preview.headers()["content-type"]).toBe("application/pdf");
    expect(pdfText(Buffer.from(await preview.body()))).toContain(marker);
    await page.getByRole("button", { name: /^Publier la version/ }).click();
    await expect(
      page
        .getByRole("main")
        .getByRole("status")
        .filter({ hasText: "est publiée : les prochaines conventions l'utiliseront" }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The demo convention of the Caf 47 was generated with version 1 and keeps its text.
    await page.goto("/caf/demandes?q=HAB-DEMO-0001");
    await page.getByRole("link", { name: "HAB-DEMO-0001" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande HAB-DEMO-0001");
    const pdf = await page.request.get(`${new URL(page.url()).pathname}/convention`);
    const text = pdfText(Buffer.from(await pdf.body()));
    expect(text).toContain("Modèle version 1");
    expect(text).not.toContain(marker);
  });
});
