// The public request form and the agent's instruction, driven as people do (shared by the e2e specs).
import { expect, type Page } from "@playwright/test";
import { listSinkMessages, type SinkMessage } from "../../lib/dev/mailbox";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { pdfText, scannedPdf } from "../support/pdf";
import { e2eRuntime, expectNoAccessibilityViolations, logIn } from "./support";
import { lettersOf } from "../support/letters";

const FIRST_NAMES = ["Anaïs", "Basile", "Céleste", "Dorian", "Élise", "Félix", "Gwenaëlle", "Hélène", "Ismaël"];

export async function waitForMails(predicate: (m: SinkMessage) => boolean, count: number): Promise<SinkMessage[]> {
  const { mailDir } = e2eRuntime();
  let found: SinkMessage[] = [];
  await expect
    .poll(
      async () => {
        found = (await listSinkMessages(mailDir)).filter(predicate);
        return found.length;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

export async function fillProvider(page: Page, provider: { legalName: string; siret: string; email: string }) {
  await page.getByLabel("Raison sociale").fill(provider.legalName);
  await page.getByLabel("SIRET").fill(provider.siret);
  await page.getByLabel("Adresse", { exact: true }).fill("3 place de la Mairie");
  await page.getByLabel("Code postal").fill("47600");
  await page.getByLabel("Commune").fill("Nérac");
  await page.getByLabel("Nom du représentant légal").fill("Gaspard Lunel");
  await page.getByLabel("Qualité du représentant légal").fill("Président");
  await page.getByLabel("Adresse électronique de l'organisme").fill(provider.email);
  await page.getByLabel("Téléphone").fill("05 53 65 00 00");
}

export async function fillPeople(
  page: Page,
  team: { firstName: string; lastName: string; email: string; jobTitle: string }[],
) {
  for (const [index, person] of team.entries()) {
    if (index > 0) await page.getByRole("button", { name: "Ajouter une personne" }).click();
    await page.locator(`#people-${index}-firstName`).fill(person.firstName);
    await page.locator(`#people-${index}-lastName`).fill(person.lastName);
    await page.locator(`#people-${index}-email`).fill(person.email);
    await page.locator(`#people-${index}-jobTitle`).fill(person.jobTitle);
  }
}

export function makeTeam(size: number, tag: string) {
  return Array.from({ length: size }, (_, i) => ({
    firstName: FIRST_NAMES[i % FIRST_NAMES.length]!,
    lastName: `Lacoste-${lettersOf(`${tag}-${i + 1}`)}`,
    email: `agent${i + 1}.${tag}@albret-exemple.fr`,
    jobTitle: i === 0 ? "Coordinatrice petite enfance" : "Directrice de structure",
  }));
}

/** From a request under instruction to active accounts; returns the convention PDF's text. */
export async function produceConventionAndActivate(page: Page) {
  await page.getByRole("button", { name: "Produire la convention" }).click();
  const downloadLink = page.getByRole("link", { name: "Télécharger la convention (PDF)" });
  await expect(downloadLink).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), downloadLink.click()]);
  const pdf = pdfText(await download.path());

  await page.getByRole("button", { name: "Enregistrer l'envoi postal" }).click();
  await expect(page.getByText("Statut : Convention envoyée")).toBeVisible();
  await page.getByLabel("Lieu de signature").first().fill("Nérac");
  await page.getByRole("button", { name: "Enregistrer la signature du partenaire" }).click();
  await expect(page.getByText("Signée à Nérac")).toBeVisible();
  await page.getByLabel("Lieu de signature").fill("Agen");
  await page.getByRole("button", { name: "Enregistrer la signature de la Caf" }).click();
  await expect(page.getByText("Statut : Convention signée")).toBeVisible();
  // @hardening: past 10 Mo the form refuses the file before sending it, and so does the server, in French,
  // when it is sent anyway; a 5 Mo scan (over a server action's 1 Mo) goes through.
  const scanInput = page.getByLabel("Convention signée numérisée");
  await expect(scanInput).toHaveAttribute("accept", "application/pdf");
  await expect(scanInput).toHaveAccessibleDescription("PDF, 10 Mo au maximum");
  const tooLarge = { name: "trop-lourd.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024) };
  await scanInput.setInputFiles(tooLarge);
  await page.getByRole("button", { name: "Activer les comptes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "10 Mo" })).toHaveText(
    "Convention signée : 10 Mo au maximum.",
  );
  const requestId = new URL(page.url()).pathname.split("/").pop()!;
  const sent = await page.request.post(`/api/demandes/${requestId}/activation`, { multipart: { scan: tooLarge } });
  expect(sent.status()).toBe(422);
  expect(await sent.json()).toMatchObject({ status: "error", message: "Convention signée : 10 Mo au maximum." });
  await expect(page.getByText("Statut : Convention signée")).toBeVisible();
  await scanInput.setInputFiles({
    name: "convention-signee.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await scannedPdf(5 * 1024 * 1024)),
  });
  await page.getByRole("button", { name: "Activer les comptes" }).click();
  await expect(page.getByText("Statut : Active")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  return pdf;
}

export async function openRequestAsAgent47(page: Page, reference: string) {
  await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
  await page.goto(`/caf/demandes?q=${reference}`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Demande ${reference}`);
  await expectNoAccessibilityViolations(page);
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
}

export async function instructUntilActive(page: Page, reference: string) {
  await openRequestAsAgent47(page, reference);
  await page.getByRole("button", { name: "Prendre en charge la demande" }).click();
  await expect(page.getByText("Statut : En cours d'instruction")).toBeVisible();
  const pdf = await produceConventionAndActivate(page);
  await logOut(page);
  return pdf;
}
