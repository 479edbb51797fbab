// THE authorisation matrix: one entry per page, route handler (per method) and exported server action.
// tests/e2e/accounts-matrix.spec.ts discovers them all and fails for any item without an entry here
// (and for entries whose item no longer exists). Adding a route = adding one line: who is allowed.
//
// Outcomes, observed over HTTP on the production build with real sessions:
// - refused: redirect to /connexion, /acces-refuse or the forced password page; 401, 403 or 404; for an
//   action, a thrown error (500) or a form state carrying one of the refusal messages of lib/auth/session.ts.
// - allowed: anything else below 500 (a validation error counts as allowed: the caller got past the checks).
// Dynamic segments: give `path` (it may look up fixture data). Actions are posted with `args`
// (default: an idle form state and an empty form), on `path` or on the page that uses them.

export const PERSONAS = ["anonymous", "providerA", "providerB", "infoPoint", "agent47", "agent39", "cnafAdmin"] as const;
export type Persona = (typeof PERSONAS)[number];

export type MatrixFixtures = { sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> };
export type MatrixEntry = {
  allowed: readonly Persona[];
  path?: (fixtures: MatrixFixtures) => Promise<string> | string;
  // Arguments of a server action; the string "$K1" stands for an empty FormData.
  args?: (fixtures: MatrixFixtures) => Promise<unknown[]> | unknown[];
};

const EVERYONE = PERSONAS;
const NOBODY: readonly Persona[] = [];
const SIGNED_IN = PERSONAS.filter((p) => p !== "anonymous");
const PARTNERS = ["providerA", "providerB", "infoPoint"] as const;
const CAF_STAFF = ["agent47", "agent39", "cnafAdmin"] as const;
const CAF_47 = ["agent47", "cnafAdmin"] as const;
const CNAF = ["cnafAdmin"] as const;

// The demo habilitation request of the Caf de Lot-et-Garonne (47), from the seed.
const demoRequest47 = async ({ sql }: MatrixFixtures) => (await sql<{ id: string }>(`SELECT id FROM "HabilitationRequest" WHERE reference = 'HAB-DEMO-0001'`))[0].id;
const onRequest47 = (suffix = "") => async (fixtures: MatrixFixtures) => `/caf/demandes/${await demoRequest47(fixtures)}${suffix}`;
// The demo convention with a signed scan on file, so that downloading it can be allowed.
const withSignedScan = async (fixtures: MatrixFixtures) => {
  await fixtures.sql(
    `INSERT INTO "ConventionDocument" ("conventionId", "fileName", "mimeType", size, content, "uploadedById")
     SELECT c.id, 'convention-signee.pdf', 'application/pdf', 8, '\\x255044462d312e34'::bytea, u.id
     FROM "Convention" c, "User" u WHERE c.number = 'CONV-47-DEMO-0001' AND u.email = 'agent.caf47@demo.monenfant.fr'
     ON CONFLICT DO NOTHING`,
  );
  return onRequest47("/convention-signee")(fixtures);
};
const onConvention47 = async ({ sql }: MatrixFixtures) =>
  `/caf/conventions/${(await sql<{ id: string }>(`SELECT id FROM "Convention" WHERE number = 'CONV-47-DEMO-0001'`))[0].id}`;
// Bound to an unknown request: checks the role gate without changing any data.
const unknownRequestArgs = () => ["matrice-demande-inconnue", { status: "idle" }, "$K1"];

export const ACCESS_MATRIX: Record<string, MatrixEntry> = {
  // Public pages
  "page /": { allowed: EVERYONE },
  "page /acces-refuse": { allowed: EVERYONE },
  "page /accessibilite": { allowed: EVERYONE },
  "page /connexion": { allowed: EVERYONE },
  "page /demande-habilitation": { allowed: EVERYONE },
  "page /demande-habilitation/confirmation": { allowed: EVERYONE },
  "page /demande-habilitation/lieu-information": { allowed: EVERYONE },
  "page /donnees-personnelles": { allowed: EVERYONE },
  "page /mentions-legales": { allowed: EVERYONE },
  "page /mot-de-passe-oublie": { allowed: EVERYONE },
  "page /dev/boite-mail": { allowed: NOBODY }, // development only: 404 in production
  // Signed-in areas
  "page /espace": { allowed: SIGNED_IN },
  "page /mon-compte": { allowed: SIGNED_IN },
  "page /mon-compte/mot-de-passe": { allowed: SIGNED_IN },
  "page /espace-pro": { allowed: PARTNERS },
  "page /caf": { allowed: CAF_STAFF },
  "page /caf/demandes": { allowed: CAF_STAFF },
  "page /caf/demandes/[id]": { allowed: CAF_47, path: onRequest47() },
  "page /caf/journal": { allowed: CAF_STAFF },
  "page /caf/conventions": { allowed: CAF_STAFF },
  "page /caf/conventions/[id]": { allowed: CAF_47, path: onConvention47 },
  "page /admin": { allowed: CNAF },
  // Route handlers
  "GET /api/auth/[...nextauth]": { allowed: EVERYONE, path: () => "/api/auth/session" },
  "POST /api/auth/[...nextauth]": { allowed: EVERYONE, path: () => "/api/auth/session" },
  "GET /api/health": { allowed: EVERYONE },
  "GET /api/communes": { allowed: EVERYONE, path: () => "/api/communes?q=nerac" },
  "GET /api/catalogue/structures": { allowed: EVERYONE, path: () => "/api/catalogue/structures?departement=47" },
  "GET /caf/journal/export": { allowed: CAF_STAFF, path: () => "/caf/journal/export?departement=47" },
  "GET /caf/demandes/[id]/convention": { allowed: CAF_47, path: onRequest47("/convention") },
  "GET /caf/demandes/[id]/convention-signee": { allowed: CAF_47, path: withSignedScan },
  // Server actions
  "action app/demande-habilitation/actions.ts#submitHabilitationRequestAction": { allowed: EVERYONE },
  "action app/mot-de-passe-oublie/actions.ts#requestPasswordResetAction": { allowed: EVERYONE },
  "action app/mon-compte/mot-de-passe/actions.ts#changePasswordAction": { allowed: SIGNED_IN },
  "action app/caf/demandes/[id]/actions.ts#startReviewAction": { allowed: CAF_STAFF, path: onRequest47(), args: unknownRequestArgs },
  "action app/caf/demandes/[id]/actions.ts#refuseAction": { allowed: CAF_STAFF, path: onRequest47(), args: unknownRequestArgs },
  "action app/caf/demandes/[id]/actions.ts#generateConventionAction": { allowed: CAF_STAFF, path: onRequest47(), args: unknownRequestArgs },
  "action app/caf/demandes/[id]/actions.ts#recordSendingAction": { allowed: CAF_STAFF, path: onRequest47(), args: unknownRequestArgs },
  "action app/caf/demandes/[id]/actions.ts#recordSignatureAction": { allowed: CAF_STAFF, path: onRequest47(), args: unknownRequestArgs },
  "action app/caf/demandes/[id]/actions.ts#activateAction": { allowed: CAF_STAFF, path: onRequest47(), args: unknownRequestArgs },
  "action app/caf/conventions/[id]/actions.ts#createAmendmentAction": { allowed: CAF_STAFF, path: onConvention47, args: () => ["matrice-convention-inconnue", {}] },
  "action app/caf/conventions/[id]/actions.ts#notifyTerminationAction": { allowed: CAF_STAFF, path: onConvention47, args: () => ["matrice-convention-inconnue", { status: "idle" }, "$K1"] },
};
