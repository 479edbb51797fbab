import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { expectNoAccessibilityViolations, logIn } from "./support";

const DIRECTOR = "directrice.albret@demo.monenfant.fr";
const AGENT_47 = "agent.caf47@demo.monenfant.fr";
// A real 1×1 PNG, so that the browser decodes what each photo route serves.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, email, DEMO_PASSWORD);
  return page;
}

async function uploadPhoto(director: Page, facilityId: string, altText: string) {
  await director.goto(`/espace-pro/structures/${facilityId}/modalites`);
  await director.getByLabel("Photo (JPEG, PNG ou WebP)").setInputFiles({
    name: "salle.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await director.getByLabel("Description de la photo").fill(altText);
  await director.getByRole("button", { name: "Envoyer la photo à la Caf" }).click();
  await expect(director.getByRole("status")).toContainText("envoyée à la Caf");
}

/** The photo's card in the Caf's validation queue. */
async function photoCard(agent: Page, pendingAlt: string) {
  await agent.goto("/caf/validations");
  const card = agent.getByRole("article").filter({ hasText: pendingAlt });
  await expect(card.getByRole("heading", { name: /^Comptine/ })).toBeVisible();
  return card;
}

const decoded = (page: Page, altText: string) =>
  expect(page.getByRole("img", { name: altText })).toHaveJSProperty("naturalWidth", 1);

test.describe("@legal", () => {
  test("@legal a partner's photo stays private until the Caf validates it beside the published one", async ({
    page: director,
    browser,
  }) => {
    test.setTimeout(180_000);
    await logIn(director, DIRECTOR, DEMO_PASSWORD);
    const link = director.getByRole("link", { name: "Mettre à jour les disponibilités de Comptine" });
    const facilityId = /structures\/([^/]+)\//.exec((await link.getAttribute("href"))!)![1]!;
    const stamp = Date.now();
    const firstAlt = `Le jardin de Comptine, photo e2e ${stamp}`;
    const refusedAlt = `Photo refusée de Comptine, e2e ${stamp}`;
    const secondAlt = `La salle de jeux de Comptine, photo e2e ${stamp}`;
    const family = await (await browser.newContext()).newPage();
    const agent = await signedIn(browser, AGENT_47);

    // A first photo: marked as waiting for the partner, invisible to families.
    await uploadPhoto(director, facilityId, firstAlt);
    const waiting = director.getByRole("figure").filter({ hasText: "En attente de validation par la Caf" });
    await expect(waiting.getByRole("img", { name: firstAlt })).toBeVisible();
    await decoded(director, firstAlt);
    await expectNoAccessibilityViolations(director);
    await family.goto(`/structures/${facilityId}`);
    await expect(family.getByRole("heading", { level: 1, name: "Comptine" })).toBeVisible();
    await expect(family.getByRole("img", { name: firstAlt })).toHaveCount(0);
    await (await photoCard(agent, firstAlt)).getByRole("button", { name: "Valider et publier la photo" }).click();
    await expect(agent.getByRole("status")).toContainText("La photo est validée");
    await family.reload();
    await decoded(family, firstAlt);

    // A refused photo: the published one stays, the partner reads the reason.
    await uploadPhoto(director, facilityId, refusedAlt);
    const refusal = await photoCard(agent, refusedAlt);
    await refusal.getByLabel("Motif du refus de la photo").fill("Un visage d'enfant est reconnaissable.");
    await refusal.getByRole("button", { name: "Refuser la photo" }).click();
    await expect(agent.getByRole("status")).toContainText("La photo est refusée");
    await director.reload();
    await expect(director.getByText("Un visage d'enfant est reconnaissable.")).toBeVisible();
    await family.reload();
    await expect(family.getByRole("img", { name: refusedAlt })).toHaveCount(0);
    await decoded(family, firstAlt);

    // A second photo: the agent sees it beside the published one, with both descriptions, and approves it.
    await uploadPhoto(director, facilityId, secondAlt);
    await family.reload();
    await expect(family.getByRole("img", { name: secondAlt })).toHaveCount(0);
    await decoded(family, firstAlt);
    const card = await photoCard(agent, secondAlt);
    await expect(card.getByRole("figure").filter({ hasText: "Photo publiée" })).toContainText(firstAlt);
    await expect(card.getByRole("figure").filter({ hasText: "Nouvelle photo" })).toContainText(secondAlt);
    await decoded(agent, firstAlt);
    await decoded(agent, secondAlt);
    await expectNoAccessibilityViolations(agent);
    await card.getByRole("button", { name: "Valider et publier la photo" }).click();
    await expect(agent.getByRole("status")).toContainText("La photo est validée");
    await expect(agent.getByRole("img", { name: secondAlt })).toHaveCount(0);
    await family.reload();
    await decoded(family, secondAlt);
    await expect(family.getByRole("img", { name: firstAlt })).toHaveCount(0);
  });
});
