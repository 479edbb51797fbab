import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { formatLongDay } from "../../lib/text/french-dates";
import { waitForMail } from "../support/mail";
import { e2eRuntime, expectNoAccessibilityViolations, logIn } from "./support";

const DIRECTOR = "directrice.albret@demo.monenfant.fr";
const AGENT_47 = "agent.caf47@demo.monenfant.fr";
const todayInParis = () => formatLongDay(new Date());

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, email, DEMO_PASSWORD);
  return page;
}

async function submitOperatingInfo(page: Page, facilityId: string, pricing: string) {
  await page.goto(`/espace-pro/structures/${facilityId}/modalites`);
  await page.getByLabel("Tarifs").fill(pricing);
  await page.getByRole("button", { name: "Soumettre à la validation de la Caf" }).click();
  await expect(page.getByRole("status")).toContainText("transmises à votre Caf");
}

async function openPendingReview(agent: Page, pricing: string) {
  await agent.goto("/caf/validations");
  // The most recent submission for Comptine is the last one listed (oldest first).
  await agent.getByRole("link", { name: "Comptine", exact: true }).last().click();
  await expect(agent.getByRole("row", { name: /Tarifs/ })).toContainText(pricing);
}

test.describe("@portal", () => {
  test("@portal a director publishes availabilities (public at once), operating information waits for the Caf's approval, a rejection reaches the director", async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await logIn(page, DIRECTOR, DEMO_PASSWORD);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Mettre à jour les disponibilités de Comptine" }).click();
    await page.waitForURL(/\/disponibilites$/);
    const facilityId = /structures\/([^/]+)\/disponibilites/.exec(page.url())![1];
    await expectNoAccessibilityViolations(page);

    // Replace the whole set with one emergency row of 7 places.
    while (await page.getByRole("button", { name: /^Retirer la disponibilité/ }).count())
      await page
        .getByRole("button", { name: /^Retirer la disponibilité/ })
        .last()
        .click();
    await page.locator("#slots-0-places").fill("0");
    await page.getByRole("button", { name: "Publier les disponibilités" }).click();
    await expect(page.getByRole("link", { name: "Ligne 1 — Nombre de places : 1 au minimum." })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.locator("#slots-0-places").fill("7");
    await page.locator("#slots-0-careType").selectOption("EMERGENCY");
    await page.getByRole("button", { name: "Publier les disponibilités" }).click();
    await expect(page.getByRole("status")).toContainText("Les disponibilités sont publiées");

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/structures/${facilityId}`);
    await expect(visitor.getByRole("heading", { level: 1, name: "Comptine" })).toBeVisible();
    const availabilities = visitor.getByRole("table", { name: "Places disponibles à Comptine" });
    await expect(availabilities.getByRole("row")).toHaveCount(2);
    await expect(availabilities.getByRole("row").nth(1)).toContainText("Accueil d'urgence");
    await expect(availabilities.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("7");
    await expect(visitor.getByText("Dernière mise à jour")).toContainText(todayInParis());
    await expectNoAccessibilityViolations(visitor);

    // Operating information: nothing public until the Caf approves.
    const approvedPricing = `Barème national de la Cnaf (e2e ${Date.now()})`;
    await submitOperatingInfo(page, facilityId!, approvedPricing);
    await expectNoAccessibilityViolations(page);
    await visitor.reload();
    await expect(visitor.getByText(approvedPricing)).toHaveCount(0);

    const agent = await signedIn(browser, AGENT_47);
    await openPendingReview(agent, approvedPricing);
    await expectNoAccessibilityViolations(agent);
    await agent.getByRole("button", { name: "Valider et publier" }).click();
    await expect(agent.getByRole("status")).toContainText("La version est validée");
    await visitor.reload();
    await expect(visitor.getByText(approvedPricing)).toBeVisible();

    // A rejected edit: the director is told why, the published version stays.
    const rejectedPricing = `Tarif non conforme (e2e ${Date.now()})`;
    await submitOperatingInfo(page, facilityId!, rejectedPricing);
    await openPendingReview(agent, rejectedPricing);
    const reason = `Merci d'indiquer le barème national (${Date.now()}).`;
    await agent.getByLabel("Motif du refus (obligatoire)").fill(reason);
    await agent.getByRole("button", { name: "Refuser la version" }).click();
    await expect(agent.getByRole("status")).toContainText("La version est refusée");
    const mail = await waitForMail(e2eRuntime().mailDir, (m) => m.to.includes(DIRECTOR) && m.text.includes(reason));
    expect(mail.subject).toBe("Modalités de fonctionnement refusées : Comptine");
    await page.goto(`/espace-pro/structures/${facilityId}/modalites`);
    await expect(page.getByText(reason)).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByText(approvedPricing)).toBeVisible();
    await expect(visitor.getByText(rejectedPricing)).toHaveCount(0);
  });

  test("@portal the Caf sees stale availabilities and the content of a facility; pages pass the accessibility checks", async ({
    page,
  }) => {
    await logIn(page, AGENT_47, DEMO_PASSWORD);
    await expect(page.getByRole("link", { name: /modalités? de fonctionnement à valider/ })).toBeVisible();
    await page.getByRole("link", { name: /EAJE aux disponibilités non mises à jour/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Fraîcheur des disponibilités" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto("/caf/validations");
    await expectNoAccessibilityViolations(page);
    const jura = await (await page.context().browser()!.newContext()).newPage();
    await logIn(jura, "agent.caf39@demo.monenfant.fr", DEMO_PASSWORD);
    await jura.goto("/caf/moderation");
    // The 39's demo EAJE left 10 days without update is flagged.
    await jura
      .getByRole("link", { name: /Multi-accueil/ })
      .first()
      .click();
    await expect(jura.getByText(/plus de 7 jours sans mise à jour/)).toBeVisible();
    await expect(jura.getByRole("button", { name: "Retirer la publication" }).first()).toBeVisible();
    await expectNoAccessibilityViolations(jura);
  });
});
