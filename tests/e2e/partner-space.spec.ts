import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { pdfText } from "../support/pdf";
import { e2eRuntime, expectNoAccessibilityViolations, logIn } from "./support";
import { logOut } from "./request-form-support";

async function sql(text: string, params: unknown[] = []) {
  const pg = new Client({ connectionString: e2eRuntime().databaseUrl });
  await pg.connect();
  try {
    return (await pg.query(text, params)).rows;
  } finally {
    await pg.end();
  }
}

test.describe("@instruction partner space", () => {
  test("@instruction an information point lands on its families' requests, with its communes", async ({ page }) => {
    const reference = `DI-47-2026-H${Date.now().toString(36).slice(-5).toUpperCase()}`;
    await sql(
      `INSERT INTO "FamilyRequest" (id, reference, "communeInsee", "infoPointId", "cafId", "contactFirstName", "contactLastName", "contactEmail", "careKinds", "consentAt")
       SELECT $1, $1, c."communeInsee", ip.id, ip."cafId", 'Léa', 'Accueil', 'famille.accueil@exemple.fr', ARRAY['CRECHE'], now()
       FROM "InfoPoint" ip JOIN "Convention" conv ON conv."infoPointId" = ip.id JOIN "ConventionCommune" c ON c."conventionId" = conv.id
       WHERE conv.number = 'CONV-47-DEMO-0002' LIMIT 1`,
      [reference],
    );
    await logIn(page, "rpe.lavardac@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/espace-pro$/);
    await expect(page.getByRole("heading", { name: "Demandes des familles" })).toBeVisible();
    await expect(page.getByText(/Communes couvertes : .*Lavardac/)).toBeVisible();
    await expect(page.getByText(reference)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Mes structures" })).toHaveCount(0);
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Demandes des familles" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Mes structures" })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Voir et récupérer les demandes des familles" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demandes d'information des familles");
  });

  test("@instruction a provider sees its convention and asks for a change, which reaches the Caf's desk", async ({
    page,
  }) => {
    const details = `Ajouter Zoé Martin-${Date.now()}, auxiliaire de puériculture, zoe.martin@albret-exemple.fr`;
    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page.getByRole("heading", { name: "Mes structures" })).toBeVisible();
    await page.getByRole("banner").getByRole("link", { name: "Ma convention" }).click();
    await expect(page.getByRole("heading", { name: /Convention CONV-47-DEMO-0001 — En vigueur/ })).toBeVisible();
    await expect(page.getByText("Prochaine date anniversaire")).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger la convention (PDF)" }).first().click(),
    ]);
    expect(pdfText(await download.path())).toContain("CONV-47-DEMO-0001");
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Modification demandée").fill(details);
    await page.getByRole("button", { name: "Envoyer la demande de modification" }).click();
    await expect(page.getByRole("status").filter({ hasText: "transmise à la Caf" })).toBeVisible();
    await expect(page.getByText(`en cours à la Caf : ${details}`)).toBeVisible();
    await logOut(page);

    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/bureau");
    const ask = page.getByRole("listitem").filter({ hasText: details });
    await expect(ask).toBeVisible();
    await ask.getByLabel("Agent chargé").selectOption({ label: "Moi" });
    await ask.getByRole("button", { name: "Attribuer" }).click();
    await expect(ask.getByRole("status")).toHaveText("L'agent chargé est enregistré.");
    await expectNoAccessibilityViolations(page);
  });

  test("@instruction a provider reports a leaver, who cannot sign in afterwards", async ({ page }) => {
    // A colleague of its own on the demo convention, so that the shared demo accounts keep their access.
    const email = `depart.${Date.now()}@albret-exemple.fr`;
    await sql(
      `WITH colleague AS (
         INSERT INTO "User" (id, email, "firstName", "lastName", "jobTitle", role, "passwordHash", "mustChangePassword", "updatedAt")
         SELECT 'e2e-' || md5($1), $1, 'Inès', 'Départ', 'Auxiliaire', 'PROVIDER_USER', "passwordHash", false, now()
         FROM "User" WHERE email = 'directrice.albret@demo.monenfant.fr'
         RETURNING id)
       INSERT INTO "ConventionPerson" (id, "conventionId", "userId", "firstName", "lastName", email, "jobTitle")
       SELECT 'e2e-' || md5($1 || 'p'), conv.id, colleague.id, 'Inès', 'Départ', $1, 'Auxiliaire'
       FROM "Convention" conv, colleague WHERE conv.number = 'CONV-47-DEMO-0001'`,
      [email],
    );
    await logIn(page, "directrice.albret@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/espace-pro/convention");
    const leaverForm = page.getByRole("region", { name: "Signaler un départ" });
    await leaverForm
      .getByLabel("Personne qui quitte l'organisme (obligatoire)")
      .selectOption({ label: `Inès Départ — ${email}` });
    await leaverForm.getByRole("button", { name: "Signaler le départ" }).click();
    // The reason is required: the browser keeps the form until it is given.
    await expect(leaverForm.getByRole("status")).toHaveCount(0);
    await leaverForm.getByLabel("Motif du départ (obligatoire)").fill("Départ de la structure le 30 novembre");
    await leaverForm.getByRole("button", { name: "Signaler le départ" }).click();
    await expect(leaverForm.getByRole("status")).toContainText("l'accès de cette personne est suspendu");
    await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText("accès suspendu depuis le");
    await expect(leaverForm.getByRole("option", { name: new RegExp(email) })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await logOut(page);

    await logIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  });
});
