// A first deployment: `npm run db:setup` on an empty database, twice, then the product works with what it
// loaded and nothing else. This file points the application's modules at its own empty database: they read
// DATABASE_URL when first imported, so they are imported only after beforeAll has set it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import type { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { thrownError } from "../support/errors";

const run = promisify(execFile);
const ADMIN_EMAIL = `administration.nationale.${Date.now()}@cnaf.example`;
const APP_URL = "https://extranet.exemple.fr";
let databaseUrl = "";
let databaseName = "";

async function adminClient() {
  const client = new pg.Client({ connectionString: process.env.INTEGRATION_DATABASE_URL ?? process.env.DATABASE_URL });
  await client.connect();
  return client;
}

async function setup(): Promise<string> {
  const { stdout } = await run("npm", ["run", "--silent", "db:setup", "--", "--admin-email", ADMIN_EMAIL], {
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_URL },
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout;
}

/** A digest of everything but the invitation itself: what a second run must leave alone. */
async function fingerprint(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = ["Departement", "Commune", "Caf", "ConventionTemplate", "User", "Facility", "Provider"];
    const digest: Record<string, string> = {};
    for (const table of tables) {
      const result = await client.query<{ digest: string | null }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
      );
      digest[table] = result.rows[0]!.digest ?? "empty";
    }
    return digest;
  } finally {
    await client.end();
  }
}

const invitations = () => listSinkMessages(inject("mailDir"), { to: ADMIN_EMAIL });
const tokenOf = (text: string) => /\/invitation\/([\w-]+)/.exec(text)?.[1] ?? "";

describe("@operations first deployment", () => {
  const outputs: string[] = [];
  const digests: Record<string, string>[] = [];
  const invitationCounts: number[] = [];
  let startOnEmptyDatabase = "";

  beforeAll(async () => {
    databaseName = `setup_${Date.now()}`;
    process.env.INTEGRATION_DATABASE_URL = process.env.DATABASE_URL;
    const admin = await adminClient();
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
    process.env.DATABASE_URL = databaseUrl;
    process.env.APP_URL = APP_URL;

    startOnEmptyDatabase = await run("npm", ["start"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 120_000,
    }).then(
      () => "démarré",
      (error: unknown) => (error instanceof Error && "stderr" in error ? String(error.stderr) : String(error)),
    );
    for (let i = 0; i < 2; i++) {
      outputs.push(await setup());
      digests.push(await fingerprint());
      invitationCounts.push((await invitations()).length);
    }
  }, 600_000);

  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    process.env.DATABASE_URL = process.env.INTEGRATION_DATABASE_URL;
    const admin = await adminClient();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  });

  it("@operations npm start refuses an empty database and names the set-up command", () => {
    expect(startOnEmptyDatabase).toMatch(/Données de référence absentes \(départements, communes, Caf, modèles/);
    expect(startOnEmptyDatabase).toContain("npm run db:setup -- --admin-email");
  });

  it("@operations loads the reference data once, invites the administrator on each run, and changes nothing else", async () => {
    expect(outputs[0]).toMatch(/Départements créés : 101/);
    expect(outputs[0]).toMatch(/Communes créées : 3\d{4}/);
    expect(outputs[0]).toMatch(/Caf créées : 101/);
    expect(outputs[0]).toMatch(/Modèle de convention publié \(version 1\) : structures/);
    expect(outputs[0]).toContain(`Administrateur Cnaf créé sans mot de passe : ${ADMIN_EMAIL}`);
    expect(outputs[1]).toContain("Données de référence à jour : aucun changement.");
    expect(outputs[1]).toContain("nouvelle invitation");
    expect(invitationCounts).toEqual([1, 2]);
    expect(digests[1]).toEqual(digests[0]);

    const { db } = await import("@/lib/db");
    expect(await db.user.count()).toBe(1);
    expect(await db.user.count({ where: { email: { contains: "demo" } } })).toBe(0);
    expect(await db.facility.count()).toBe(0);
    expect(await db.conventionTemplate.findMany({ select: { type: true, version: true } })).toHaveLength(2);
    const stored = await db.accountInvitation.findMany({ orderBy: { createdAt: "asc" } });
    expect(stored).toHaveLength(2);
    expect(stored[0]!.closedAt).not.toBeNull();
    expect(stored[1]!.closedAt).toBeNull();
    // Only a hash of the token is stored, and the sent message is scrubbed once delivered.
    const [first, second] = (await invitations()).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    expect(stored.map((i) => i.tokenHash)).not.toContain(tokenOf(second!.text));
    expect(
      (await db.outboxEmail.findMany({ where: { to: ADMIN_EMAIL } })).every((m) => !m.text.includes("/invitation/")),
    ).toBe(true);
    expect(tokenOf(first!.text)).not.toBe(tokenOf(second!.text));
  });

  it("@operations the administrator sets a password through the latest link only, once, then signs in", async () => {
    const { acceptInvitation, INVALID_INVITATION_MESSAGE } = await import("@/lib/auth/accept-invitation");
    const { fieldErrorsOf } = await import("@/lib/forms/form-state");
    const { authenticate } = await import("@/lib/auth/authenticate");
    const [first, second] = (await invitations()).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    const password = "Cnaf-Premier-2026";
    const request = { ip: "198.51.100.7", userAgent: "vitest" };

    expect(await authenticate({ email: ADMIN_EMAIL, password }, request)).toBeNull();
    await expect(
      acceptInvitation(tokenOf(first!.text), { newPassword: password, confirmation: password }),
    ).rejects.toMatchObject({ message: INVALID_INVITATION_MESSAGE });
    const weak = await acceptInvitation(tokenOf(second!.text), { newPassword: "court", confirmation: "court" }).catch(
      (error: unknown) => fieldErrorsOf(error as ZodError),
    );
    expect(weak).toMatchObject({ newPassword: expect.any(String) });
    expect(await acceptInvitation(tokenOf(second!.text), { newPassword: password, confirmation: password })).toEqual({
      email: ADMIN_EMAIL,
    });
    await expect(
      acceptInvitation(tokenOf(second!.text), { newPassword: password, confirmation: password }),
    ).rejects.toMatchObject({ message: INVALID_INVITATION_MESSAGE });
    // The password is accepted; a Cnaf administrator then enrols a second factor (issue 25) before any session.
    const { parseSecondFactorStep } = await import("@/lib/auth/second-factor/sign-in-steps");
    const { beginEnrolmentAtSignIn, confirmEnrolmentAtSignIn } =
      await import("@/lib/auth/second-factor/enrol-at-sign-in");
    const { completeSignInChallenge } = await import("@/lib/auth/second-factor/complete-sign-in-challenge");
    const { currentStep, totpCode } = await import("../support/second-factor");
    const refusal = await authenticate({ email: ADMIN_EMAIL, password }, request).then(
      () => new Error("une session sans second facteur"),
      thrownError,
    );
    const step = parseSecondFactorStep(refusal.message);
    expect(step?.kind, refusal.message).toBe("enrolment");
    const started = await beginEnrolmentAtSignIn(step!.challenge);
    if (!started.ok) throw new Error(started.message);
    const secret = started.enrolment.manualKey.replace(/\s/g, "");
    const confirmed = await confirmEnrolmentAtSignIn(
      { challenge: step!.challenge, code: totpCode(secret, currentStep()) },
      request,
    );
    if (!confirmed.ok) throw new Error(confirmed.message);
    expect(await completeSignInChallenge({ challenge: step!.challenge }, request)).toMatchObject({
      email: ADMIN_EMAIL,
      role: "CNAF_ADMIN",
    });

    // Once the password is chosen, a further run sends nothing and changes nothing; nor does a dry run.
    const before = await fingerprint();
    expect(await setup()).toContain("a déjà choisi son mot de passe");
    const { stdout: dryRun } = await run("npm", ["run", "--silent", "db:setup", "--", "--dry-run"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    expect(dryRun).toContain(
      "Simulation (--dry-run) : rien n'est écrit.\nDonnées de référence à jour : aucun changement.",
    );
    expect(await invitations()).toHaveLength(2);
    expect(await fingerprint()).toEqual(before);
  });

  it("@operations the request form lists the 101 Cafs and a convention can be generated", async () => {
    const { db } = await import("@/lib/db");
    const { listCafOptions } = await import("@/lib/habilitation/list-caf-options");
    const { submitHabilitationRequest } = await import("@/lib/habilitation/submit-habilitation-request");
    const { startReview } = await import("@/lib/habilitation/start-review");
    const { generateConvention } = await import("@/lib/habilitation/generate-convention");
    const { getConventionPdf } = await import("@/lib/conventions/get-convention-pdf");
    const { withSiretCheckDigit } = await import("@/lib/validation/siret");

    const cafs = await listCafOptions();
    expect(cafs).toHaveLength(101);
    expect(cafs.find((caf) => caf.departementCode === "47")?.name).toBe("Caf de Lot-et-Garonne");
    expect(cafs.find((caf) => caf.departementCode === "59")?.name).toBe("Caf du Nord");

    const submitted = await submitHabilitationRequest(
      {
        type: "INFO_POINT",
        provider: {
          legalName: "Commune de Nérac",
          siret: withSiretCheckDigit("2147019500001"),
          street: "Place du Général de Gaulle",
          postcode: "47600",
          city: "Nérac",
          legalRepresentativeName: "Irène Castagnet",
          legalRepresentativeTitle: "Maire",
          email: "mairie@nerac.example",
          phone: "05 53 97 40 50",
        },
        departementCode: "47",
        people: [{ firstName: "Léon", lastName: "Barbaste", email: "rpe@nerac.example", jobTitle: "Animateur" }],
        infoPointName: "Relais petite enfance de Nérac",
        communes: ["47195"],
      },
      { ip: "198.51.100.8", userAgent: "vitest" },
    );
    const admin = await db.user.findUniqueOrThrow({
      where: { email: ADMIN_EMAIL },
      select: {
        id: true,
        personalNumber: true,
        email: true,
        firstName: true,
        lastName: true,
        role: true,
        cafId: true,
        mustChangePassword: true,
      },
    });
    await startReview(admin, submitted.id);
    const convention = await generateConvention(admin, submitted.id);
    const { pdf } = await getConventionPdf(admin, convention.id);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
