// Run by tests/e2e/accounts-support.ts against the e2e database (tests/e2e/accounts*.spec.ts):
// - `provider-b`: adds the persona the demo seed lacks — a second provider, habilitated by the Caf du
//   Jura under its own convention. Idempotent.
// - `info-point-b`: another information point of the Caf de Lot-et-Garonne, the demo one's neighbour,
//   habilitated under its own convention on other communes. Idempotent.
// - `new-account <email> <PROVIDER_USER|CAF_AGENT> [password]`: a fresh account (Caf 47 for an agent);
//   without a password, a generated one is e-mailed through the outbox, as on activation.
// - `staff-second-factor <email> <base32 secret>`: enrols that TOTP secret for a staff account. Idempotent.
import { createElement } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/email/outbox";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { GeneratedPasswordEmail } from "@/emails/generated-password-email";
import type { Role } from "@/lib/generated/prisma/enums";
import { INFO_POINT_B_EMAIL, PROVIDER_B_EMAIL } from "./access-fixture-names";
import { withSiretCheckDigit } from "@/lib/validation/siret";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { openSecret } from "@/lib/auth/second-factor/secret-box";
import { saveTotpFactor } from "@/lib/auth/second-factor/save-totp-factor";

const REFERENCE = "HAB-MATRICE-B";
const INFO_POINT_B_REFERENCE = "HAB-MATRICE-LIEU-B";

async function createAccount(email: string, role: Role, givenPassword?: string) {
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
  const password = givenPassword ?? generatePassword();
  await db.$transaction(async (tx) => {
    await tx.user.create({
      data: {
        email,
        firstName: "Anatole",
        lastName: "Nouveau",
        role,
        cafId: role === "CAF_AGENT" ? caf.id : null,
        passwordHash: await hashPassword(password),
        mustChangePassword: !givenPassword,
      },
    });
    if (givenPassword) return;
    const body = createElement(GeneratedPasswordEmail, {
      firstName: "Anatole",
      email,
      password,
      loginUrl: `${env.APP_URL}/connexion`,
      reason: "activation",
    });
    await enqueueEmail(
      {
        template: "generated-password",
        to: email,
        subject: "Votre compte monenfant.fr est ouvert",
        body,
        sensitive: true,
      },
      tx,
    );
  });
}

/** Gives a staff account the TOTP secret the e2e helpers compute codes from (kept if already there). */
async function enrolKnownSecondFactor(email: string, secret: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { totpFactor: true } });
  if (user.totpFactor && openSecret(user.totpFactor.secretCiphertext) === secret) return;
  const lastUsedStep = user.totpFactor?.lastUsedStep ?? Math.floor(Date.now() / 30_000) - 5;
  await db.$transaction((tx) => saveTotpFactor(tx, user.id, secret, lastUsedStep));
}

async function createProviderB() {
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "39" } });
  const facility = await db.facility.findFirstOrThrow({ where: { name: "Multi-accueil Jura Nord" } });
  const template = await db.conventionTemplate.findFirstOrThrow({
    where: { type: "STRUCTURES" },
    orderBy: { version: "desc" },
  });
  const person = { firstName: "Basile", lastName: "Jurassien", email: PROVIDER_B_EMAIL, jobTitle: "Directeur" };
  const user = await db.user.upsert({
    where: { email: PROVIDER_B_EMAIL },
    update: {},
    create: {
      ...person,
      role: "PROVIDER_USER",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      mustChangePassword: false,
    },
  });
  const provider = {
    legalName: "Association Jura Petite Enfance (test)",
    siret: withSiretCheckDigit("9991000000001"),
    street: "6 rue du Doubs",
    postcode: "39700",
    city: "Fraisans",
    legalRepresentativeName: "Aurèle Comtois",
    legalRepresentativeTitle: "Président",
    email: "contact@test.monenfant.fr",
    phone: "0384000000",
  };
  const saved = await db.provider.upsert({ where: { siret: provider.siret }, update: {}, create: provider });
  if (!(await db.habilitationRequest.findUnique({ where: { reference: REFERENCE } }))) {
    const signedAt = new Date("2026-02-01T00:00:00Z");
    await db.$transaction(async (tx) => {
      const request = await tx.habilitationRequest.create({
        data: {
          reference: REFERENCE,
          type: "STRUCTURES",
          status: "ACTIVE",
          cafId: caf.id,
          ...provider,
          providerId: saved.id,
          people: { create: [{ position: 0, ...person }] },
          facilities: { create: [{ facilityId: facility.id, operatingInfo: true, availabilities: true }] },
        },
      });
      await tx.convention.create({
        data: {
          number: "CONV-39-MATRICE-B",
          type: "STRUCTURES",
          status: "ACTIVE",
          requestId: request.id,
          cafId: caf.id,
          providerId: saved.id,
          templateId: template.id,
          annexSnapshot: { people: [person], facilities: [{ id: facility.id, name: facility.name }] },
          signedAt,
          activatedAt: signedAt,
          people: { create: [{ ...person, userId: user.id, addedAt: signedAt }] },
          facilities: {
            create: [{ facilityId: facility.id, operatingInfo: true, availabilities: true, addedAt: signedAt }],
          },
        },
      });
    });
  }
}

async function createInfoPointB() {
  if (await db.habilitationRequest.findUnique({ where: { reference: INFO_POINT_B_REFERENCE } })) return;
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
  const template = await db.conventionTemplate.findFirstOrThrow({
    where: { type: "INFO_POINT" },
    orderBy: { version: "desc" },
  });
  const communes = (
    await db.commune.findMany({ where: { departementCode: "47", name: { in: ["Damazan", "Aiguillon"] } } })
  ).map((commune) => commune.inseeCode);
  const person = { firstName: "Ombeline", lastName: "Voisine", email: INFO_POINT_B_EMAIL, jobTitle: "Animatrice" };
  const provider = {
    legalName: "Communauté de communes des Confluents (test)",
    siret: withSiretCheckDigit("9991000000002"),
    street: "1 place de la Mairie",
    postcode: "47160",
    city: "Damazan",
    legalRepresentativeName: "Aubin Garonne",
    legalRepresentativeTitle: "Président",
    email: "confluents@test.monenfant.fr",
    phone: "0553000000",
  };
  const signedAt = new Date("2026-02-01T00:00:00Z");
  const user = await db.user.upsert({
    where: { email: INFO_POINT_B_EMAIL },
    update: {},
    create: {
      ...person,
      role: "INFO_POINT_USER",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      mustChangePassword: false,
    },
  });
  const saved = await db.provider.upsert({ where: { siret: provider.siret }, update: {}, create: provider });
  await db.$transaction(async (tx) => {
    const infoPoint = await tx.infoPoint.create({
      data: { providerId: saved.id, cafId: caf.id, name: "Relais petite enfance des Confluents (test)" },
    });
    const request = await tx.habilitationRequest.create({
      data: {
        reference: INFO_POINT_B_REFERENCE,
        type: "INFO_POINT",
        status: "ACTIVE",
        cafId: caf.id,
        ...provider,
        providerId: saved.id,
        infoPointId: infoPoint.id,
        infoPointName: infoPoint.name,
        people: { create: [{ position: 0, ...person }] },
        communes: { create: communes.map((communeInsee) => ({ communeInsee })) },
      },
    });
    await tx.convention.create({
      data: {
        number: "CONV-47-MATRICE-LIEU-B",
        type: "INFO_POINT",
        status: "ACTIVE",
        requestId: request.id,
        cafId: caf.id,
        providerId: saved.id,
        infoPointId: infoPoint.id,
        templateId: template.id,
        annexSnapshot: {},
        signedAt,
        activatedAt: signedAt,
        people: { create: [{ ...person, userId: user.id, addedAt: signedAt }] },
        communes: { create: communes.map((communeInsee) => ({ communeInsee, addedAt: signedAt })) },
      },
    });
  });
}

async function main() {
  const [command, email, role, password] = process.argv.slice(2);
  if (command === "provider-b") await createProviderB();
  else if (command === "info-point-b") await createInfoPointB();
  else if (command === "new-account") await createAccount(email!, role as Role, password);
  else if (command === "staff-second-factor") await enrolKnownSecondFactor(email!, role!);
  else throw new Error(`Commande inconnue : ${command}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
