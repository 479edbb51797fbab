// Run by tests/e2e/avenant.spec.ts against the e2e database: an active Structures convention of the
// Caf 47 with two facilities and two people who sign in with the demo password, written directly (as
// the seed does: the PDF renderer does not load in this script runner). Prints what the browser test
// needs, as JSON.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { withSiretCheckDigit } from "@/lib/validation/siret";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";
import { buildCurrentAnnex } from "@/lib/conventions/build-current-annex";
import { facilitiesOf, people, providerDetails } from "./habilitation-fixtures";

async function main() {
  const tag = process.argv[2];
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
  const template = await db.conventionTemplate.findFirstOrThrow({
    where: { type: "STRUCTURES", publishedAt: { not: null } },
    orderBy: { version: "desc" },
  });
  const facilities = await facilitiesOf("47", 2);
  const team = people(2, tag!);
  const provider = providerDetails({ siret: withSiretCheckDigit(`7${Date.now()}`.slice(0, 13)) });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const signedAt = new Date("2026-01-15T00:00:00Z");
  const conventionId = await db.$transaction(async (tx) => {
    const saved = await tx.provider.create({ data: provider });
    const users = await Promise.all(
      team.map((person) =>
        tx.user.create({ data: { ...person, role: "PROVIDER_USER", passwordHash, mustChangePassword: false } }),
      ),
    );
    const request = await tx.habilitationRequest.create({
      data: {
        reference: `HAB-E2E-${tag}`,
        type: "STRUCTURES",
        status: "ACTIVE",
        cafId: caf.id,
        ...provider,
        providerId: saved.id,
      },
    });
    const convention = await tx.convention.create({
      data: {
        number: `CONV-47-E2E-${tag}`,
        type: "STRUCTURES",
        status: "ACTIVE",
        requestId: request.id,
        cafId: caf.id,
        providerId: saved.id,
        templateId: template.id,
        annexSnapshot: {},
        signedAt,
        partnerSignedAt: signedAt,
        cafSignedAt: signedAt,
        activatedAt: signedAt,
        people: { create: team.map((person, i) => ({ ...person, userId: users[i]!.id, addedAt: signedAt })) },
        facilities: {
          create: facilities.map((f) => ({ facilityId: f.id, operatingInfo: true, availabilities: false })),
        },
      },
    });
    await tx.convention.update({
      where: { id: convention.id },
      data: { annexSnapshot: { annex: await buildCurrentAnnex(tx, convention.id) } },
    });
    return convention.id;
  });
  console.log(
    JSON.stringify({ conventionId, emails: team.map((p) => p.email), facilities: facilities.map((f) => f.name) }),
  );
  await db.$disconnect();
}

void main();
