import { expect, test } from "@playwright/test";
import { withSiretCheckDigit } from "../../lib/validation/siret";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { expectNoAccessibilityViolations, logIn, signAmendmentInBrowser } from "./support";
import { fillPeople, fillProvider, instructUntilActive, makeTeam, waitForMails } from "./request-form-support";

test.describe("@habilitation", () => {
  test("@habilitation a provider requests a Structures habilitation for 9 people and 17 facilities, through to a first login", async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const tag = `s${Date.now()}`;
    const provider = {
      legalName: "Syndicat intercommunal petite enfance d'Albret",
      siret: withSiretCheckDigit(`8${Date.now()}`.slice(0, 13)),
      email: `contact.${tag}@albret-exemple.fr`,
    };
    const team = makeTeam(9, tag);

    await page.goto("/demande-habilitation");
    await expectNoAccessibilityViolations(page);
    // Bad input is explained field by field, and the step does not move on.
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Le formulaire contient des erreurs" })).toBeFocused();
    await expect(page.getByText("Raison sociale : champ obligatoire.").first()).toBeVisible();

    await fillProvider(page, { ...provider, siret: "12345678901234" });
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await expect(page.locator("#provider-siret-error")).toHaveText(
      "SIRET : numéro invalide (clé de contrôle incorrecte).",
    );
    await page.getByLabel("SIRET").fill(provider.siret);
    // A reload keeps what was typed.
    await page.reload();
    await expect(page.getByLabel("Raison sociale")).toHaveValue(provider.legalName);
    await page.getByRole("button", { name: "Étape suivante" }).click();

    await page.getByLabel("Caf de votre département").selectOption("47");
    await page.getByRole("button", { name: "Étape suivante" }).click();

    await page.getByLabel("Nom de la structure, commune ou code postal").fill("bouchons");
    await page.getByRole("button", { name: "Ajouter Les petits bouchons" }).click();
    await page.getByLabel("Nom de la structure, commune ou code postal").fill("");
    await expect(page.getByRole("status").filter({ hasText: "structures trouvées" })).toBeVisible();
    const addButtons = page
      .getByRole("list", { name: "Résultats de la recherche" })
      .getByRole("button", { name: /^Ajouter / });
    while (
      (await page.getByRole("heading", { name: /Structures choisies \(\d+\)/ }).textContent()) !==
      "Structures choisies (17)"
    ) {
      await addButtons.first().click();
    }
    await expectNoAccessibilityViolations(page);
    const chosenNames = (await page.locator("ul li.card legend").allTextContents()).map((text) =>
      text.split(" — ")[0]!.trim(),
    );
    expect(chosenNames).toHaveLength(17);
    await page.getByRole("button", { name: "Étape suivante" }).click();

    await fillPeople(page, team);
    await page.locator("#people-8-email").fill(team[0]!.email);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await expect(page.locator("#people-8-email-error")).toHaveText(
      "Adresse électronique : déjà indiquée pour une autre personne.",
    );
    await page.locator("#people-8-email").fill(team[8]!.email);
    await page.getByRole("button", { name: "Étape suivante" }).click();

    await expect(page.getByRole("heading", { name: "Personnes à habiliter (9)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Structures (17)" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByLabel(/Je certifie l'exactitude/).check();
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    const reference = (await page.getByTestId("reference").textContent())!;
    expect(reference).toMatch(/^HAB-47-\d{4}-[A-Z2-9]{6}$/);
    await expectNoAccessibilityViolations(page);

    const [acknowledgment] = await waitForMails((m) => m.to.includes(provider.email), 1);
    expect(acknowledgment!.subject).toContain(reference);
    expect(acknowledgment!.text).toContain("Caf de Lot-et-Garonne");

    const pdf = await instructUntilActive(page, reference);
    expect(pdf).toContain("Caisse d'allocations familiales de Lot-et-Garonne");
    expect(pdf).toContain(provider.legalName);
    expect(pdf).toContain("Annexe 1");
    for (const person of team) {
      expect(pdf).toContain(person.email);
      expect(pdf).toContain(person.lastName.toUpperCase());
    }
    for (const name of chosenNames) expect(pdf).toContain(name);

    const passwordMails = await waitForMails(
      (m) => team.some((p) => m.to.includes(p.email)) && m.text.includes("Mot de passe provisoire"),
      9,
    );
    expect(new Set(passwordMails.map((m) => m.to[0])).size).toBe(9);
    const mail = passwordMails.find((m) => m.to.includes(team[3]!.email))!;
    const password = /Mot de passe provisoire : ([A-Za-z0-9]{8})/.exec(mail.text)![1];

    await logIn(page, team[3]!.email, password!);
    await expect(page).toHaveURL(/\/mon-compte\/mot-de-passe$/);
    await page.getByLabel("Mot de passe provisoire reçu par courriel").fill(password!);
    await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("Crèche-Albret-2026");
    await page.getByLabel("Confirmation du nouveau mot de passe").fill("Crèche-Albret-2026");
    await page.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
    await expect(page).toHaveURL(/\/espace-pro$/);
    await expect(page.getByRole("banner")).toContainText(`${team[3]!.firstName} ${team[3]!.lastName}`);
    await expect(page.getByRole("heading", { name: "Les petits bouchons" })).toBeVisible();
  });

  test("@habilitation an information point requests a habilitation for 3 communes, through to active accounts", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const tag = `ip${Date.now()}`;
    const provider = {
      legalName: "Commune de Lavardac",
      siret: withSiretCheckDigit(`7${Date.now()}`.slice(0, 13)),
      email: `mairie.${tag}@lavardac-exemple.fr`,
    };
    const team = makeTeam(2, tag);

    await page.goto("/demande-habilitation/lieu-information");
    await fillProvider(page, provider);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel("Caf de votre département").selectOption("47");
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel("Nom du lieu d'information").fill("Relais petite enfance des Coteaux");
    for (const commune of ["Lavardac", "Barbaste", "Vianne"]) {
      await page.getByLabel("Nom ou code postal de la commune").fill(commune);
      await page.getByRole("option", { name: new RegExp(`^${commune} \\(`) }).click();
    }
    await expect(page.getByRole("heading", { name: "Communes choisies (3)" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await fillPeople(page, team);
    await page.getByRole("button", { name: "Étape suivante" }).click();
    await page.getByLabel(/Je certifie l'exactitude/).check();
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    const reference = (await page.getByTestId("reference").textContent())!;
    await waitForMails((m) => m.to.includes(provider.email) && m.subject.includes(reference), 1);

    const pdf = await instructUntilActive(page, reference);
    for (const commune of ["Lavardac", "Barbaste", "Vianne"]) expect(pdf).toContain(commune);
    expect(pdf).toContain("Relais petite enfance des Coteaux");
    for (const person of team) expect(pdf).toContain(person.email);
    await waitForMails(
      (m) => team.some((p) => m.to.includes(p.email)) && m.text.includes("Mot de passe provisoire"),
      2,
    );
  });

  test("@habilitation another Caf's agent and anonymous visitors cannot reach a request", async ({ page, request }) => {
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/demandes");
    const firstRequest = page.getByRole("table").getByRole("link").first();
    const href = (await firstRequest.getAttribute("href"))!;
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();

    const anonymous = await request.get(href, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toContain("/connexion");
    const anonymousPdf = await request.get(`${href}/convention`, { maxRedirects: 0 });
    expect(anonymousPdf.status()).toBe(307);

    await logIn(page, "agent.caf39@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/caf$/);
    const response = await page.goto(href);
    expect(response?.status()).toBe(404);
    const pdf = await page.request.get(`${href}/convention`);
    expect(pdf.status()).toBe(404);
    await page.goto("/caf/demandes");
    await expect(page.getByRole("link", { name: /^HAB-47-/ })).toHaveCount(0);
  });

  test("@habilitation the Caf records an avenant adding a person to a live convention", async ({ page }) => {
    const email = `renfort.${Date.now()}@albret-exemple.fr`;
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/conventions?q=CONV-47-DEMO-0001");
    await page.getByRole("link", { name: "CONV-47-DEMO-0001" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Convention CONV-47-DEMO-0001");
    await page.getByText("Établir un avenant").click();
    await page.getByLabel("Objet de l'avenant").fill("Renfort de l'équipe de direction");
    await page.getByRole("button", { name: "Ajouter une personne" }).click();
    await page.locator("#addPeople-0-firstName").fill("Maël");
    await page.locator("#addPeople-0-lastName").fill("Renfort");
    await page.locator("#addPeople-0-email").fill(email);
    await page.locator("#addPeople-0-jobTitle").fill("Directeur adjoint");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Produire l'avenant" }).click();
    await expect(page.getByRole("status").filter({ hasText: "L'avenant est produit" })).toBeVisible();
    await signAmendmentInBrowser(page);
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
    await expect(page.getByRole("link", { name: /Avenant n° \d+ \(PDF\)/ }).last()).toBeVisible();
    await waitForMails((m) => m.to.includes(email) && m.text.includes("Mot de passe provisoire"), 1);
  });
});
