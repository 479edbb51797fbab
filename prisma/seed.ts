// Idempotent development seed: the reference data that `npm run db:setup` loads in production (territory,
// Cafs, convention templates: lib/reference-data), then, on top, demo data: the Cafs' contact details, a demo
// catalogue over five départements and demo accounts. Never run in production.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { withSiretCheckDigit } from "@/lib/validation/siret";
import { isEajeKind } from "@/lib/catalogue/facility-kinds";
import { loadReferenceData } from "@/lib/reference-data/load-reference-data";
import { PACKAGED_GEOGRAPHY, servedCommunes, servedDepartements } from "@/lib/reference-data/reference-geography";
import { buildCurrentAnnex } from "@/lib/conventions/build-current-annex";
import { earliestStartDay } from "@/lib/availability/availability-schema";
import { addDays } from "@/lib/validation/paris-day";
import type { FacilityKind } from "@/lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_CAF_DEPARTEMENTS, DEMO_PASSWORD } from "./demo-accounts";

const departements = servedDepartements(PACKAGED_GEOGRAPHY);
const communes = servedCommunes(PACKAGED_GEOGRAPHY);
type RawCommune = (typeof communes)[number];

const DIRECTOR_FIRST = [
  "Agnès",
  "Bruno",
  "Coralie",
  "Damien",
  "Estelle",
  "Fabrice",
  "Gaëlle",
  "Hervé",
  "Isaure",
  "Jérôme",
];
const DIRECTOR_LAST = [
  "Aubertin",
  "Bellecour",
  "Chassagne",
  "Duvernoy",
  "Estrabaut",
  "Fauconnet",
  "Guerlande",
  "Hautecloque",
  "Issartel",
  "Jonquières",
];

function communeInDepartement(departement: string, name: string): RawCommune {
  const found = communes.find((c) => c.departement === departement && c.nom === name);
  if (!found) throw new Error(`Commune introuvable : ${name} (${departement})`);
  return found;
}

// Demo contact details for the Cafs the reference data created without any (production leaves them to the Cnaf).
async function seedCafContacts() {
  const cafs = await db.caf.findMany({ where: { directorName: "" }, orderBy: { departementCode: "asc" } });
  for (const caf of cafs) {
    const index = departements.findIndex((d) => d.code === caf.departementCode);
    await db.caf.update({
      where: { id: caf.id },
      data: {
        directorName: `${DIRECTOR_FIRST[index % 10]} ${DIRECTOR_LAST[(index * 3) % 10]}`,
        // The list alternates women's and men's first names.
        directorCivility: index % 2 === 0 ? "Madame" : "Monsieur",
        directorTitle: index % 2 === 0 ? "Directrice" : "Directeur",
        street: `${(index % 40) + 1} avenue de la Solidarité`,
        email: `partenaires.caf${caf.departementCode.toLowerCase()}@demo.monenfant.fr`,
        phone: "3230",
      },
    });
  }
}

type FacilitySeed = {
  externalId: string;
  kind: FacilityKind;
  name: string;
  street: string;
  departement: string;
  commune: string;
  providerSiret?: string;
  capacity?: number;
};

// Public facilities quoted in SPEC §3.
const REAL_FACILITIES: FacilitySeed[] = [
  {
    externalId: "DEMO-47-R01",
    kind: "MULTI_ACCUEIL",
    name: "Les petits bouchons",
    street: "rue Casimir Laffite",
    departement: "47",
    commune: "Mézin",
    providerSiret: "albret",
    capacity: 20,
  },
  {
    externalId: "DEMO-47-R02",
    kind: "MULTI_ACCUEIL",
    name: "Comptine",
    street: "10 boulevard Alfred Parent",
    departement: "47",
    commune: "Nérac",
    providerSiret: "albret",
    capacity: 40,
  },
  {
    externalId: "DEMO-47-R03",
    kind: "MICRO_CRECHE",
    name: "Au petit bonheur",
    street: "Le Bourg",
    departement: "47",
    commune: "Montagnac-sur-Auvignon",
    providerSiret: "bonheur",
    capacity: 10,
  },
  {
    externalId: "DEMO-47-R04",
    kind: "LAEP",
    name: "1, 2, 3 soleil",
    street: "rue des remparts",
    departement: "47",
    commune: "Nérac",
    providerSiret: "albret",
  },
  {
    externalId: "DEMO-47-R05",
    kind: "RPE",
    name: "RPE de Lavardac",
    street: "impasse des cerisiers",
    departement: "47",
    commune: "Lavardac",
    providerSiret: "albret",
  },
  {
    externalId: "DEMO-47-R06",
    kind: "ACCUEIL_LOISIRS_EXTRASCOLAIRE",
    name: "Accueil de loisirs extrascolaire de Bruch",
    street: "Le Bourg",
    departement: "47",
    commune: "Bruch",
    providerSiret: "albret",
    capacity: 60,
  },
  {
    externalId: "DEMO-39-R01",
    kind: "MULTI_ACCUEIL",
    name: "Multi-accueil Jura Nord",
    street: "6 rue du Doubs",
    departement: "39",
    commune: "Fraisans",
    providerSiret: "juranord",
    capacity: 30,
  },
  {
    externalId: "DEMO-01-R01",
    kind: "RPE",
    name: "RPE SaôneRelais",
    street: "359 rue Joseph Berlioz",
    departement: "01",
    commune: "Saint-Didier-sur-Chalaronne",
    providerSiret: "saone",
  },
];

const DEMO_PROVIDERS: Record<
  string,
  { legalName: string; departement: string; commune: string; street: string; representative: string; title: string }
> = {
  albret: {
    legalName: "Communauté de communes de l'Albret",
    departement: "47",
    commune: "Nérac",
    street: "Place Aristide Briand",
    representative: "Gilles Paravent",
    title: "Président",
  },
  bonheur: {
    legalName: "SAS Au petit bonheur",
    departement: "47",
    commune: "Montagnac-sur-Auvignon",
    street: "Le Bourg",
    representative: "Nadia Lestrade",
    title: "Gérante",
  },
  juranord: {
    legalName: "Communauté de communes Jura Nord",
    departement: "39",
    commune: "Fraisans",
    street: "4 rue des Forges",
    representative: "Pascal Verdonnet",
    title: "Président",
  },
  saone: {
    legalName: "Communauté de communes Val de Saône Centre",
    departement: "01",
    commune: "Saint-Didier-sur-Chalaronne",
    street: "359 rue Joseph Berlioz",
    representative: "Martine Roselier",
    title: "Présidente",
  },
};

const NICE_NAMES = [
  "Les Lucioles",
  "Les P'tits Loups",
  "Pomme d'Api",
  "Les Coccinelles",
  "Arc-en-ciel",
  "Les Farfadets",
  "Le Petit Prince",
  "Les Marmousets",
  "Les Galopins",
  "La Ribambelle",
  "Les Pitchouns",
  "Les Bambins",
  "Les Petits Pas",
  "Câlins Câlines",
  "Les Moussaillons",
  "Graine de malice",
  "Les Diablotins",
  "Les Écureuils",
  "Les Doudous",
  "Les Lutins",
];
const STREETS = [
  "rue de la Mairie",
  "place de l'Église",
  "avenue Jean Jaurès",
  "rue des Écoles",
  "chemin des Vignes",
  "allée des Tilleuls",
  "rue Victor Hugo",
  "boulevard de la République",
];
const GENERATED_KINDS: FacilityKind[] = [
  "MULTI_ACCUEIL",
  "MICRO_CRECHE",
  "CRECHE_COLLECTIVE",
  "MULTI_ACCUEIL",
  "CRECHE_FAMILIALE",
  "HALTE_GARDERIE",
  "MICRO_CRECHE",
  "LAEP",
  "RPE",
  "ACCUEIL_LOISIRS_EXTRASCOLAIRE",
  "ACCUEIL_LOISIRS_PERISCOLAIRE",
  "ACCUEIL_LOISIRS_ADOLESCENTS",
];
const FACILITIES_PER_DEPARTEMENT = 45;

function generatedName(kind: FacilityKind, index: number, commune: string): string {
  const nice = NICE_NAMES[index % NICE_NAMES.length];
  switch (kind) {
    case "MULTI_ACCUEIL":
      return `Multi-accueil ${nice}`;
    case "MICRO_CRECHE":
      return `Micro-crèche ${nice}`;
    case "CRECHE_COLLECTIVE":
      return `Crèche ${nice}`;
    case "CRECHE_FAMILIALE":
      return `Crèche familiale de ${commune}`;
    case "HALTE_GARDERIE":
      return `Halte-garderie ${nice}`;
    case "LAEP":
      return `LAEP ${nice}`;
    case "RPE":
      return `Relais petite enfance de ${commune}`;
    case "ACCUEIL_LOISIRS_EXTRASCOLAIRE":
      return `Accueil de loisirs de ${commune}`;
    case "ACCUEIL_LOISIRS_PERISCOLAIRE":
      return `Accueil périscolaire de ${commune}`;
    case "ACCUEIL_LOISIRS_ADOLESCENTS":
      return `Espace jeunes de ${commune}`;
  }
}

function generatedFacilities(): FacilitySeed[] {
  return DEMO_CAF_DEPARTEMENTS.flatMap((departement) => {
    const largest = communes
      .filter((c) => c.departement === departement && c.type === "commune-actuelle")
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
      .slice(0, 30);
    return Array.from({ length: FACILITIES_PER_DEPARTEMENT }, (_, i) => {
      const commune = required(largest[i % largest.length], `a commune of ${departement}`);
      const kind = required(GENERATED_KINDS[i % GENERATED_KINDS.length], "a facility kind");
      return {
        externalId: `DEMO-${departement}-${String(i + 1).padStart(3, "0")}`,
        kind,
        name: generatedName(kind, i, commune.nom),
        street: `${((i * 7) % 90) + 1} ${STREETS[i % STREETS.length]}`,
        departement,
        commune: commune.nom,
        capacity: isEajeKind(kind) ? [10, 12, 20, 24, 30, 45][i % 6] : undefined,
      };
    });
  });
}

async function seedProviders(): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [index, [key, p]] of Object.entries(DEMO_PROVIDERS).entries()) {
    const commune = communeInDepartement(p.departement, p.commune);
    const siret = withSiretCheckDigit(`9990000${String(index + 1).padStart(6, "0")}`);
    const provider = await db.provider.upsert({
      where: { siret },
      update: {},
      create: {
        legalName: p.legalName,
        siret,
        street: p.street,
        postcode: commune.codesPostaux?.[0] ?? "",
        city: commune.nom,
        legalRepresentativeName: p.representative,
        legalRepresentativeTitle: p.title,
        email: `contact.${key}@demo.monenfant.fr`,
        phone: "0553000000",
      },
    });
    ids.set(key, provider.id);
  }
  return ids;
}

/** Reads a value the seed data guarantees, failing loudly when the data are inconsistent. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Seed data lack ${what}`);
  return value;
}

async function seedFacilities(providerIds: Map<string, string>) {
  const cafs = new Map(
    (await db.caf.findMany({ select: { id: true, departementCode: true } })).map((c) => [c.departementCode, c.id]),
  );
  const rows = [...REAL_FACILITIES, ...generatedFacilities()].map((f) => {
    const commune = communeInDepartement(f.departement, f.commune);
    return {
      externalId: f.externalId,
      kind: f.kind,
      isEaje: isEajeKind(f.kind),
      name: f.name,
      street: f.street,
      postcode: commune.codesPostaux?.[0] ?? "",
      communeInsee: commune.code,
      departementCode: f.departement,
      cafId: required(cafs.get(f.departement), `the Caf of ${f.departement}`),
      providerId: f.providerSiret ? (providerIds.get(f.providerSiret) ?? null) : null,
      capacity: f.capacity ?? null,
      contactPhone: "0500000000",
    };
  });
  await db.facility.createMany({ data: rows, skipDuplicates: true });
}

async function seedAccounts() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const cafs = new Map(
    (await db.caf.findMany({ select: { id: true, departementCode: true } })).map((c) => [c.departementCode, c.id]),
  );
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({
      where: { email: account.email },
      update: {},
      create: {
        email: account.email,
        firstName: account.firstName,
        lastName: account.lastName,
        jobTitle: account.jobTitle,
        role: account.role,
        cafId: account.cafDepartement ? cafs.get(account.cafDepartement) : null,
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
      },
    });
  }
}

// One active "Structures" convention (the Albret director) and one information-point convention.
async function seedActiveConventions(providerIds: Map<string, string>) {
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
  const albretId = required(providerIds.get("albret"), "the Albret provider");
  const albret = await db.provider.findUniqueOrThrow({ where: { id: albretId } });
  const facilities = await db.facility.findMany({
    where: { externalId: { in: ["DEMO-47-R01", "DEMO-47-R02", "DEMO-47-R04", "DEMO-47-R06"] }, cafId: caf.id },
  });
  const rpe = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R05", cafId: caf.id } });
  const director = await db.user.findUniqueOrThrow({ where: { email: "directrice.albret@demo.monenfant.fr" } });
  const rpeUser = await db.user.findUniqueOrThrow({ where: { email: "rpe.lavardac@demo.monenfant.fr" } });
  const signedAt = new Date("2026-01-15T00:00:00Z");
  const coveredCommunes = ["Lavardac", "Nérac", "Mézin", "Bruch", "Montagnac-sur-Auvignon"].map(
    (n) => communeInDepartement("47", n).code,
  );
  const providerSnapshot = {
    legalName: albret.legalName,
    siret: albret.siret,
    street: albret.street,
    postcode: albret.postcode,
    city: albret.city,
    legalRepresentativeName: albret.legalRepresentativeName,
    legalRepresentativeTitle: albret.legalRepresentativeTitle,
    email: albret.email,
    phone: albret.phone,
  };

  const plans = [
    {
      reference: "HAB-DEMO-0001",
      number: "CONV-47-DEMO-0001",
      type: "STRUCTURES" as const,
      user: director,
      infoPointName: null,
    },
    {
      reference: "HAB-DEMO-0002",
      number: "CONV-47-DEMO-0002",
      type: "INFO_POINT" as const,
      user: rpeUser,
      infoPointName: rpe.name,
    },
  ];
  for (const plan of plans) {
    if (await db.habilitationRequest.findUnique({ where: { reference: plan.reference } })) continue;
    const template = await db.conventionTemplate.findFirstOrThrow({
      where: { type: plan.type },
      orderBy: { version: "desc" },
    });
    await db.$transaction(async (tx) => {
      const infoPoint =
        plan.type === "INFO_POINT"
          ? await tx.infoPoint.create({
              data: {
                providerId: albretId,
                cafId: caf.id,
                name: rpe.name,
                facilityId: rpe.id,
                email: "rpe.lavardac@demo.monenfant.fr",
              },
            })
          : null;
      const person = {
        firstName: plan.user.firstName,
        lastName: plan.user.lastName,
        email: plan.user.email,
        jobTitle: plan.user.jobTitle ?? "",
      };
      const request = await tx.habilitationRequest.create({
        data: {
          reference: plan.reference,
          type: plan.type,
          status: "ACTIVE",
          cafId: caf.id,
          ...providerSnapshot,
          infoPointName: plan.infoPointName,
          providerId: albretId,
          infoPointId: infoPoint?.id,
          submittedAt: new Date("2025-12-01T09:00:00Z"),
          people: { create: [{ position: 0, ...person }] },
          facilities:
            plan.type === "STRUCTURES"
              ? { create: facilities.map((f) => ({ facilityId: f.id, operatingInfo: true, availabilities: f.isEaje })) }
              : undefined,
          communes:
            plan.type === "INFO_POINT"
              ? { create: coveredCommunes.map((communeInsee) => ({ communeInsee })) }
              : undefined,
          events: {
            create: [
              { fromStatus: null, toStatus: "RECEIVED" },
              { fromStatus: "SIGNED", toStatus: "ACTIVE", reason: "Données de démonstration" },
            ],
          },
        },
      });
      await tx.convention.create({
        data: {
          number: plan.number,
          type: plan.type,
          status: "ACTIVE",
          requestId: request.id,
          cafId: caf.id,
          providerId: albretId,
          infoPointId: infoPoint?.id,
          templateId: template.id,
          annexSnapshot: {},
          sentAt: new Date("2026-01-05T00:00:00Z"),
          signedAt,
          partnerSignedAt: signedAt,
          cafSignedAt: signedAt,
          activatedAt: signedAt,
          people: { create: [{ ...person, userId: plan.user.id, addedAt: signedAt }] },
          facilities:
            plan.type === "STRUCTURES"
              ? {
                  create: facilities.map((f) => ({
                    facilityId: f.id,
                    operatingInfo: true,
                    availabilities: f.isEaje,
                    addedAt: signedAt,
                  })),
                }
              : undefined,
          communes:
            plan.type === "INFO_POINT"
              ? { create: coveredCommunes.map((communeInsee) => ({ communeInsee, addedAt: signedAt })) }
              : undefined,
          events: { create: [{ fromStatus: "SIGNED", toStatus: "ACTIVE", reason: "Données de démonstration" }] },
        },
      });
    });
  }
  // Annex 1 snapshots, also repairing databases seeded before snapshots had their final shape.
  const demoConventions = await db.convention.findMany({ where: { number: { in: plans.map((p) => p.number) } } });
  for (const convention of demoConventions) {
    if ((convention.annexSnapshot as { annex?: unknown }).annex) continue;
    await db.$transaction(async (tx) =>
      tx.convention.update({
        where: { id: convention.id },
        data: { annexSnapshot: { annex: await buildCurrentAnnex(tx, convention.id) } },
      }),
    );
  }
}

// Published content for a few demo EAJE of the 47 and the 39, so the public pages and the Caf dashboard
// have something to show: availabilities (one set left 10 days old, to show the freshness flag) and
// validated operating information. Facilities that already have content are left alone.
async function seedPublishedContent() {
  const director = await db.user.findUniqueOrThrow({ where: { email: "directrice.albret@demo.monenfant.fr" } });
  const juraAgent = await db.user.findUniqueOrThrow({ where: { email: "agent.caf39@demo.monenfant.fr" } });
  const plans = [
    { externalId: "DEMO-47-R01", author: director, ageDays: 0 },
    { externalId: "DEMO-47-R02", author: director, ageDays: 0 },
    { externalId: "DEMO-39-R01", author: juraAgent, ageDays: 0 },
    { externalId: "DEMO-39-001", author: juraAgent, ageDays: 10 },
  ];
  const start = earliestStartDay();
  for (const plan of plans) {
    const facility = await db.facility.findFirst({ where: { externalId: plan.externalId, isEaje: true } });
    if (!facility || facility.currentAvailabilityPublicationId || facility.publishedOperatingInfoId) continue;
    const publishedAt = new Date(Date.now() - plan.ageDays * 86_400_000);
    const stamp = { publishedById: plan.author.id, publishedByPersonalNumber: plan.author.personalNumber };
    await db.$transaction(async (tx) => {
      const publication = await tx.availabilityPublication.create({
        data: {
          facilityId: facility.id,
          publishedAt,
          ...stamp,
          slots: {
            create: [
              {
                startDate: new Date(`${start}T00:00:00Z`),
                minAgeMonths: 10,
                maxAgeMonths: 36,
                careType: "REGULAR",
                weekdays: [1, 2, 4, 5],
                startTime: "08:00",
                endTime: "17:30",
                places: 2,
              },
              {
                startDate: new Date(`${addDays(start, 14)}T00:00:00Z`),
                endDate: new Date(`${addDays(start, 60)}T00:00:00Z`),
                minAgeMonths: 3,
                maxAgeMonths: 48,
                careType: "OCCASIONAL",
                weekdays: [3],
                startTime: "08:30",
                endTime: "12:00",
                places: 1,
              },
            ],
          },
        },
      });
      const content = {
        openingDays: [1, 2, 3, 4, 5],
        openingTime: "07:30",
        closingTime: "18:30",
        yearlyClosures: "Trois semaines en août et une semaine entre Noël et le jour de l'an.",
        minAgeMonths: 2,
        maxAgeMonths: 48,
        capacity: facility.capacity ?? 20,
        meals: "Repas et goûters préparés sur place ; laits infantiles fournis.",
        accessibility:
          "Locaux de plain-pied. Accueil des enfants en situation de handicap après un entretien avec la directrice.",
        pedagogicalProject:
          "Éveil par le jeu libre, la musique et la nature ; place des familles dans la vie de la structure.",
        pricing:
          "Barème national des participations familiales de la Cnaf, selon les revenus et la composition de la famille.",
        contactName: "La direction",
        contactEmail: null,
        contactPhone: facility.contactPhone,
        website: null,
        description: `${facility.name} accueille les jeunes enfants dans un cadre chaleureux et sécurisant.`,
      };
      const version = await tx.operatingInfoVersion.create({
        data: {
          facilityId: facility.id,
          status: "PUBLISHED",
          content,
          submittedAt: publishedAt,
          submittedById: plan.author.id,
          submittedByPersonalNumber: plan.author.personalNumber,
          reviewedAt: publishedAt,
          publishedAt,
        },
      });
      await tx.facility.update({
        where: { id: facility.id },
        data: {
          currentAvailabilityPublicationId: publication.id,
          availabilitiesUpdatedAt: publishedAt,
          hasAvailablePlaces: true,
          publishedOperatingInfoId: version.id,
        },
      });
    });
  }
}

async function main() {
  const started = Date.now();
  await loadReferenceData();
  await seedCafContacts();
  const providerIds = await seedProviders();
  await seedFacilities(providerIds);
  await seedAccounts();
  await seedActiveConventions(providerIds);
  await seedPublishedContent();
  const [cafs, communeCount, facilityCount] = await Promise.all([
    db.caf.count(),
    db.commune.count(),
    db.facility.count(),
  ]);
  console.log(
    `Données de démonstration prêtes : ${cafs} Caf, ${communeCount} communes, ${facilityCount} structures (${Date.now() - started} ms).`,
  );
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
