// THE authorisation matrix: one entry per page, route handler (per method) and exported server action.
// tests/e2e/accounts-matrix.spec.ts discovers them all and fails for any item without an entry here
// (and for entries whose item no longer exists). Adding a route = adding one line: who is allowed.
//
// Outcomes, observed over HTTP on the production build with real sessions:
// - refused: redirect to /connexion, /acces-refuse or the forced password page; 401, 403 or 404; for an
//   action, a form state carrying one of the refusal messages of lib/auth/access-messages.ts, or the
//   entry's own `refusedWith` (a use case's answer outside the caller's scope).
// - allowed: anything else below 500 (a validation error counts as allowed: the caller got past the checks).
// - a 500 is a failure for every kind: an action refuses with a redirect or a form state, never by throwing.
// Dynamic segments: give `path` (it may look up fixture data). Actions are posted with `args`
// (default: an idle form state and an empty form), on `path` or on the page that uses them.

export const PERSONAS = [
  "anonymous",
  "providerA",
  "providerB",
  "infoPoint",
  // Another information point of the same Caf (47), habilitated on other communes (tests/support/access-fixtures.ts).
  "infoPointB",
  "agent47",
  "agent39",
  "cnafAdmin",
] as const;
export type Persona = (typeof PERSONAS)[number];

export type MatrixFixtures = { sql: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]> };
export type MatrixEntry = {
  allowed: readonly Persona[];
  path?: (fixtures: MatrixFixtures) => Promise<string> | string;
  // Arguments of a server action; the string "$K1" stands for an empty FormData.
  args?: (fixtures: MatrixFixtures) => Promise<unknown[]> | unknown[];
  // For an action bound to a real item of the allowed personas: the message the use case answers anyone
  // else with (it says "not found" rather than "not yours", so as not to reveal what exists).
  refusedWith?: string;
  // Ends the caller's session: probed after every other item, so that they are probed signed in.
  endsSession?: true;
};

const EVERYONE = PERSONAS;
const NOBODY: readonly Persona[] = [];
const SIGNED_IN = PERSONAS.filter((p) => p !== "anonymous");
const PARTNERS = ["providerA", "providerB", "infoPoint", "infoPointB"] as const;
const CAF_STAFF = ["agent47", "agent39", "cnafAdmin"] as const;
const CAF_47 = ["agent47", "cnafAdmin"] as const;
const CNAF = ["cnafAdmin"] as const;

// The demo habilitation request of the Caf de Lot-et-Garonne (47), from the seed.
const demoRequest47 = async ({ sql }: MatrixFixtures) =>
  (await sql<{ id: string }>(`SELECT id FROM "HabilitationRequest" WHERE reference = 'HAB-DEMO-0001'`))[0]!.id;
const onRequest47 =
  (suffix = "") =>
  async (fixtures: MatrixFixtures) =>
    `/caf/demandes/${await demoRequest47(fixtures)}${suffix}`;
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
  `/caf/conventions/${(await sql<{ id: string }>(`SELECT id FROM "Convention" WHERE number = 'CONV-47-DEMO-0001'`))[0]!.id}`;
// A family request and a destruction attestation of the demo information point (RPE de Lavardac, Caf 47).
const demoFamilyRequest = async ({ sql }: MatrixFixtures) => {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "FamilyRequest" (id, reference, "communeInsee", "infoPointId", "cafId", "contactFirstName", "contactLastName", "contactEmail", "careKinds", "consentAt")
     SELECT 'matrix-family-request', 'DI-47-2026-MATRIX', c."communeInsee", ip.id, ip."cafId", 'Léa', 'Matrice', 'famille.matrice@exemple.fr', ARRAY['CRECHE'], now()
     FROM "InfoPoint" ip JOIN "Convention" conv ON conv."infoPointId" = ip.id JOIN "ConventionCommune" c ON c."conventionId" = conv.id
     WHERE conv.number = 'CONV-47-DEMO-0002' LIMIT 1
     ON CONFLICT (id) DO UPDATE SET reference = EXCLUDED.reference RETURNING id`,
  );
  return row!.id;
};
const demoAttestation = async ({ sql }: MatrixFixtures) => {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "DestructionAttestation" (id, "infoPointId", "infoPointName", "cafName", month, "requestCount", "references", "destroyedAt")
     SELECT 'matrix-attestation', ip.id, ip.name, caf.name, '2025-01', 1, ARRAY['DI-47-2025-MATRIX'], now()
     FROM "InfoPoint" ip JOIN "Caf" caf ON caf.id = ip."cafId" JOIN "Convention" conv ON conv."infoPointId" = ip.id
     WHERE conv.number = 'CONV-47-DEMO-0002'
     ON CONFLICT (id) DO UPDATE SET month = EXCLUDED.month RETURNING id`,
  );
  return row!.id;
};
// An attestation signed by the demo information point's person, with a tiny stored PDF (@legal).
const demoSignedAttestation = async ({ sql }: MatrixFixtures) => {
  await sql(
    `INSERT INTO "FrozenDocument" (id, "fileName", content, sha256)
     VALUES ('matrix-attestation-pdf', 'attestation.pdf', '\\x255044462d312e34'::bytea, 'matrice') ON CONFLICT DO NOTHING`,
  );
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "InfoPointDestructionAttestation" (id, "infoPointId", "signedById", "signatoryName", "signatoryPersonalNumber", "references", "documentId")
     SELECT 'matrix-signed-attestation', ip.id, u.id, 'Matrice', u."personalNumber", ARRAY['DI-47-2025-MATRIX'], 'matrix-attestation-pdf'
     FROM "InfoPoint" ip JOIN "Convention" conv ON conv."infoPointId" = ip.id, "User" u
     WHERE conv.number = 'CONV-47-DEMO-0002' AND u.email = 'rpe.lavardac@demo.monenfant.fr'
     ON CONFLICT (id) DO UPDATE SET "signatoryName" = EXCLUDED."signatoryName" RETURNING id`,
  );
  return row!.id;
};
// Bound to an unknown request: checks the role gate without changing any data.
const unknownRequestArgs = () => ["matrice-demande-inconnue", { status: "idle" }, "$K1"];

// Catalogue and Cnaf administration fixtures (@catalogue).
const idOf =
  (query: string) =>
  async ({ sql }: MatrixFixtures) =>
    (await sql<{ id: string }>(query))[0]!.id;
const onFacility47 = async (fixtures: MatrixFixtures) =>
  `/caf/structures/${await idOf(`SELECT id FROM "Facility" WHERE name = 'Comptine'`)(fixtures)}`;
// A previewed (never started) import of the Caf 47, inserted as the import use case stores it.
const onImport47 =
  (suffix = "") =>
  async ({ sql }: MatrixFixtures) => {
    await sql(
      `INSERT INTO "Job" (id, kind, status, "runAt", payload)
     SELECT 'matrice-import-47', 'catalogue.facility-import', 'PENDING', '9999-12-31', jsonb_build_object(
       'cafId', id, 'fileName', 'matrice.csv', 'uploadedByPersonalNumber', 1, 'lineCount', 0, 'rows', '[]'::jsonb, 'errors', '[]'::jsonb,
       'processed', 0, 'counts', '{"create": 0, "update": 0, "unchanged": 0}'::jsonb)
     FROM "Caf" WHERE "departementCode" = '47' ON CONFLICT DO NOTHING`,
    );
    return `/caf/structures/import/matrice-import-47${suffix}`;
  };
const unknownIdArgs = (id: string) => () => [id, { status: "idle" }, "$K1"];

// Partner portal, Caf validation and moderation (@portal): the demo director's EAJE "Comptine" (Caf 47).
const comptine = idOf(`SELECT id FROM "Facility" WHERE name = 'Comptine'`);
const onComptine =
  (prefix: string, suffix = "") =>
  async (f: MatrixFixtures) =>
    `${prefix}/${await comptine(f)}${suffix}`;
// Tiny PNGs of Comptine: an approved one for the public photo route, one waiting for the Caf for the partner's
// and the agents' photo routes (other specs may have reviewed or replaced them: their status is reset).
const insertComptinePhoto = (f: MatrixFixtures, id: string, status: "APPROVED" | "PENDING") =>
  f.sql(`INSERT INTO "FacilityPhoto" (id, "facilityId", status, "mimeType", size, content, "altText", "uploadedByPersonalId")
    SELECT '${id}', id, '${status}', 'image/png', 8, '\\x89504e470d0a1a0a'::bytea, 'Photo de la matrice', 1 FROM "Facility" WHERE name = 'Comptine'
    ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status`);
const withPhoto = async (f: MatrixFixtures) => {
  await insertComptinePhoto(f, "matrice-photo-publiee", "APPROVED");
  await f.sql(
    `UPDATE "Facility" SET "publishedPhotoId" = 'matrice-photo-publiee' WHERE name = 'Comptine' AND "publishedPhotoId" IS NULL`,
  );
  return onComptine("/structures", "/photo")(f);
};
const withPendingPhoto = async (f: MatrixFixtures, path: (f: MatrixFixtures) => Promise<string> | string) => {
  await insertComptinePhoto(f, "matrice-photo-en-attente", "PENDING");
  return path(f);
};
// A submitted version of "Les petits bouchons" (Caf 47) for the review page.
const onVersion47 = async (f: MatrixFixtures) => {
  await f.sql(`INSERT INTO "OperatingInfoVersion" (id, "facilityId", status, content, "submittedAt", "submittedById", "submittedByPersonalNumber")
    SELECT 'matrice-version-47', fa.id, 'PENDING', '{"capacity": 20, "openingDays": [1, 2]}'::jsonb, now(), u.id, u."personalNumber"
    FROM "Facility" fa, "User" u WHERE fa.name = 'Les petits bouchons' AND u.email = 'directrice.albret@demo.monenfant.fr' ON CONFLICT DO NOTHING`);
  return "/caf/validations/matrice-version-47";
};
const unknownFacilityPayload = () => ["matrice-structure-inconnue", {}];

// A request of the Caf 47 waiting for its requester's corrections, opened by a known follow-up token
// (only the token's SHA-256 is stored, as for real requests).
const FOLLOW_UP_TOKEN = "MatriceSuiviJetonDeTestPourLaMatriceAcces01";
const onFollowUp =
  (suffix = "") =>
  async ({ sql }: MatrixFixtures) => {
    await sql(
      `INSERT INTO "HabilitationRequest" (id, reference, type, status, "cafId", "legalName", siret, street, postcode, city,
         "legalRepresentativeName", "legalRepresentativeTitle", email, phone, "changesRequested", "followUpTokenHash", "followUpExpiresAt")
       SELECT 'matrix-follow-up', 'HAB-47-2026-MATRIX', type, 'CHANGES_REQUESTED', "cafId", "legalName", siret, street, postcode, city,
         "legalRepresentativeName", "legalRepresentativeTitle", email, phone, 'Précisez la commune de chaque structure.',
         '3525f3e03c285f8bf4a7eca097bd4ee11fad936adb3f06e41b370eb946d1f876', now() + interval '30 days'
       FROM "HabilitationRequest" WHERE reference = 'HAB-DEMO-0001'
       ON CONFLICT (id) DO UPDATE SET status = 'CHANGES_REQUESTED', "followUpExpiresAt" = EXCLUDED."followUpExpiresAt"`,
    );
    return `/suivi/${FOLLOW_UP_TOKEN}${suffix}`;
  };

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
  // The link's token is the only proof of identity (lib/auth/accept-invitation.ts): anyone may open it.
  "page /invitation/[jeton]": { allowed: EVERYONE, path: () => "/invitation/jeton-inconnu-de-la-matrice" },
  "page /dev/boite-mail": { allowed: NOBODY }, // development only: 404 in production
  // The requester's follow-up pages: the private link is the credential, whoever is signed in.
  "page /suivi/[token]": { allowed: EVERYONE, path: onFollowUp() },
  "page /suivi/[token]/corriger": { allowed: EVERYONE, path: onFollowUp("/corriger") },
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
  "page /caf/demandes-familles": { allowed: CAF_STAFF },
  "page /demande-information": { allowed: EVERYONE },
  "page /developpeurs": { allowed: EVERYONE },
  "page /donnees-ouvertes": { allowed: EVERYONE },
  "page /demande-information/confirmation": { allowed: EVERYONE },
  "page /recherche": { allowed: EVERYONE },
  "page /espace-pro/demandes-familles": { allowed: PARTNERS },
  "page /espace-pro/demandes-familles/attestation-destruction": { allowed: PARTNERS },
  "page /espace-pro/convention": { allowed: PARTNERS },
  "page /caf/bureau": { allowed: CAF_STAFF },
  "page /espace-pro/cles-api": { allowed: PARTNERS },
  "page /caf/conventions/[id]": { allowed: CAF_47, path: onConvention47 },
  "page /admin": { allowed: CNAF },
  // Route handlers
  "GET /api/auth/[...nextauth]": { allowed: EVERYONE, path: () => "/api/auth/session" },
  "POST /api/auth/[...nextauth]": { allowed: EVERYONE, path: () => "/api/auth/session" },
  "GET /api/health": { allowed: EVERYONE },
  "GET /api/captcha": { allowed: EVERYONE },
  "GET /api/captcha/worker": { allowed: EVERYONE },
  // The logout form: anyone may end their own session (a visitor without one lands on the home page).
  "POST /deconnexion": { allowed: EVERYONE, endsSession: true },
  "GET /api/communes": { allowed: EVERYONE, path: () => "/api/communes?q=nerac" },
  "GET /carte/leaflet/[...file]": { allowed: EVERYONE, path: () => "/carte/leaflet/leaflet.js" },
  "GET /api/catalogue/structures": { allowed: EVERYONE, path: () => "/api/catalogue/structures?departement=47" },
  "GET /caf/journal/export": { allowed: CAF_STAFF, path: () => "/caf/journal/export?departement=47" },
  "GET /caf/demandes/[id]/convention": { allowed: CAF_47, path: onRequest47("/convention") },
  "GET /caf/demandes/[id]/convention-signee": { allowed: CAF_47, path: withSignedScan },
  // Posted with no form: the caller gets past the checks to a validation error, nothing is activated.
  "POST /api/demandes/[id]/activation": {
    allowed: CAF_47,
    path: async (fixtures) => `/api/demandes/${await demoRequest47(fixtures)}/activation`,
  },
  "GET /espace-pro/demandes-familles/[id]/telechargement": {
    allowed: ["infoPoint"],
    path: async (f) => `/espace-pro/demandes-familles/${await demoFamilyRequest(f)}/telechargement?format=xml`,
  },
  "GET /espace-pro/demandes-familles/flux": { allowed: PARTNERS },
  // The demo provider's own convention: only its habilitated people.
  "GET /espace-pro/convention/[id]/pdf": {
    allowed: ["providerA"],
    path: async (f) => `${(await onConvention47(f)).replace("/caf/conventions", "/espace-pro/convention")}/pdf`,
  },
  "GET /caf/bureau/export": { allowed: CAF_STAFF, path: () => "/caf/bureau/export?format=xlsx&assignee=moi" },
  "GET /api/donnees-ouvertes/[dataset]": { allowed: EVERYONE, path: () => "/api/donnees-ouvertes/structures.json" },
  "GET /api/v1/openapi.json": { allowed: EVERYONE },
  // The software API authenticates with API keys only: a browser session is never enough.
  "GET /api/v1/structures": { allowed: NOBODY },
  "GET /api/v1/structures/[id]/disponibilites": {
    allowed: NOBODY,
    path: async ({ sql }) =>
      `/api/v1/structures/${(await sql<{ id: string }>(`SELECT id FROM "Facility" WHERE "externalId" = 'DEMO-47-R01'`))[0]!.id}/disponibilites`,
  },
  "PUT /api/v1/structures/[id]/disponibilites": {
    allowed: NOBODY,
    path: async ({ sql }) =>
      `/api/v1/structures/${(await sql<{ id: string }>(`SELECT id FROM "Facility" WHERE "externalId" = 'DEMO-47-R01'`))[0]!.id}/disponibilites`,
  },
  // Methods a route does not implement: 405 (problem+json, with Allow) for everyone, key or not.
  "POST /api/v1/openapi.json": { allowed: EVERYONE },
  "PUT /api/v1/openapi.json": { allowed: EVERYONE },
  "POST /api/v1/structures": { allowed: EVERYONE },
  "PUT /api/v1/structures": { allowed: EVERYONE },
  "POST /api/v1/structures/[id]/disponibilites": {
    allowed: EVERYONE,
    path: async ({ sql }) =>
      `/api/v1/structures/${(await sql<{ id: string }>(`SELECT id FROM "Facility" WHERE "externalId" = 'DEMO-47-R01'`))[0]!.id}/disponibilites`,
  },
  // Unknown addresses under /api/v1: a problem+json 404 for everyone.
  "GET /api/v1/[...inconnu]": { allowed: NOBODY, path: () => "/api/v1/inconnu" },
  "HEAD /api/v1/[...inconnu]": { allowed: NOBODY, path: () => "/api/v1/inconnu" },
  "POST /api/v1/[...inconnu]": { allowed: NOBODY, path: () => "/api/v1/inconnu" },
  "PUT /api/v1/[...inconnu]": { allowed: NOBODY, path: () => "/api/v1/inconnu" },
  "GET /espace-pro/demandes-familles/attestations/[id]": {
    allowed: ["infoPoint"],
    path: async (f) => `/espace-pro/demandes-familles/attestations/${await demoAttestation(f)}`,
  },
  "GET /caf/attestations/[id]": { allowed: CAF_47, path: async (f) => `/caf/attestations/${await demoAttestation(f)}` },
  "GET /espace-pro/demandes-familles/attestations-signees/[id]": {
    allowed: ["infoPoint"],
    path: async (f) => `/espace-pro/demandes-familles/attestations-signees/${await demoSignedAttestation(f)}`,
  },
  "GET /caf/attestations-signees/[id]": {
    allowed: CAF_47,
    path: async (f) => `/caf/attestations-signees/${await demoSignedAttestation(f)}`,
  },
  // Server actions
  "action app/(familles)/demande-information/actions.ts#submitFamilyRequestAction": { allowed: EVERYONE },
  "action app/(partenaires)/espace-pro/cles-api/actions.ts#createApiKeyAction": {
    allowed: ["providerA", "providerB"],
    path: () => "/espace-pro/cles-api",
  },
  "action app/(partenaires)/espace-pro/cles-api/actions.ts#revokeApiKeyAction": {
    allowed: ["providerA", "providerB"],
    path: () => "/espace-pro/cles-api",
    args: () => ["matrice-cle-inconnue", { status: "idle" }, "$K1"],
  },
  // A request of the demo information point: only its own people may mark it handled (idempotent).
  "action app/(partenaires)/espace-pro/demandes-familles/actions.ts#markHandledAction": {
    allowed: ["infoPoint"],
    path: () => "/espace-pro/demandes-familles",
    args: async (f) => [await demoFamilyRequest(f), { status: "idle" }, "$K1"],
    refusedWith: "Demande introuvable.",
  },
  // Bound to an unknown information point: the role gate, then a 404 of the use case, nothing written.
  "action app/(partenaires)/espace-pro/demandes-familles/attestation-destruction/actions.ts#signDestructionAttestationAction":
    {
      allowed: PARTNERS,
      path: () => "/espace-pro/demandes-familles/attestation-destruction",
      args: () => ["matrice-lieu-inconnu", { status: "idle" }, "$K1"],
    },
  // Bound to an unknown information point: the role gate, then the form's errors, nothing written; another
  // Caf's information point is refused by the use case (tests/integration/destruction-attestations.test.ts).
  "action app/(partenaires)/caf/demandes-familles/actions.ts#recordReceivedDestructionAttestationAction": {
    allowed: CAF_STAFF,
    path: () => "/caf/demandes-familles",
    args: () => ["matrice-lieu-inconnu", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/demande-habilitation/actions.ts#submitHabilitationRequestAction": { allowed: EVERYONE },
  "action app/(partenaires)/suivi/[token]/actions.ts#replyFromFollowUpAction": {
    allowed: EVERYONE,
    path: onFollowUp(),
    args: () => ["jeton-inconnu", { status: "idle" }, "$K1"],
  },
  // Bound to an unknown convention: the role gate, then a 404 of the use case, nothing written.
  "action app/(partenaires)/espace-pro/convention/actions.ts#askForChangeAction": {
    allowed: PARTNERS,
    path: () => "/espace-pro/convention",
    args: () => ["matrice-convention-inconnue", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/espace-pro/convention/actions.ts#replyOnConventionAction": {
    allowed: PARTNERS,
    path: () => "/espace-pro/convention",
    args: () => ["matrice-convention-inconnue", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/espace-pro/convention/actions.ts#reportLeaverAction": {
    allowed: PARTNERS,
    path: () => "/espace-pro/convention",
    args: () => ["matrice-convention-inconnue", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/caf/bureau/actions.ts#assignAction": {
    allowed: CAF_STAFF,
    path: () => "/caf/bureau",
    args: () => ["request", "matrice-demande-inconnue", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/caf/bureau/actions.ts#closeChangeAskAction": {
    allowed: CAF_STAFF,
    path: () => "/caf/bureau",
    args: () => ["matrice-demande-inconnue", { status: "idle" }, "$K1"],
  },
  // An unknown token: answered with the French refusal of the link, nothing written.
  "action app/(partenaires)/suivi/[token]/corriger/actions.ts#correctRequestAction": {
    allowed: EVERYONE,
    path: onFollowUp("/corriger"),
    args: () => ["jeton-inconnu", {}],
  },
  "action app/(partenaires)/mot-de-passe-oublie/actions.ts#requestPasswordResetAction": { allowed: EVERYONE },
  // The sign-in challenge token (given after a correct password) is the credential; an unknown one gets a French message.
  "action app/(partenaires)/connexion/actions.ts#beginEnrolmentAction": {
    allowed: EVERYONE,
    path: () => "/connexion",
    args: () => ["matrice-defi-inconnu-0000000000"],
  },
  "action app/(partenaires)/connexion/actions.ts#confirmEnrolmentAction": {
    allowed: EVERYONE,
    path: () => "/connexion",
    args: () => ["matrice-defi-inconnu-0000000000", "000000"],
  },
  "action app/(partenaires)/invitation/[jeton]/actions.ts#acceptInvitationAction": {
    allowed: EVERYONE,
    path: () => "/invitation/jeton-inconnu-de-la-matrice",
    args: () => ["jeton-inconnu-de-la-matrice", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/mon-compte/mot-de-passe/actions.ts#changePasswordAction": { allowed: SIGNED_IN },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#startReviewAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#refuseAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#generateConventionAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#recordSendingAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#recordSignatureAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#askForCorrectionsAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#acceptNewFacilityAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: () => ["matrice-demande-inconnue", "matrice-structure-inconnue", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#recordCheckDecisionAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#decideProviderDetailsAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#postRequestMessageAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/demandes/[id]/actions.ts#addRequestNoteAction": {
    allowed: CAF_STAFF,
    path: onRequest47(),
    args: unknownRequestArgs,
  },
  "action app/(partenaires)/caf/conventions/[id]/actions.ts#createAmendmentAction": {
    allowed: CAF_STAFF,
    path: onConvention47,
    args: () => ["matrice-convention-inconnue", {}],
  },
  "action app/(partenaires)/caf/conventions/[id]/actions.ts#markAmendmentSentAction": {
    allowed: CAF_STAFF,
    path: onConvention47,
    args: () => ["matrice-convention-inconnue", "matrice-avenant-inconnu", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/caf/conventions/[id]/actions.ts#signAmendmentAction": {
    allowed: CAF_STAFF,
    path: onConvention47,
    args: () => ["matrice-convention-inconnue", "matrice-avenant-inconnu", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/caf/conventions/[id]/actions.ts#suspendPersonAction": {
    allowed: CAF_STAFF,
    path: onConvention47,
    args: () => ["matrice-convention-inconnue", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/caf/conventions/[id]/actions.ts#notifyTerminationAction": {
    allowed: CAF_STAFF,
    path: onConvention47,
    args: () => ["matrice-convention-inconnue", { status: "idle" }, "$K1"],
  },
  "action app/(partenaires)/caf/conventions/[id]/thread-actions.ts#postConventionMessageAction": {
    allowed: CAF_STAFF,
    path: onConvention47,
    args: () => ["matrice-convention-inconnue", { status: "idle" }, "$K1"],
  },
  // Catalogue (Caf back-office) and Cnaf administration
  "page /caf/structures": { allowed: CAF_STAFF },
  "page /caf/structures/nouvelle": { allowed: CAF_STAFF },
  "page /caf/structures/[id]": { allowed: CAF_47, path: onFacility47 },
  "page /caf/structures/import": { allowed: CAF_STAFF },
  "page /caf/structures/import/[id]": { allowed: CAF_47, path: onImport47() },
  "GET /caf/structures/import/[id]/progression": { allowed: CAF_47, path: onImport47("/progression") },
  "GET /caf/structures/import/[id]/rapport": { allowed: CAF_47, path: onImport47("/rapport") },
  "GET /caf/structures/import/modele": { allowed: CAF_STAFF },
  "POST /caf/structures/import/televerser": { allowed: CAF_STAFF },
  "page /admin/cafs": { allowed: CNAF },
  "page /admin/exploitation": { allowed: CNAF },
  "page /admin/cafs/[id]": {
    allowed: CNAF,
    path: async (f) => `/admin/cafs/${await idOf(`SELECT id FROM "Caf" WHERE "departementCode" = '47'`)(f)}`,
  },
  "page /admin/agents": { allowed: CNAF },
  "page /admin/agents/[id]": {
    allowed: CNAF,
    path: async (f) =>
      `/admin/agents/${await idOf(`SELECT id FROM "User" WHERE email = 'agent.caf47@demo.monenfant.fr'`)(f)}`,
  },
  "page /admin/modeles": { allowed: CNAF },
  "page /admin/modeles/[type]": { allowed: CNAF, path: () => "/admin/modeles/structures" },
  "GET /admin/modeles/[type]/apercu": { allowed: CNAF, path: () => "/admin/modeles/structures/apercu" },
  "action app/(partenaires)/caf/structures/actions.ts#createFacilityAction": {
    allowed: CAF_STAFF,
    path: () => "/caf/structures/nouvelle",
  },
  "action app/(partenaires)/caf/structures/actions.ts#updateFacilityAction": {
    allowed: CAF_STAFF,
    path: onFacility47,
    args: unknownIdArgs("matrice-structure-inconnue"),
  },
  "action app/(partenaires)/caf/structures/actions.ts#changeFacilityStatusAction": {
    allowed: CAF_STAFF,
    path: onFacility47,
    args: unknownIdArgs("matrice-structure-inconnue"),
  },
  "action app/(partenaires)/caf/structures/actions.ts#startImportAction": {
    allowed: CAF_STAFF,
    path: onImport47(),
    args: unknownIdArgs("matrice-import-inconnu"),
  },
  "action app/(partenaires)/admin/actions.ts#updateCafAction": {
    allowed: CNAF,
    path: () => "/admin/cafs",
    args: unknownIdArgs("matrice-caf-inconnue"),
  },
  "action app/(partenaires)/admin/actions.ts#updateCafSignInRequirementsAction": {
    allowed: CNAF,
    path: () => "/admin/cafs",
    args: unknownIdArgs("matrice-caf-inconnue"),
  },
  "action app/(partenaires)/admin/actions.ts#resetSecondFactorAction": {
    allowed: CNAF,
    path: () => "/admin/agents",
    args: unknownIdArgs("matrice-agent-inconnu"),
  },
  "action app/(partenaires)/admin/actions.ts#inviteCafAgentAction": { allowed: CNAF, path: () => "/admin/agents" },
  "action app/(partenaires)/admin/actions.ts#deactivateCafAgentAction": {
    allowed: CNAF,
    path: () => "/admin/agents",
    args: unknownIdArgs("matrice-agent-inconnu"),
  },
  "action app/(partenaires)/admin/actions.ts#moveCafAgentAction": {
    allowed: CNAF,
    path: () => "/admin/agents",
    args: unknownIdArgs("matrice-agent-inconnu"),
  },
  "action app/(partenaires)/admin/actions.ts#saveTemplateDraftAction": {
    allowed: CNAF,
    path: () => "/admin/modeles/structures",
    args: unknownIdArgs("INCONNU"),
  },
  "action app/(partenaires)/admin/actions.ts#retryOutboxEmailAction": {
    allowed: CNAF,
    path: () => "/admin/exploitation",
    args: unknownIdArgs("matrice-courriel-inconnu"),
  },
  "action app/(partenaires)/admin/actions.ts#publishTemplateAction": {
    allowed: CNAF,
    path: () => "/admin/modeles/structures",
    args: unknownIdArgs("INCONNU"),
  },
  "page /espace-pro/structures/[id]/disponibilites": {
    allowed: ["providerA"],
    path: onComptine("/espace-pro/structures", "/disponibilites"),
  },
  "page /espace-pro/structures/[id]/modalites": {
    allowed: ["providerA"],
    path: onComptine("/espace-pro/structures", "/modalites"),
  },
  "page /structures/[id]": { allowed: EVERYONE, path: onComptine("/structures") },
  "GET /structures/[id]/photo": { allowed: EVERYONE, path: withPhoto },
  "POST /espace-pro/structures/[id]/photo": { allowed: PARTNERS, path: onComptine("/espace-pro/structures", "/photo") },
  // A photo waiting for the Caf: its uploader's facility people, and the agents of that facility's Caf.
  "GET /espace-pro/structures/[id]/photo/en-attente": {
    allowed: ["providerA"],
    path: (f) => withPendingPhoto(f, onComptine("/espace-pro/structures", "/photo/en-attente")),
  },
  "GET /caf/validations/photos/[photoId]": {
    allowed: CAF_47,
    path: (f) => withPendingPhoto(f, () => "/caf/validations/photos/matrice-photo-en-attente"),
  },
  "page /caf/validations": { allowed: CAF_STAFF },
  "page /caf/validations/[id]": { allowed: CAF_47, path: onVersion47 },
  "page /caf/moderation": { allowed: CAF_STAFF },
  "page /caf/moderation/[id]": { allowed: CAF_47, path: onComptine("/caf/moderation") },
  "action app/(partenaires)/espace-pro/structures/[id]/actions.ts#publishAvailabilitiesAction": {
    allowed: PARTNERS,
    path: onComptine("/espace-pro/structures", "/disponibilites"),
    args: unknownFacilityPayload,
  },
  "action app/(partenaires)/espace-pro/structures/[id]/actions.ts#submitOperatingInfoAction": {
    allowed: PARTNERS,
    path: onComptine("/espace-pro/structures", "/modalites"),
    args: unknownFacilityPayload,
  },
  "action app/(partenaires)/caf/validations/actions.ts#approveOperatingInfoAction": {
    allowed: CAF_STAFF,
    path: onVersion47,
    args: unknownIdArgs("matrice-version-inconnue"),
  },
  "action app/(partenaires)/caf/validations/actions.ts#rejectOperatingInfoAction": {
    allowed: CAF_STAFF,
    path: onVersion47,
    args: unknownIdArgs("matrice-version-inconnue"),
  },
  "action app/(partenaires)/caf/validations/actions.ts#approveFacilityPhotoAction": {
    allowed: CAF_STAFF,
    path: () => "/caf/validations",
    args: unknownIdArgs("matrice-photo-inconnue"),
  },
  "action app/(partenaires)/caf/validations/actions.ts#rejectFacilityPhotoAction": {
    allowed: CAF_STAFF,
    path: () => "/caf/validations",
    args: unknownIdArgs("matrice-photo-inconnue"),
  },
  "action app/(partenaires)/caf/moderation/actions.ts#withdrawContentAction": {
    allowed: CAF_STAFF,
    path: onComptine("/caf/moderation"),
    args: unknownIdArgs("matrice-structure-inconnue"),
  },
};
