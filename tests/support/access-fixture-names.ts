// Identifiers of the test-only personas created by tests/support/access-fixtures.ts.
export const PROVIDER_B_EMAIL = "fournisseur.b@test.monenfant.fr";
