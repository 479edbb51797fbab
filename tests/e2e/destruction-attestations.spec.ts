import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { pdfText } from "../support/pdf";
import { e2eRuntime, expectNoAccessibilityViolations, logIn } from "./support";
import { logOut } from "./request-form-support";

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const pg = new Client({ connectionString: e2eRuntime().databaseUrl });
  await pg.connect();
  try {
    return (await pg.query(text, params)).rows as T[];
  } finally {
    await pg.end();
  }
}

test.describe("@legal destruction attestations", () => {
  test("@legal the information point's person signs the attestation on screen; the Caf sees it and downloads the PDF", async ({
    page,
  }) => {
    const reference = `DI-47-2026-D${Date.now().toString(36).slice(-5).toUpperCase()}`;
    await sql(
      `INSERT INTO "FamilyRequest" (id, reference, "communeInsee", "infoPointId", "cafId", "careKinds", "consentAt", "transmittedAt")
       SELECT $1, $1, c."communeInsee", ip.id, ip."cafId", ARRAY['CRECHE'], now() - interval '7 months', now() - interval '7 months'
       FROM "InfoPoint" ip JOIN "Convention" conv ON conv."infoPointId" = ip.id JOIN "ConventionCommune" c ON c."conventionId" = conv.id
       WHERE conv.number = 'CONV-47-DEMO-0002' LIMIT 1`,
      [reference],
    );
    const [person] = await sql<{ firstName: string; lastName: string; personalNumber: number }>(
      `SELECT "firstName", "lastName", "personalNumber" FROM "User" WHERE email = 'rpe.lavardac@demo.monenfant.fr'`,
    );
    const name = `${person!.firstName} ${person!.lastName}`;

    await logIn(page, "rpe.lavardac@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/espace-pro/demandes-familles");
    await page.getByRole("link", { name: "signez l'attestation de destruction" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Attestation de destruction des demandes des familles",
    );
    await expect(page.getByRole("cell", { name: reference })).toBeVisible();
    await expect(page.getByRole("main").getByText(name, { exact: true })).toBeVisible();
    await expect(page.getByRole("main").getByText(String(person!.personalNumber), { exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByLabel(/J'atteste avoir détruit toutes les copies/).check();
    await page.getByRole("button", { name: "Signer l'attestation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Attestation signée" })).toBeVisible();
    await expect(page.getByRole("cell", { name: reference })).toHaveCount(0);
    await expect(page.getByRole("link", { name: new RegExp(`signée par ${name}`) }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await logOut(page);

    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/demandes-familles");
    await expect(page.getByRole("heading", { name: "Attestations signées par les lieux d'information" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("link", { name: new RegExp(`RPE de Lavardac — signée le .* par ${name}`) })
        .first()
        .click(),
    ]);
    const text = pdfText(await download.path());
    expect(text).toContain(reference);
    expect(text).toContain(name);
    expect(text).toContain(String(person!.personalNumber));
  });

  test("@legal a Caf agent records an attestation received on paper; it is no longer missing", async ({ page }) => {
    const reference = `DI-47-2026-P${Date.now().toString(36).slice(-5).toUpperCase()}`;
    await sql(
      `INSERT INTO "FamilyRequest" (id, reference, "communeInsee", "infoPointId", "cafId", "careKinds", "consentAt", "transmittedAt")
       SELECT $1, $1, c."communeInsee", ip.id, ip."cafId", ARRAY['CRECHE'], now() - interval '9 months', now() - interval '9 months'
       FROM "InfoPoint" ip JOIN "Convention" conv ON conv."infoPointId" = ip.id JOIN "ConventionCommune" c ON c."conventionId" = conv.id
       WHERE conv.number = 'CONV-47-DEMO-0002' LIMIT 1`,
      [reference],
    );

    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.goto("/caf/demandes-familles");
    await page.getByText("Enregistrer une attestation reçue (papier ou courriel) — RPE de Lavardac").click();
    await page.getByLabel("Nom du signataire").fill("Claire Papier");
    await page.getByLabel("Qualité du signataire").fill("Présidente");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Enregistrer l'attestation reçue" }).click();
    // Without a scan or the statement that the original is on file, nothing is recorded.
    await expect(page.getByText("original papier est classé au dossier").first()).toBeVisible();
    await page.getByLabel(/l'original papier de l'attestation est classé au dossier/).check();
    await page.getByRole("button", { name: "Enregistrer l'attestation reçue" }).click();
    await expect(
      page.getByRole("link", { name: /RPE de Lavardac — signée le .* par Claire Papier \(reçue, enregistrée par/ }),
    ).toBeVisible();
    await expect(
      page.getByText("Enregistrer une attestation reçue (papier ou courriel) — RPE de Lavardac"),
    ).toHaveCount(0);
    const [row] = await sql<{ infoPointAttestationId: string | null }>(
      `SELECT "infoPointAttestationId" FROM "FamilyRequest" WHERE reference = $1`,
      [reference],
    );
    expect(row!.infoPointAttestationId).not.toBeNull();
  });
});
