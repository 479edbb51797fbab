import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import { expectNoAccessibilityViolations, failSignInsUntilCaptcha, logIn } from "./support";

test.describe("@hardening sign-in", () => {
  for (const payload of ["/%09/evil.example/", "/%0A/evil.example/", "/%5Cevil.example", "//evil.example/"]) {
    test(`@hardening callbackUrl ${payload} lands on a same-origin page`, async ({ page, baseURL }) => {
      await page.goto(`/connexion?callbackUrl=${payload}`);
      await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
      await page.waitForLoadState("load");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      // Already signed in: the login page itself redirects, with the same rule.
      await page.goto(`/connexion?callbackUrl=${payload}`);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("@hardening a session token copied before logout is refused after it", async ({ page, browser }) => {
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/caf$/);
    const copied = await page.context().cookies();

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/caf");
    await expect(stolen).toHaveURL(/\/caf$/);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();

    await stolen.goto("/caf");
    await expect(stolen).toHaveURL(/\/connexion/);
    await thief.close();
  });
});

test("@hardening after failed sign-ins a proof-of-work check is solved in the browser, keeping what was typed", async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
  });
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const email = "agent.caf39@demo.monenfant.fr";
  await failSignInsUntilCaptcha(page, email);
  const check = page.getByRole("group", { name: "Vérification de sécurité" });
  // Nothing to read or type: the browser's worker solves it, from this site's own script.
  await expect(check.getByText("Vérification terminée")).toBeVisible({ timeout: 30_000 });
  await expect(check.getByRole("checkbox")).toBeChecked();
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((url) => new URL(url, page.url()).pathname === "/api/captcha/worker")).toBe(true);
  expect(blocked).toEqual([]);
  await expect(page.getByLabel("Adresse électronique")).toHaveValue(email);
  await expectNoAccessibilityViolations(page);
  await page.waitForTimeout(8_500); // the last failure's delay for this address
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/caf$/);
});

test.describe("@hardening Content-Security-Policy", () => {
  const scriptSrc = (policy: string | undefined) =>
    (policy ?? "")
      .split(";")
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith("script-src"))!;
  const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(scriptSrc(policy))?.[1];
  const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];

  test("@hardening the App Router's pages get a fresh nonce, carried by each of their scripts, and no 'unsafe-inline'", async ({
    request,
  }) => {
    const nonces: string[] = [];
    for (const path of ["/connexion", "/connexion", "/demande-information"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const policy = response.headers()["content-security-policy"];
      const nonce = nonceOf(policy);
      expect(nonce, `${path}: ${policy}`).toBeTruthy();
      expect(scriptSrc(policy)).toBe(`script-src 'self' 'nonce-${nonce}'`);
      const scripts = scriptTags(await response.text());
      expect(scripts.length).toBeGreaterThan(1);
      expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
      nonces.push(nonce!);
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  test("@hardening the cached families' pages have no inline script and a policy without nonce nor 'unsafe-inline'", async ({
    request,
  }) => {
    for (const path of ["/", "/recherche?lieu=N%C3%A9rac&rayon=30", "/recherche?lieu=N%C3%A9rac&rayon=30"]) {
      const response = await request.get(path);
      const policy = response.headers()["content-security-policy"];
      expect(scriptSrc(policy), path).toBe("script-src 'self'");
      expect(scriptTags(await response.text()).filter((tag) => !/\ssrc="\/[^/]/.test(tag))).toEqual([]);
    }
  });

  test("@hardening no page reports a CSP violation: home, search and its map, a facility, sign-in, request forms", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto("/");
    await page.getByRole("link", { name: "Rechercher une crèche ou un mode d'accueil" }).click();
    await page.goto("/recherche?lieu=N%C3%A9rac&rayon=30");
    await page.getByRole("button", { name: "Voir sur la carte" }).click();
    await expect(page.locator("#results-map .leaflet-marker-icon").first()).toBeVisible();
    await page.locator("ol > li[data-latitude] h3 a").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await page.goto("/demande-information");
    await page.getByLabel("Nom ou code postal de la commune").fill("Nérac");
    await page.getByRole("option", { name: /^Nérac \(47600\)/ }).click();
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page.getByText("Choisissez au moins un mode d'accueil.").first()).toBeVisible();

    await page.goto("/demande-habilitation");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await logIn(page, "agent.caf47@demo.monenfant.fr", DEMO_PASSWORD);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});
