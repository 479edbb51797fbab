import { expect, test, type Page } from "@playwright/test";
import { Client } from "pg";
import { e2eRuntime, expectNoAccessibilityViolations, logIn } from "./support";
import { runAccessFixture, uniqueEmail } from "./accounts-support";
import { startTestOidcProvider, type TestIdentity } from "../support/test-oidc-provider";
import { testOidcIssuer } from "../support/test-oidc-settings";
import { currentStep, totpCode } from "../support/second-factor";

const PASSWORD = "Agent-e2e-2026";
// A Caf that only these tests make require a second factor (the demo Cafs stay as they are).
const STRICT_CAF = "88";
const identities = new Map<string, TestIdentity>();
let provider: { stop(): Promise<void> } | null = null;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  const pg = new Client({ connectionString: e2eRuntime().databaseUrl });
  await pg.connect();
  try {
    return (await pg.query(text, params)).rows as T[];
  } finally {
    await pg.end();
  }
}

/** An agent created beforehand (as the Cnaf does), optionally moved to the strict Caf. */
function createAgent(baseURL: string, email: string, caf = "47") {
  runAccessFixture(baseURL, "new-account", email, "CAF_AGENT", PASSWORD);
  return sql(`UPDATE "User" SET "cafId" = (SELECT id FROM "Caf" WHERE "departementCode" = $2) WHERE email = $1`, [
    email,
    caf,
  ]);
}

async function signInThroughProvider(page: Page, login: string, options: { secondFactor?: boolean } = {}) {
  await page.goto("/connexion");
  await page.getByRole("button", { name: "S'identifier avec ProConnect" }).click();
  await page.waitForURL((url) => url.origin === testOidcIssuer());
  await page.getByLabel("Identifiant").fill(login);
  if (options.secondFactor) await page.getByLabel("Avec un second facteur").check();
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => url.origin !== testOidcIssuer());
}

test.describe("@agent-sign-in staff sign-in", () => {
  test("@agent-sign-in a ProConnect sign-in with a second factor (strong acr) is accepted when the Caf requires one", async ({
    page,
    baseURL,
  }) => {
    const email = uniqueEmail("agent.strict.fort");
    await createAgent(baseURL!, email, STRICT_CAF);
    await sql(`UPDATE "Caf" SET "requireSecondFactor" = true WHERE "departementCode" = $1`, [STRICT_CAF]);
    try {
      identities.set("sub-agent-strict-fort", { email, givenName: "Aurore", usualName: "Forte" });
      await signInThroughProvider(page, "sub-agent-strict-fort", { secondFactor: true });
      await expect(page).toHaveURL(/\/caf$/);
    } finally {
      await sql(`UPDATE "Caf" SET "requireSecondFactor" = false WHERE "departementCode" = $1`, [STRICT_CAF]);
    }
  });

  test.beforeAll(async ({ baseURL }) => {
    provider = await startTestOidcProvider(baseURL!, identities);
  });
  test.afterAll(async () => {
    await provider?.stop();
  });

  test("@agent-sign-in a pre-created agent signs in through ProConnect, lands on /caf with her Caf, and logs out through the provider", async ({
    page,
    baseURL,
  }) => {
    const email = uniqueEmail("agent.proconnect");
    await createAgent(baseURL!, email);
    identities.set("sub-agent-47", { email, givenName: "Anatole", usualName: "Nouveau" });

    await page.goto("/connexion");
    await expectNoAccessibilityViolations(page);
    await signInThroughProvider(page, "sub-agent-47");
    await expect(page).toHaveURL(/\/caf$/);
    await expect(page.getByRole("main")).toContainText("Lot-et-Garonne");
    const [linked] = await sql<{ oidcSubject: string }>(`SELECT "oidcSubject" FROM "User" WHERE email = $1`, [email]);
    expect(linked!.oidcSubject).toBe("sub-agent-47");

    // The connection log says how she signed in.
    await page.goto("/mon-compte");
    await expect(page.getByRole("table", { name: "Mes dernières connexions" })).toContainText("ProConnect");

    // Logout goes through the provider's end-session endpoint and comes back to the home page, signed out.
    const visited: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) visited.push(frame.url());
    });
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("button", { name: "Oui, me déconnecter" }).click();
    await page.waitForURL((url) => url.origin === new URL(baseURL!).origin && url.pathname === "/");
    expect(visited.some((url) => url.startsWith(`${testOidcIssuer()}/session/end`))).toBe(true);
    await page.goto("/caf");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("@agent-sign-in an unknown identity is refused in French and nothing is created", async ({ page }) => {
    const email = uniqueEmail("inconnu.proconnect");
    identities.set("sub-inconnu", { email, givenName: "Inès", usualName: "Inconnue" });
    const before = await sql<{ count: string }>(`SELECT count(*) FROM "User"`);
    await signInThroughProvider(page, "sub-inconnu");
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Aucun compte d'agent ne correspond à cette identité ProConnect",
    );
    expect(await sql(`SELECT id FROM "User" WHERE email = $1 OR "oidcSubject" = 'sub-inconnu'`, [email])).toEqual([]);
    expect(await sql<{ count: string }>(`SELECT count(*) FROM "User"`)).toEqual(before);
    await expectNoAccessibilityViolations(page);
  });

  test("@agent-sign-in when the Cnaf makes a Caf require a second factor, ProConnect's acr is checked and password sign-ins enrol a TOTP factor", async ({
    page,
    baseURL,
  }) => {
    // The Cnaf turns the requirement on (its own sign-in passes its second factor).
    const [caf] = await sql<{ id: string }>(`SELECT id FROM "Caf" WHERE "departementCode" = $1`, [STRICT_CAF]);
    await logIn(page, "admin.cnaf@demo.monenfant.fr", "Demo-monenfant-2026");
    await expect(page).toHaveURL(/\/admin/);
    await page.goto(`/admin/cafs/${caf!.id}`);
    await page.getByLabel(/Exiger un second facteur/).check();
    await page.getByRole("button", { name: "Enregistrer les exigences" }).click();
    await expect(page.getByRole("status")).toContainText("exigences de connexion");
    await page.context().clearCookies();

    try {
      const email = uniqueEmail("agent.strict");
      await createAgent(baseURL!, email, STRICT_CAF);
      identities.set("sub-agent-strict", { email, givenName: "Aurore", usualName: "Stricte" });
      await signInThroughProvider(page, "sub-agent-strict");
      await expect(page.getByRole("main").getByRole("alert")).toContainText("Votre Caf exige un second facteur");
      await page.context().clearCookies();

      // While the Caf requires ProConnect, the right password is not enough.
      const other = uniqueEmail("agent.totp");
      await createAgent(baseURL!, other, STRICT_CAF);
      await sql(`UPDATE "Caf" SET "requireProConnect" = true WHERE "departementCode" = $1`, [STRICT_CAF]);
      const signInWithPassword = async () => {
        await page.goto("/connexion");
        await page.getByLabel("Adresse électronique").fill(other);
        await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
        await page.getByRole("button", { name: "Se connecter" }).click();
      };
      await signInWithPassword();
      await expect(page.getByRole("main").getByRole("alert")).toContainText(
        "utilisez le bouton « S'identifier avec ProConnect »",
      );
      await sql(`UPDATE "Caf" SET "requireProConnect" = false WHERE "departementCode" = $1`, [STRICT_CAF]);

      // With a password, the agent enrols a TOTP factor before any session exists.
      await signInWithPassword();
      await expect(page.getByRole("heading", { name: "Activez votre second facteur" })).toBeVisible();
      await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
      await expectNoAccessibilityViolations(page);
      expect((await page.request.get("/api/auth/session").then((r) => r.json())) as object).toEqual({});
      const secret = (await page.getByTestId("totp-manual-key").innerText()).replace(/\s/g, "");
      await page.getByLabel("Code à 6 chiffres").fill(totpCode(secret, currentStep()));
      await page.getByRole("button", { name: "Valider" }).click();
      const codes = page.getByRole("list", { name: "Codes de secours" }).getByRole("listitem");
      await expect(codes).toHaveCount(10);
      await page.getByRole("button", { name: /J'ai conservé mes codes de secours/ }).click();
      await expect(page).toHaveURL(/\/caf$/);
    } finally {
      await sql(
        `UPDATE "Caf" SET "requireSecondFactor" = false, "requireProConnect" = false WHERE "departementCode" = $1`,
        [STRICT_CAF],
      );
    }
  });
});
