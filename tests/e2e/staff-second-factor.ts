import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { Client } from "pg";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { parseSecondFactorStep } from "../../lib/auth/second-factor/sign-in-steps";
import { E2E_TOTP_SECRET, unusedTotpCode } from "../support/second-factor";
import { e2eRuntime, runAccessFixture } from "./e2e-runtime";

// The Cnaf's administrators always sign in with a second factor. The e2e tests give the demo
// administrator a known TOTP secret (once per run, through the app's own code) and compute its codes as
// an authenticator app would.
const prepared = new Set<string>();

function needsSecondFactor(email: string): boolean {
  return DEMO_ACCOUNTS.some((account) => account.email === email && account.role === "CNAF_ADMIN");
}

export function prepareSecondFactor(email: string) {
  if (!needsSecondFactor(email) || prepared.has(email)) return;
  // The same address as playwright.config.ts (the fixture only writes it into e-mails).
  runAccessFixture(`http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`, "staff-second-factor", email, E2E_TOTP_SECRET);
  prepared.add(email);
}

/** A code of the known secret that the server has not accepted yet (each code works once). */
async function nextCode(email: string): Promise<string> {
  const pg = new Client({ connectionString: e2eRuntime().databaseUrl });
  await pg.connect();
  try {
    const { rows } = await pg.query<{ lastUsedStep: number | null }>(
      `SELECT f."lastUsedStep" FROM "TotpFactor" f JOIN "User" u ON u.id = f."userId" WHERE u.email = $1`,
      [email],
    );
    return await unusedTotpCode(E2E_TOTP_SECRET, rows[0]?.lastUsedStep ?? null);
  } finally {
    await pg.end();
  }
}

/** After the password posted to next-auth's credentials endpoint: sends the code with the challenge received. */
export async function signInSecondStep(
  context: APIRequestContext,
  email: string,
  csrfToken: string,
  passwordResponse: APIResponse,
) {
  if (!needsSecondFactor(email)) return;
  const { url } = (await passwordResponse.json()) as { url: string };
  const step = parseSecondFactorStep(new URL(url, "http://localhost").searchParams.get("error"));
  expect(step?.kind, `second facteur de ${email}`).toBe("code");
  await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, challenge: step!.challenge, code: await nextCode(email), json: "true" },
    maxRedirects: 0,
  });
}

/** On the login page, after the password: types the code when the second factor's step is shown. */
export async function enterSecondFactorIfAsked(page: Page, email: string) {
  const field = page.getByLabel("Code de vérification");
  if (!needsSecondFactor(email) || !(await field.isVisible())) return;
  await field.fill(await nextCode(email));
  await page.getByRole("button", { name: "Valider" }).click();
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/connexion")),
    page.getByRole("main").getByRole("alert").waitFor(),
  ]);
}
