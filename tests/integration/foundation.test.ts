import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as health } from "@/app/api/health/route";
import { authenticate, PENDING_PASSWORD_VALIDITY_MS } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/demo-accounts";

const run = promisify(execFile);

describe("@foundation database and seed", () => {
  it("@foundation has no drift between the Prisma schema and the committed migrations", async () => {
    const result = await run(
      "node_modules/.bin/prisma",
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { env: process.env },
    ).then(
      () => 0,
      (error: unknown) => {
        const failure = error as { code?: number; stdout?: string };
        console.error(failure.stdout);
        return failure.code ?? 1;
      },
    );
    expect(result).toBe(0);
  });

  it("@foundation seeds all 101 départements with their Caf, the communes and a demo catalogue", async () => {
    expect(await db.departement.count()).toBe(101);
    expect(await db.caf.count()).toBe(101);
    expect(await db.commune.count()).toBeGreaterThan(34_000);
    const mezin = await db.commune.findFirstOrThrow({ where: { name: "Mézin" } });
    expect(mezin.postcodes).toContain("47170");

    const perDepartement = await db.facility.groupBy({ by: ["departementCode"], _count: true });
    expect(perDepartement.length).toBeGreaterThanOrEqual(5);
    expect(perDepartement.reduce((sum, g) => sum + g._count, 0)).toBeGreaterThanOrEqual(200);
    const kinds = await db.facility.groupBy({ by: ["kind"], _count: true });
    expect(kinds.length).toBe(10);

    for (const name of [
      "Les petits bouchons",
      "Comptine",
      "Au petit bonheur",
      "1, 2, 3 soleil",
      "RPE de Lavardac",
      "Multi-accueil Jura Nord",
      "RPE SaôneRelais",
    ]) {
      expect(await db.facility.count({ where: { name } })).toBe(1);
    }
    expect((await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } })).name).toBe("Caf de Lot-et-Garonne");
    expect((await db.caf.findUniqueOrThrow({ where: { departementCode: "39" } })).city).toBe("Saint-Claude");
  });

  it("@foundation seeds demo accounts with bcrypt hashes only, and an active convention for the director", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
      expect(user.passwordHash).not.toContain(DEMO_PASSWORD);
    }
    const director = await db.user.findUniqueOrThrow({ where: { email: "directrice.albret@demo.monenfant.fr" } });
    const facilities = await db.conventionFacility.findMany({
      where: {
        removedAt: null,
        convention: { status: "ACTIVE", people: { some: { userId: director.id, removedAt: null } } },
      },
    });
    expect(facilities.length).toBeGreaterThanOrEqual(2);
  });

  it("@foundation running the seed again changes nothing", async () => {
    const before = await Promise.all([
      db.caf.count(),
      db.commune.count(),
      db.facility.count(),
      db.user.count(),
      db.convention.count(),
    ]);
    await run("node_modules/.bin/tsx", ["--conditions=react-server", "prisma/seed.ts"], { env: process.env });
    const after = await Promise.all([
      db.caf.count(),
      db.commune.count(),
      db.facility.count(),
      db.user.count(),
      db.convention.count(),
    ]);
    expect(after).toEqual(before);
  });
});

describe("@foundation health and authentication", () => {
  it("@foundation reports the database as reachable", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("@foundation accepts the right password, refuses a wrong one, and logs both", async () => {
    const request = { ip: "203.0.113.7", userAgent: "vitest" };
    const email = "agent.caf47@demo.monenfant.fr";
    const ok = await authenticate({ email: " Agent.Caf47@demo.monenfant.fr ", password: DEMO_PASSWORD }, request);
    expect(ok).toMatchObject({ email, role: "CAF_AGENT" });
    expect(await authenticate({ email, password: "mauvais-mot-de-passe" }, request)).toBeNull();
    expect(await authenticate({ email: "personne@nulle-part.fr", password: DEMO_PASSWORD }, request)).toBeNull();
    expect(await authenticate({ email: "pas une adresse", password: "" }, request)).toBeNull();

    const events = await db.connectionLog.findMany({
      where: { identifier: email, ip: "203.0.113.7" },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => e.event)).toEqual(["LOGIN_SUCCESS", "LOGIN_FAILURE"]);
    expect(events[0]!.userAgent).toBe("vitest");
  });

  it("@foundation refuses a deactivated account even with the right password", async () => {
    const email = "agent.caf59@demo.monenfant.fr";
    await db.user.update({ where: { email }, data: { active: false } });
    try {
      expect(await authenticate({ email, password: DEMO_PASSWORD }, { ip: null, userAgent: null })).toBeNull();
    } finally {
      await db.user.update({ where: { email }, data: { active: true } });
    }
  });

  it("@accounts an unused reset password stops working after 7 days, the current one goes on", async () => {
    const email = "agent.caf01@demo.monenfant.fr";
    const pending = await hashPassword("Provisoire42");
    await db.user.update({
      where: { email },
      data: {
        pendingPasswordHash: pending,
        pendingPasswordAt: new Date(Date.now() - PENDING_PASSWORD_VALIDITY_MS - 60_000),
      },
    });
    try {
      expect(
        await authenticate({ email, password: "Provisoire42" }, { ip: "203.0.113.90", userAgent: null }),
      ).toBeNull();
      expect(
        await authenticate({ email, password: DEMO_PASSWORD }, { ip: "203.0.113.90", userAgent: null }),
      ).toMatchObject({ email });
    } finally {
      await db.user.update({ where: { email }, data: { pendingPasswordHash: null, pendingPasswordAt: null } });
    }
  });
});
