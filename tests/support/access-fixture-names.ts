// Identifiers of the test-only personas created by tests/support/access-fixtures.ts.
export const PROVIDER_B_EMAIL = "fournisseur.b@test.monenfant.fr";
export const INFO_POINT_B_EMAIL = "lieu.b@test.monenfant.fr";
