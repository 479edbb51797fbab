import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { pdfText } from "../support/pdf";
import { expectNoAccessibilityViolations, logIn } from "./support";
import { lettersOf } from "../support/letters";

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

test.describe("@families", () => {
  test("@families a family's request reaches the commune's information point only, as PDF and as XML valid against the XSD", async ({
    page,
    browser,
  }) => {
    const lastName = `Famille-${lettersOf(String(Date.now()))}`;
    const email = `${lastName.toLowerCase()}@exemple.fr`;
    await page.goto("/demande-information");
    await expectNoAccessibilityViolations(page);
    // A families' page: the families' header, not the partners' one.
    await expect(page.getByRole("banner").getByRole("link", { name: "Rechercher un mode d'accueil" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toHaveCount(0);
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page.getByText("Choisissez au moins un mode d'accueil.").first()).toBeVisible();

    await page.getByLabel("Nom ou code postal de la commune").fill("Nérac");
    await page.getByRole("option", { name: /^Nérac \(47600\)/ }).click();
    await page.getByLabel("Prénom").fill("Léonie");
    await page.getByLabel("Nom", { exact: true }).fill(lastName);
    await page.getByLabel("Adresse électronique").fill(email);
    await page.getByLabel("Date de naissance").fill(isoDay(-400));
    await page.getByRole("button", { name: "Ajouter un enfant" }).click();
    await page.locator("#children-1-status").selectOption("expected");
    await page.getByLabel("Date de naissance prévue").fill(isoDay(90));
    await page.getByLabel("Date d'accueil souhaitée").fill(isoDay(120));
    await page.getByLabel("Accueil en crèche (EAJE)").check();
    await page.getByLabel("Jours et horaires souhaités (facultatif)").fill("Lundi, mardi et jeudi");
    await page.getByLabel(/J'accepte que ces informations soient transmises/).check();
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    const reference = (await page.getByTestId("reference").textContent())!;
    expect(reference).toMatch(/^DI-47-\d{4}-[A-Z2-9]{6}$/);
    await expect(page.getByText("« RPE de Lavardac »")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Another partner does not see it.
    const other = await browser.newPage();
    await logIn(other, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await other.goto("/espace-pro/demandes-familles");
    await expect(other.getByText(reference)).toHaveCount(0);
    await other.close();

    await logIn(page, "rpe.lavardac@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/espace-pro/demandes-familles?status=NEW");
    await expect(page.getByRole("heading", { name: `${reference} — Nérac` })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const [pdfDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: `PDF de la demande ${reference}` }).click(),
    ]);
    const pdf = pdfText(await pdfDownload.path());
    for (const expected of [reference, lastName, email, "Nérac", "Lundi, mardi et jeudi"])
      expect(pdf).toContain(expected);
    const [xmlDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: `XML de la demande ${reference}` }).click(),
    ]);
    const xmlPath = await xmlDownload.path();
    expect(readFileSync(xmlPath, "utf8")).toContain(`<reference>${reference}</reference>`);
    execFileSync("xmllint", ["--noout", "--schema", "public/schemas/demande-information.xsd", xmlPath], {
      stdio: "pipe",
    });

    // Downloading counts as retrieval: the request has left the "new" list.
    await page.reload();
    await expect(page.getByRole("heading", { name: `${reference} — Nérac` })).toHaveCount(0);
    await page.goto("/espace-pro/demandes-familles?status=DOWNLOADED");
    await page.getByRole("button", { name: `Marquer ${reference} comme traitée` }).click();
    await expect(page.getByRole("heading", { name: `${reference} — Nérac` })).toHaveCount(0);
    await page.goto("/espace-pro/demandes-familles?status=HANDLED");
    await expect(page.getByRole("heading", { name: `${reference} — Nérac` })).toBeVisible();
  });

  test("@families a commune without information point gets the Caf's contact", async ({ page }) => {
    await page.goto("/demande-information");
    await page.getByLabel("Nom ou code postal de la commune").fill("Marmande");
    await page.getByRole("option", { name: /^Marmande/ }).click();
    await page.getByLabel("Prénom").fill("Paul");
    await page.getByLabel("Nom", { exact: true }).fill("Sansrelais");
    await page.getByLabel("Adresse électronique").fill("paul.sansrelais@exemple.fr");
    await page.getByLabel("Date de naissance").fill(isoDay(-100));
    await page.getByLabel("Date d'accueil souhaitée").fill(isoDay(60));
    await page.getByLabel("Garde à domicile").check();
    await page.getByLabel(/J'accepte que ces informations soient transmises/).check();
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(
      page.getByRole("heading", { name: "Aucun lieu d'information n'est encore habilité pour Marmande" }),
    ).toBeVisible();
    await expect(page.getByText("Caf de Lot-et-Garonne")).toBeVisible();
  });

  test("@families the pages everyone reaches from the footer keep a family in the families' site", async ({ page }) => {
    await page.goto("/recherche");
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: /Accessibilité/ })
      .click();
    await expect(page).toHaveURL(/\/accessibilite$/);
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: "Rechercher un mode d'accueil" })).toBeVisible();
    await expect(banner.getByRole("link", { name: "Se connecter" })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    for (const path of ["/mentions-legales", "/donnees-personnelles", "/donnees-ouvertes"]) {
      await page.goto(path);
      await expect(banner.getByRole("link", { name: "Rechercher un mode d'accueil" }), path).toBeVisible();
    }
    // A signed-in partner keeps their own header there.
    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/mentions-legales");
    await expect(banner.getByRole("link", { name: "Mes structures" })).toBeVisible();
    await expect(banner.getByRole("link", { name: "Rechercher un mode d'accueil" })).toHaveCount(0);
  });
});
