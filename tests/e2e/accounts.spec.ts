import { expect, test, type Page } from "@playwright/test";
import { waitForMail } from "../support/mail";
import { e2eRuntime, expectNoAccessibilityViolations, failSignInsUntilCaptcha, logIn } from "./support";
import { runAccessFixture, uniqueEmail } from "./accounts-support";

const passwordIn = (text: string) => /Mot de passe provisoire : (\w{8})/.exec(text)![1];

async function chooseNewPassword(page: Page, provisional: string, chosen: string) {
  await expect(page).toHaveURL(/\/mon-compte\/mot-de-passe$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisissez votre mot de passe");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Mot de passe provisoire reçu par courriel").fill(provisional);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("tropsimple");
  await page.getByLabel("Confirmation du nouveau mot de passe").fill("tropsimple");
  await page.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("trois types de caractères");
  await expect(page.getByLabel("Nouveau mot de passe", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Nouveau mot de passe", { exact: true }).fill(chosen);
  await page.getByLabel("Confirmation du nouveau mot de passe").fill(chosen);
  await page.getByRole("button", { name: "Enregistrer le nouveau mot de passe" }).click();
}

test.describe("@accounts accounts and access security", () => {
  test("@accounts a new account logs in with the e-mailed password, must change it, then reaches its space", async ({
    page,
    baseURL,
  }) => {
    const email = uniqueEmail("active");
    runAccessFixture(baseURL!, "new-account", email, "PROVIDER_USER");
    const mail = await waitForMail(e2eRuntime().mailDir, (m) => m.to.includes(email));
    const provisional = passwordIn(mail.text);

    await logIn(page, email, provisional!);
    await chooseNewPassword(page, provisional!, "Mon-espace-2026");
    await expect(page).toHaveURL(/\/espace-pro$/);
    // Nothing else was reachable before the change; now the profile shows the personal number.
    await page.goto("/mon-compte");
    await expect(page.getByTestId("personal-number")).toHaveText(/^\d+$/);
    await expect(page.getByRole("table", { name: "Mes dernières connexions" })).toContainText(
      "Changement de mot de passe",
    );
    await expectNoAccessibilityViolations(page);
  });

  test("@accounts @hardening lost password with the proof-of-work check: a new password is e-mailed and must be changed", async ({
    page,
    baseURL,
  }) => {
    const email = uniqueEmail("oubli");
    runAccessFixture(baseURL!, "new-account", email, "PROVIDER_USER", "Ancien-mot-2026");
    await page.goto("/connexion");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mot de passe oublié");
    const check = page.getByRole("group", { name: "Vérification de sécurité" });
    await expect(check.getByText("Vérification terminée")).toBeVisible({ timeout: 30_000 });
    await expectNoAccessibilityViolations(page);

    // A payload the server refuses (forged): a new check is solved, what was typed stays.
    await page.getByLabel("Adresse électronique").fill(email);
    await page.locator('input[name="captcha"]').evaluate((input: HTMLInputElement) => {
      input.value = btoa(JSON.stringify({ challenge: {}, solution: {} }));
    });
    await page.getByRole("button", { name: "Recevoir un nouveau mot de passe" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("La vérification de sécurité a échoué");
    await expect(page.getByLabel("Adresse électronique")).toHaveValue(email);
    await expect(check.getByText("Vérification terminée")).toBeVisible({ timeout: 30_000 });
    await expectNoAccessibilityViolations(page);

    await page.getByRole("button", { name: "Recevoir un nouveau mot de passe" }).click();
    await expect(page.getByRole("heading", { name: "Demande enregistrée" })).toBeFocused();
    await expectNoAccessibilityViolations(page);

    const mail = await waitForMail(
      e2eRuntime().mailDir,
      (m) => m.to.includes(email) && m.subject.includes("nouveau mot de passe"),
    );
    const provisional = passwordIn(mail.text);
    await logIn(page, email, provisional!);
    await chooseNewPassword(page, provisional!, "Retrouve-2026");
    await expect(page).toHaveURL(/\/espace-pro$/);
  });

  test("@accounts @hardening wrong passwords bring a security check, never a lock, shown in the Caf's log and export", async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = uniqueEmail("verrou");
    runAccessFixture(baseURL!, "new-account", email, "CAF_AGENT", "Bon-mot-2026");
    await failSignInsUntilCaptcha(page, email);
    await expect(page).toHaveURL(/\/connexion/);

    const agent = await (await browser.newContext()).newPage();
    await logIn(agent, "agent.caf47@demo.monenfant.fr", "Demo-monenfant-2026");
    await expect(agent).toHaveURL(/\/caf$/);
    await agent.goto("/caf/journal");
    const lockRow = agent
      .getByRole("row")
      .filter({ hasText: "Vérification de sécurité demandée après échecs répétés" })
      .filter({ hasText: "Anatole Nouveau" });
    await expect(lockRow.first()).toBeVisible();
    await expectNoAccessibilityViolations(agent);
    const csv = await agent.request.get("/caf/journal/export");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(`Vérification de sécurité demandée après échecs répétés;${email}`);

    const otherCaf = await (await browser.newContext()).newPage();
    await logIn(otherCaf, "agent.caf39@demo.monenfant.fr", "Demo-monenfant-2026");
    await expect(otherCaf).toHaveURL(/\/caf$/);
    expect(await (await otherCaf.request.get("/caf/journal/export")).text()).not.toContain(email);
  });

  test("@accounts security headers and cross-site request refusal", async ({ request, baseURL }) => {
    const page = await request.get("/connexion");
    const headers = page.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toContain("max-age=");

    for (const target of ["/mon-compte/mot-de-passe", "/api/auth/signout", "/mot-de-passe-oublie"]) {
      const forged = await request.post(target, {
        headers: { Origin: "https://site-malveillant.example", "Sec-Fetch-Site": "cross-site" },
        form: { a: "b" },
        maxRedirects: 0,
      });
      expect(forged.status(), target).toBe(403);
    }
    const sameSite = await request.post("/api/auth/signout", {
      headers: { Origin: baseURL! },
      form: {},
      maxRedirects: 0,
    });
    expect(sameSite.status()).not.toBe(403);
  });
});
