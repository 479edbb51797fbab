import { expect, test } from "@playwright/test";
import { withSiretCheckDigit } from "../../lib/validation/siret";
import { expectNoAccessibilityViolations } from "./support";
import {
  fillPeople,
  fillProvider,
  logOut,
  makeTeam,
  openRequestAsAgent47,
  produceConventionAndActivate,
  waitForMails,
} from "./request-form-support";

const followUpLink = (text: string) => /(\/suivi\/[A-Za-z0-9_-]{43})/.exec(text)![1];

test.describe("@instruction", () => {
  test("@instruction a facility missing from the catalogue and a wrong address: corrections, not a refusal, through to activation", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const tag = `i${Date.now()}`;
    const provider = {
      legalName: "Association Lucioles de Gascogne",
      siret: withSiretCheckDigit(`7${Date.now()}`.slice(0, 13)),
      email: `contact.${tag}@lucioles-exemple.fr`,
    };
    const team = makeTeam(2, tag);
    const wrongAddress = `agent2.${tag}@lucioles-exemple.frr`;
    const newFacility = `Micro-crèche Les Lucioles ${tag}`;

    // The requester asks for a catalogue facility and one the catalogue does not have.
    await page.goto("/demande-habilitation");
    await fillProvider(page, provider);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel("Caf de votre département").selectOption("47");
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel("Nom de la structure, commune ou code postal").fill("bouchons");
    await page.getByRole("button", { name: "Ajouter Les petits bouchons" }).click();
    await page.getByRole("button", { name: "Ajouter une structure absente du catalogue" }).click();
    // Bad input on the new facility is explained, the step does not move on.
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await expect(page.locator("#newFacilities-0-name-error")).toHaveText("Nom de la structure : champ obligatoire.");
    await page.getByLabel("Type de structure").selectOption("MICRO_CRECHE");
    await page.getByLabel("Nom de la structure", { exact: true }).fill(newFacility);
    await page.getByLabel("Adresse de la structure").fill("3 allée des Tilleuls");
    await page.getByLabel("Code postal de la structure").fill("47600");
    await expect(page.getByLabel("Commune de la structure").locator("option", { hasText: "Nérac" })).toHaveCount(1);
    await page.getByLabel("Commune de la structure").selectOption({ label: "Nérac" });
    await page.getByLabel("Disponibilités (établissements d'accueil du jeune enfant)").check();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await fillPeople(page, [team[0]!, { ...team[1]!, email: wrongAddress }]);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await expect(page.getByRole("heading", { name: "Structures (2)" })).toBeVisible();
    await expect(page.getByText(`${newFacility} — Nérac (absente du catalogue`)).toBeVisible();
    await page.getByLabel(/Je certifie l'exactitude/).check();
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    const reference = (await page.getByTestId("reference").textContent())!;

    const [acknowledgment] = await waitForMails(
      (m) => m.to.includes(provider.email) && m.subject.includes(reference),
      1,
    );
    await page.goto(followUpLink(acknowledgment!.text)!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Suivi de votre demande ${reference}`);
    await expect(page.getByText("Demande reçue par la Caf de Lot-et-Garonne")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The agent sees who manages the facility according to the catalogue, and asks for corrections.
    await openRequestAsAgent47(page, reference);
    await expect(
      page.getByText(/« Les petits bouchons » est gérée par .* selon le catalogue, pas par le demandeur/),
    ).toBeVisible();
    await expect(
      page.getByText(/« Les petits bouchons » est déjà couverte par la convention CONV-47-DEMO-0001/),
    ).toBeVisible();
    await page.getByRole("button", { name: "Prendre en charge la demande" }).click();
    await expect(page.getByText("Statut : En cours d'instruction")).toBeVisible();
    await page.getByText("Demander des compléments au demandeur").click();
    await page.getByLabel("Ce qu'il faut corriger ou compléter").fill("L'adresse de la deuxième personne est erronée.");
    await page.getByRole("button", { name: "Demander les compléments" }).click();
    await expect(page.getByText("Statut : Compléments demandés")).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await logOut(page);

    // The requester corrects the address through the e-mailed link and sends the request back.
    const [asked] = await waitForMails((m) => m.to.includes(provider.email) && m.subject.includes("à compléter"), 1);
    const link = followUpLink(asked!.text);
    await page.goto(link!);
    await expect(page.getByText("L'adresse de la deuxième personne est erronée.").first()).toBeVisible();
    await page.getByRole("link", { name: "Corriger ma demande" }).click();
    await expect(page.getByLabel("Raison sociale")).toHaveValue(provider.legalName);
    await expectNoAccessibilityViolations(page);
    for (let step = 0; step < 3; step++) await page.getByRole("button", { name: "Étape suivante" }).click();
    await expect(page.locator("#people-1-email")).toHaveValue(wrongAddress);
    await page.locator("#people-1-email").fill(team[1]!.email);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel(/Je certifie l'exactitude/).check();
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page).toHaveURL(new RegExp(`${link}$`));
    await expect(page.getByText("Statut : En cours d'instruction")).toBeVisible();
    await expect(page.getByText("Demande corrigée et renvoyée : instruction reprise")).toBeVisible();

    // The agent sees what changed, accepts the new facility into the catalogue, and goes on.
    await openRequestAsAgent47(page, reference);
    const changes = page.getByRole("region", { name: /Corrections du demandeur/ });
    await expect(changes).toContainText(wrongAddress);
    await expect(changes).toContainText(team[1]!.email);
    await page.getByRole("button", { name: "Accepter et ajouter au catalogue" }).click();
    await expect(page.getByText(`Ajoutée au catalogue « ${newFacility} ».`)).toBeVisible();
    const pdf = await produceConventionAndActivate(page);
    expect(pdf).toContain(newFacility);
    expect(pdf).toContain("Les petits bouchons");
    await logOut(page);

    const passwordMails = await waitForMails(
      (m) => team.some((p) => m.to.includes(p.email)) && m.text.includes("Mot de passe provisoire"),
      2,
    );
    expect(passwordMails.map((m) => m.to[0]).sort()).toEqual(team.map((p) => p.email).sort());
    expect(
      (await waitForMails(() => true, 1)).some(
        (m) => m.to.includes(wrongAddress.toLowerCase()) && m.text.includes("Mot de passe"),
      ),
    ).toBe(false);
  });
});
