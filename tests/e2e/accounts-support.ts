import { expect, type APIRequestContext } from "@playwright/test";
import { Client } from "pg";
import { DEMO_PASSWORD } from "../../prisma/demo-accounts";
import type { MatrixFixtures, Persona } from "../support/access-matrix";
import { INFO_POINT_B_EMAIL, PROVIDER_B_EMAIL } from "../support/access-fixture-names";
import { e2eRuntime } from "./e2e-runtime";
import { prepareSecondFactor, signInSecondStep } from "./staff-second-factor";

export { runAccessFixture } from "./e2e-runtime";

export const uniqueEmail = (label: string) =>
  `${label}.${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@test.monenfant.fr`;

/**
 * The account of each signed-in persona of tests/support/access-matrix.ts (providerB and infoPointB need
 * `runAccessFixture(…, "provider-b")` and `runAccessFixture(…, "info-point-b")`).
 */
export const PERSONA_EMAILS: Record<Exclude<Persona, "anonymous">, string> = {
  providerA: "directrice.albret@demo.monenfant.fr",
  providerB: PROVIDER_B_EMAIL,
  infoPoint: "rpe.lavardac@demo.monenfant.fr",
  infoPointB: INFO_POINT_B_EMAIL,
  agent47: "agent.caf47@demo.monenfant.fr",
  agent39: "agent.caf39@demo.monenfant.fr",
  cnafAdmin: "admin.cnaf@demo.monenfant.fr",
};

/** Signs a demo account in through next-auth's credentials endpoint; the session cookie stays in `context` (a page's `page.request` shares it with the page). */
export async function signIn(context: APIRequestContext, email: string) {
  prepareSecondFactor(email);
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  await signInSecondStep(context, email, csrfToken, response);
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email: string } };
  expect(session.user?.email, `connexion de ${email}`).toBe(email);
}

/** Gives the access matrix's `path` and `args` functions SQL access to the e2e database for the time of `use`. */
export async function withMatrixFixtures<T>(use: (fixtures: MatrixFixtures) => Promise<T>): Promise<T> {
  const pg = new Client({ connectionString: e2eRuntime().databaseUrl });
  await pg.connect();
  try {
    return await use({
      sql: async <R>(text: string, params?: unknown[]) => (await pg.query(text, params)).rows as R[],
    });
  } finally {
    await pg.end();
  }
}
