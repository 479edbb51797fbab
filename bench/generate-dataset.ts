// National-scale dataset for the benchmarks (issue 9): the real schema (migrations) and the real territory
// and demo data (prisma/seed.ts), then 60,000 facilities (17,000 EAJE with availabilities), 5,000 providers
// each under an active convention, 20,000 accounts and 100,000 past habilitation requests.
// Rows are produced inside PostgreSQL by INSERT … SELECT generate_series: no data crosses the wire, which
// beats COPY from Node. setseed() makes every run produce the same data.
//   tsx bench/generate-dataset.ts <database url>
import bcrypt from "bcrypt";
import pg from "pg";
import { bin, migrateDeploy, run } from "../scripts/lib/run";
import { benchAppEnv } from "./bench-env";

export const SCALE = {
  facilities: 60_000,
  eaje: 17_000,
  providers: 5_000,
  accounts: 20_000,
  cafAgents: 1_010,
  pastRequests: 100_000,
} as const;

export const BENCH_PASSWORD = "Banc-essai-2026!";
export const benchUserEmail = (index: number) => `compte${index}@banc.monenfant.fr`;

// Facilities land in communes drawn with a bias towards the most populous ones (power law on the rank),
// so that large cities hold hundreds of facilities as they do in reality.
const STEPS: { label: string; sql: string }[] = [
  {
    label: "communes ranked by population",
    sql: `CREATE TEMP TABLE ranked_commune AS
      SELECT row_number() OVER (ORDER BY population DESC NULLS LAST, "inseeCode") AS rank, c."inseeCode", c.name, c."departementCode",
        COALESCE(c.postcodes[1], '00000') AS postcode, caf.id AS "cafId"
      FROM "Commune" c JOIN "Caf" caf ON caf."departementCode" = c."departementCode"`,
  },
  {
    label: "providers",
    sql: `INSERT INTO "Provider" (id, "legalName", siret, street, postcode, city, "legalRepresentativeName", "legalRepresentativeTitle", email, phone, "updatedAt")
      SELECT 'banc-p-' || i, 'Gestionnaire de banc n° ' || i, lpad((800000000000 + i)::text, 14, '9'), i || ' avenue des Essais', '75001', 'Paris',
        'Représentant ' || i, 'Président', 'gestionnaire' || i || '@banc.monenfant.fr', '0100000000', now()
      FROM generate_series(1, ${SCALE.providers}) i`,
  },
  {
    label: "facilities",
    sql: `INSERT INTO "Facility" (id, "externalId", kind, "isEaje", name, street, postcode, "communeInsee", "departementCode", "cafId", "providerId", capacity, "updatedAt")
      SELECT 'banc-f-' || i, 'BANC-' || i, kind::"FacilityKind", i <= ${SCALE.eaje},
        initcap(replace(lower(kind), '_', ' ')) || ' ' || c.name || ' n° ' || i, i || ' rue du Banc', c.postcode, c."inseeCode", c."departementCode", c."cafId",
        'banc-p-' || (1 + i % ${SCALE.providers}), 10 + i % 50, now()
      FROM (
        SELECT i,
          CASE WHEN i <= ${SCALE.eaje}
            THEN (ARRAY['MULTI_ACCUEIL','CRECHE_COLLECTIVE','CRECHE_FAMILIALE','MICRO_CRECHE','HALTE_GARDERIE'])[1 + i % 5]
            ELSE (ARRAY['LAEP','RPE','ACCUEIL_LOISIRS_EXTRASCOLAIRE','ACCUEIL_LOISIRS_PERISCOLAIRE','ACCUEIL_LOISIRS_ADOLESCENTS'])[1 + i % 5] END AS kind,
          1 + floor(power(random(), 3) * (SELECT count(*) FROM ranked_commune))::int AS rank
        FROM generate_series(1, ${SCALE.facilities}) i
      ) f JOIN ranked_commune c ON c.rank = f.rank`,
  },
  {
    // The others stand at their commune's point (set by the database, see the place_search migration).
    label: "precise points for one facility in three, within about 2 km of their commune's point",
    sql: `UPDATE "Facility" SET "locationIsPrecise" = true,
        latitude = latitude + ((abs(hashtext(id)) % 2001) - 1000) / 55000.0,
        longitude = longitude + ((abs(hashtext(id || 'x')) % 2001) - 1000) / 38000.0
      WHERE id LIKE 'banc-f-%' AND substring(id FROM 8)::int % 3 = 0`,
  },
  {
    label: "accounts (provider staff and Caf agents)",
    sql: `INSERT INTO "User" (id, email, "firstName", "lastName", role, "cafId", "passwordHash", "mustChangePassword", "updatedAt")
      SELECT 'banc-u-' || i, 'compte' || i || '@banc.monenfant.fr', 'Prénom' || i, 'Nom' || i,
        CASE WHEN i > ${SCALE.accounts - SCALE.cafAgents} THEN 'CAF_AGENT'::"Role" ELSE 'PROVIDER_USER'::"Role" END,
        CASE WHEN i > ${SCALE.accounts - SCALE.cafAgents} THEN (SELECT id FROM "Caf" ORDER BY "departementCode" OFFSET i % 101 LIMIT 1) END,
        $1, false, now()
      FROM generate_series(1, ${SCALE.accounts}) i`,
  },
  {
    label: "past habilitation requests",
    sql: `INSERT INTO "HabilitationRequest" (id, reference, type, status, "cafId", "legalName", siret, street, postcode, city, "legalRepresentativeName",
        "legalRepresentativeTitle", email, phone, "providerId", "submittedAt", "statusChangedAt")
      SELECT 'banc-h-' || i, 'HAB-BANC-' || lpad(i::text, 6, '0'), 'STRUCTURES',
        CASE WHEN i <= ${SCALE.providers} THEN 'ACTIVE' ELSE (ARRAY['RECEIVED','IN_REVIEW','CONVENTION_SENT','SIGNED','ACTIVE','REFUSED','REFUSED','ACTIVE'])[1 + i % 8] END::"HabilitationStatus",
        caf.id, p."legalName", p.siret, p.street, p.postcode, p.city, p."legalRepresentativeName", p."legalRepresentativeTitle", p.email, p.phone, p.id,
        now() - (i % 1095) * interval '1 day' - (i % 1440) * interval '1 minute', now() - (i % 365) * interval '1 day'
      FROM generate_series(1, ${SCALE.pastRequests}) i
      JOIN "Provider" p ON p.id = 'banc-p-' || (1 + (i - 1) % ${SCALE.providers})
      JOIN "Caf" caf ON caf.id = (SELECT f."cafId" FROM "Facility" f WHERE f.id = 'banc-f-' || (1 + (i - 1) % ${SCALE.providers}))`,
  },
  {
    label: "one active convention per provider",
    sql: `INSERT INTO "Convention" (id, number, type, status, "requestId", "cafId", "providerId", "templateId", "annexSnapshot", "signedAt", "activatedAt")
      SELECT 'banc-c-' || i, 'CONV-BANC-' || i, 'STRUCTURES', 'ACTIVE', 'banc-h-' || i, h."cafId", h."providerId",
        (SELECT id FROM "ConventionTemplate" WHERE type = 'STRUCTURES' ORDER BY version DESC LIMIT 1), '{}'::jsonb, h."submittedAt", h."submittedAt"
      FROM generate_series(1, ${SCALE.providers}) i JOIN "HabilitationRequest" h ON h.id = 'banc-h-' || i`,
  },
  {
    label: "convention people (account i works for provider i)",
    sql: `INSERT INTO "ConventionPerson" (id, "conventionId", "userId", "firstName", "lastName", email, "jobTitle")
      SELECT 'banc-cp-' || i, 'banc-c-' || i, u.id, u."firstName", u."lastName", u.email, 'Directrice'
      FROM generate_series(1, ${SCALE.providers}) i JOIN "User" u ON u.id = 'banc-u-' || i`,
  },
  {
    label: "convention facilities",
    sql: `INSERT INTO "ConventionFacility" (id, "conventionId", "facilityId", "operatingInfo", availabilities)
      SELECT 'banc-cf-' || f.id, 'banc-c-' || substring(f."providerId" FROM 8), f.id, true, f."isEaje"
      FROM "Facility" f WHERE f.id LIKE 'banc-f-%'`,
  },
  {
    label: "availability publications (a past one and the current one per EAJE)",
    sql: `INSERT INTO "AvailabilityPublication" (id, "facilityId", "noPlaceAvailable", "publishedAt", "publishedById", "publishedByPersonalNumber")
      SELECT 'banc-ap-' || generation || '-' || i, 'banc-f-' || i, generation = 2 AND i % 4 = 0,
        now() - ((i % 90) + (2 - generation) * 30) * interval '1 day', u.id, u."personalNumber"
      FROM generate_series(1, ${SCALE.eaje}) i, generate_series(1, 2) generation,
        LATERAL (SELECT id, "personalNumber" FROM "User" WHERE id = 'banc-u-' || (1 + i % ${SCALE.providers})) u`,
  },
  {
    label: "availability slots",
    sql: `INSERT INTO "AvailabilitySlot" (id, "publicationId", "startDate", "endDate", "minAgeMonths", "maxAgeMonths", "careType", weekdays, "startTime", "endTime", places)
      SELECT p.id || '-' || n, p.id, current_date + (3 + (n * 17 + length(p.id)) % 120),
        CASE WHEN n = 2 THEN current_date + 200 END, (n - 1) * 12, (n - 1) * 12 + 24,
        (ARRAY['REGULAR','OCCASIONAL','EMERGENCY'])[n]::"CareType", ARRAY[1, 2, 4, 5], '08:00', '18:00', 1 + n
      FROM "AvailabilityPublication" p, generate_series(1, 3) n
      WHERE p.id LIKE 'banc-ap-%' AND NOT p."noPlaceAvailable" AND n <= 1 + abs(hashtext(p.id)) % 3`,
  },
  {
    label: "current availability pointers",
    sql: `UPDATE "Facility" f SET "currentAvailabilityPublicationId" = p.id, "availabilitiesUpdatedAt" = p."publishedAt", "hasAvailablePlaces" = NOT p."noPlaceAvailable"
      FROM "AvailabilityPublication" p WHERE p.id = 'banc-ap-2-' || substring(f.id FROM 8) AND f.id LIKE 'banc-f-%' AND f."isEaje"`,
  },
  { label: "planner statistics", sql: `ANALYZE` },
];

export async function generateDataset(databaseUrl: string): Promise<void> {
  await migrateDeploy(databaseUrl);
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], benchAppEnv(databaseUrl));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 10);
    await client.query("SELECT setseed(0.42)");
    for (const step of STEPS) {
      const started = Date.now();
      const result = await client.query(step.sql, step.sql.includes("$1") ? [passwordHash] : []);
      console.log(`  ${step.label}: ${result.rowCount ?? 0} rows (${Date.now() - started} ms)`);
    }
  } finally {
    await client.end();
  }
}

// tsx runs scripts as CommonJS here (no top-level await, no import.meta).
if (require.main === module) {
  const url = process.argv[2];
  if (!url) throw new Error("Usage : tsx bench/generate-dataset.ts <URL de la base>");
  generateDataset(url).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
