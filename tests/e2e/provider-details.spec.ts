import { expect, test } from "@playwright/test";
import { withSiretCheckDigit } from "../../lib/validation/siret";
import { expectNoAccessibilityViolations } from "./support";
import { fillPeople, fillProvider, makeTeam, openRequestAsAgent47 } from "./request-form-support";

// The seed's « SAS Au petit bonheur » (second demo provider), known at 12 Le Bourg with Nadia Lestrade.
const BONHEUR_SIRET = withSiretCheckDigit("9990000000002");

test.describe("@legal", () => {
  test("@legal a request whose SIRET is known with other details: the agent compares them and records a decision before the convention", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const tag = `pd${Date.now()}`;
    await page.goto("/demande-habilitation");
    await fillProvider(page, {
      legalName: "SAS Au petit bonheur des Landes",
      siret: BONHEUR_SIRET,
      email: `contact.${tag}@bonheur-exemple.fr`,
    });
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel("Caf de votre département").selectOption("47");
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel("Nom de la structure, commune ou code postal").fill("bonheur");
    await page.getByRole("button", { name: "Ajouter Au petit bonheur" }).click();
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await fillPeople(page, makeTeam(1, tag));
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel(/Je certifie l'exactitude/).check();
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    const reference = (await page.getByTestId("reference").textContent())!;

    await openRequestAsAgent47(page, reference);
    await page.getByRole("button", { name: "Prendre en charge la demande" }).click();
    await expect(page.getByText("Statut : En cours d'instruction")).toBeVisible();

    const section = page.getByRole("region", { name: /Fiche du gestionnaire SAS Au petit bonheur/ });
    await expect(section.getByText("Décision attendue :")).toBeVisible();
    const differences = section.getByRole("table", { name: "Informations qui diffèrent entre la fiche et la demande" });
    await expect(differences.getByRole("columnheader")).toHaveText(["Information", "Fiche actuelle", "Demande"]);
    await expect(differences.getByRole("row", { name: /Raison sociale/ }).getByRole("cell")).toHaveText([
      "SAS Au petit bonheur",
      "SAS Au petit bonheur des Landes",
    ]);
    await expect(differences.getByRole("row", { name: /Représentant légal/ }).getByRole("cell")).toHaveText([
      "Nadia Lestrade",
      "Gaspard Lunel",
    ]);
    await expectNoAccessibilityViolations(page);

    // The convention waits for the decision.
    await page.getByRole("button", { name: "Produire la convention" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "décidez d'abord" })).toBeVisible();

    await section.getByRole("radio", { name: "Conserver la fiche actuelle" }).check();
    await section.getByLabel("Motif (facultatif)").fill("Nom commercial, pas la raison sociale du Kbis");
    await section.getByRole("button", { name: "Enregistrer la décision" }).click();
    await expect(section.getByRole("status")).toHaveText(
      "Votre décision sur la fiche du gestionnaire est enregistrée.",
    );
    await page.reload();
    await expect(section.getByText("Décision attendue :")).toHaveCount(0);
    const history = section.getByRole("table", { name: "Historique des décisions sur la fiche" });
    const row = history.getByRole("row").filter({ hasText: reference });
    await expect(row).toContainText("Fiche actuelle conservée");
    await expect(row).toContainText("Raison sociale : « SAS Au petit bonheur » → « SAS Au petit bonheur des Landes »");
    await expect(row).toContainText("Nom commercial, pas la raison sociale du Kbis");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("button", { name: "Produire la convention" }).click();
    await expect(page.getByRole("link", { name: "Télécharger la convention (PDF)" })).toBeVisible();
  });
});
