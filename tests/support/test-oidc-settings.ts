// The OpenID Connect provider the e2e tests start (tests/support/test-oidc-provider.ts) and the app
// settings that point at it (scripts/e2e-server.ts). Its port follows the run's E2E_PORT (3100 → 3900),
// so parallel runs on one machine do not collide.
export const TEST_OIDC_CLIENT = { clientId: "monenfant-e2e", clientSecret: "secret-du-client-de-test-0123456789" };
// acr values of the test provider: a password alone, or a password and a second factor (as ProConnect's eidas1/eidas2).
export const TEST_ACR = { single: "eidas1", strong: "eidas2" } as const;

export function testOidcPort(): number {
  return Number(process.env.E2E_OIDC_PORT ?? Number(process.env.E2E_PORT ?? "3100") + 800);
}

export function testOidcIssuer(): string {
  return `http://127.0.0.1:${testOidcPort()}`;
}

/** The app's environment for a run against the test provider. */
export function testOidcAppSettings(): Record<string, string> {
  return {
    OIDC_ISSUER: testOidcIssuer(),
    OIDC_CLIENT_ID: TEST_OIDC_CLIENT.clientId,
    OIDC_CLIENT_SECRET: TEST_OIDC_CLIENT.clientSecret,
    OIDC_SCOPES: "openid email given_name usual_name",
    // A provider reports the acr of a sign-in when the client asks for acr values.
    OIDC_ACR_VALUES: `${TEST_ACR.single} ${TEST_ACR.strong}`,
    OIDC_SECOND_FACTOR_ACR_VALUES: TEST_ACR.strong,
  };
}
