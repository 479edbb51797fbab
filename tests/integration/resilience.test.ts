// Fault tests (issue 9): what happens to the real use cases when a dependency fails. Outcomes only —
// performance is measured by `npm run bench`, never here.
import path from "node:path";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { createDatabasePool } from "@/lib/database-pool";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { drainOutbox, drainOutboxUntilIdle, retryDelayMs } from "@/lib/email/outbox";
import { startMailSink } from "@/lib/dev/mail-sink";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { publishAvailabilities } from "@/lib/availability/publish-availabilities";
import { earliestStartDay } from "@/lib/availability/availability-schema";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/ports";
import { migrateDeploy } from "../../scripts/lib/run";
import { sessionUserByEmail } from "../support/users";
import { activeConvention } from "../support/conventions";
import { facilitiesOf } from "../support/habilitation-fixtures";

const DATA_ROOT = path.resolve(".data", process.env.TEST_DATA_NAME ?? "integration");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

const slot = (places: number) => ({
  startDate: earliestStartDay(),
  endDate: null,
  minAgeMonths: 3,
  maxAgeMonths: 36,
  careType: "REGULAR" as const,
  weekdays: [1, 2, 3],
  startTime: "08:00",
  endTime: "18:00",
  places,
});

describe("@resilience fault tests", () => {
  it("@resilience SMTP down during an activation: no e-mail lost, every one sent once after recovery", async () => {
    const port = await freePort();
    const mailDir = path.join(DATA_ROOT, "smtp-outage");
    rmSync(mailDir, { recursive: true, force: true });
    const smtpUrl = `smtp://127.0.0.1:${port}`;

    // Nothing listens on the port: the SMTP server is down for the whole activation.
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const { team } = await activeConvention(agent, `panne${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: (await facilitiesOf("47", 2)).map((f) => f.id),
    });
    const recipients = team.map((person) => person.email.toLowerCase());
    const activated = await db.user.findMany({ where: { email: { in: recipients } } });
    expect(activated.map((user) => user.active)).toEqual(recipients.map(() => true));

    // The worker keeps ticking through the outage, each time after the back-off delay.
    let now = new Date();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await drainOutbox({ smtpUrl, now });
      expect(result.sent).toBe(0);
      now = new Date(now.getTime() + retryDelayMs(attempt) + 1000);
    }
    const waiting = await db.outboxEmail.findMany({ where: { to: { in: recipients } } });
    expect(waiting).toHaveLength(recipients.length);
    expect(waiting.every((email) => email.status === "PENDING" && email.attempts === 3 && email.lastError)).toBe(true);

    const sink = await startMailSink({ dir: mailDir, port });
    try {
      await drainOutboxUntilIdle({ smtpUrl, now });
    } finally {
      await sink.close();
    }
    const sent = await db.outboxEmail.findMany({ where: { to: { in: recipients } } });
    expect(sent.every((email) => email.status === "SENT" && email.sentAt && email.lastError === null)).toBe(true);
    for (const recipient of recipients) {
      const received = await listSinkMessages(mailDir, { to: recipient });
      expect(received, recipient).toHaveLength(1);
      expect(received[0]!.text).toMatch(/Mot de passe provisoire : \w{8}/);
    }
  });

  it("@resilience PostgreSQL restarted during traffic: the same client recovers, no half-written publication", async () => {
    const port = await freePort();
    const dataDir = path.join(DATA_ROOT, "restart-postgres");
    let server = await startEmbeddedPostgres({ dataDir, port, database: "restart", fresh: true });
    const pool = createDatabasePool({ connectionString: server.url, max: 8 });
    const client = new PrismaClient({ adapter: new PrismaPg(pool) });
    try {
      await migrateDeploy(server.url);
      await client.$executeRawUnsafe(
        `INSERT INTO "Departement" (code, name, "regionCode") VALUES ('47', 'Lot-et-Garonne', '75')`,
      );
      await client.$executeRawUnsafe(
        `INSERT INTO "Commune" ("inseeCode", name, "searchName", "departementCode", postcodes) VALUES ('47195', 'Nérac', 'nerac', '47', ARRAY['47600'])`,
      );
      const caf = await client.caf.create({
        data: {
          departementCode: "47",
          name: "Caf de Lot-et-Garonne",
          directorName: "Direction",
          street: "2 rue",
          postcode: "47000",
          city: "Agen",
          email: "caf47@exemple.fr",
        },
      });
      const author = await client.user.create({
        data: {
          email: "auteur@exemple.fr",
          firstName: "Ada",
          lastName: "Auteur",
          role: "PROVIDER_USER",
          passwordHash: "x",
        },
      });
      const facilities = await Promise.all(
        ["Comptine", "Les petits bouchons", "Au petit bonheur"].map((name) =>
          client.facility.create({
            data: {
              kind: "MULTI_ACCUEIL",
              isEaje: true,
              name,
              street: "rue",
              postcode: "47600",
              communeInsee: "47195",
              departementCode: "47",
              cafId: caf.id,
            },
          }),
        ),
      );

      // A publication as the use case writes it: facility row locked, header, its slots one by one (so a
      // restart can strike between them) and the facility's current pointer, in one transaction.
      const SLOTS_PER_PUBLICATION = 5;
      const publish = (facilityId: string) =>
        client.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT id FROM "Facility" WHERE id = ${facilityId} FOR UPDATE`;
          const publication = await tx.availabilityPublication.create({
            data: {
              facilityId,
              publishedById: author.id,
              publishedByPersonalNumber: author.personalNumber,
              publishedAt: new Date(),
            },
          });
          for (let index = 0; index < SLOTS_PER_PUBLICATION; index++) {
            const { startDate, ...rest } = slot(index + 1);
            await tx.availabilitySlot.create({
              data: { ...rest, publicationId: publication.id, startDate: new Date(`${startDate}T00:00:00Z`) },
            });
          }
          await tx.facility.update({
            where: { id: facilityId },
            data: { currentAvailabilityPublicationId: publication.id, hasAvailablePlaces: true },
          });
          return publication.id;
        });

      const acknowledged: string[] = [];
      const failures: unknown[] = [];
      let running = true;
      const writers = Array.from({ length: 6 }, async (_, writer) => {
        while (running) {
          try {
            acknowledged.push(await publish(facilities[writer % facilities.length]!.id));
          } catch (error) {
            failures.push(error);
            await sleep(100);
          }
        }
      });

      await waitUntil(() => acknowledged.length >= 30, "writes before the restart");
      await server.stop();
      const failuresBefore = failures.length;
      await waitUntil(() => failures.length > failuresBefore + 5, "writes failing while PostgreSQL is down");
      server = await startEmbeddedPostgres({ dataDir, port, database: "restart" });
      const acknowledgedBeforeRecovery = acknowledged.length;
      await waitUntil(() => acknowledged.length >= acknowledgedBeforeRecovery + 30, "writes after the restart");
      running = false;
      await Promise.all(writers);

      expect(failures.length).toBeGreaterThan(0);
      const stored = await client.availabilityPublication.findMany({
        select: { id: true, _count: { select: { slots: true } } },
      });
      // Every acknowledged write survived the restart, and nothing else was written.
      expect(new Set(stored.map((p) => p.id))).toEqual(new Set(acknowledged));
      // No publication lost part of its slots to the interrupted transactions.
      expect(stored.filter((p) => p._count.slots !== SLOTS_PER_PUBLICATION)).toEqual([]);
      const pointers = await client.facility.findMany({ select: { currentAvailabilityPublicationId: true } });
      expect(
        pointers.every(
          (f) => f.currentAvailabilityPublicationId && acknowledged.includes(f.currentAvailabilityPublicationId),
        ),
      ).toBe(true);
      // Once the traffic is over every connection must be back in the pool: one kept by a transaction
      // the restart interrupted is lost for good, and a few restarts would exhaust the pool.
      expect(pool.totalCount - pool.idleCount, "pool connections still held by interrupted transactions").toBe(0);
    } finally {
      await client.$disconnect();
      // pool.end() waits for every checked-out connection, forever if one leaked (asserted above).
      if (pool.totalCount === pool.idleCount) await pool.end();
      await server.stop();
    }
  });

  it("@resilience concurrent publications of one EAJE: none lost, the current set is the last one committed", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R02" } });
    const CONCURRENT = 12;
    // Alternate sets with places and "no place available", so a torn write would show in hasAvailablePlaces.
    const sets = Array.from({ length: CONCURRENT }, (_, index) =>
      index % 3 === 2
        ? { noPlaceAvailable: true, slots: [] }
        : { noPlaceAvailable: false, slots: Array.from({ length: index + 1 }, (_, s) => slot(s + 1)) },
    );
    const results = await Promise.all(sets.map((set) => publishAvailabilities(director, facility.id, set)));

    const history = await db.availabilityPublication.findMany({
      where: { id: { in: results.map((r) => r.publicationId) } },
      include: { _count: { select: { slots: true } } },
    });
    expect(history).toHaveLength(CONCURRENT);
    for (const [index, result] of results.entries()) {
      const stored = history.find((p) => p.id === result.publicationId)!;
      expect(stored._count.slots).toBe(sets[index]!.slots.length);
      expect(stored.noPlaceAvailable).toBe(sets[index]!.noPlaceAvailable);
    }

    const latest = Math.max(...results.map((r) => r.publishedAt.getTime()));
    const current = await db.facility.findUniqueOrThrow({
      where: { id: facility.id },
      include: { currentAvailabilityPublication: { include: { _count: { select: { slots: true } } } } },
    });
    expect(current.currentAvailabilityPublication?.publishedAt.getTime()).toBe(latest);
    expect(current.availabilitiesUpdatedAt?.getTime()).toBe(latest);
    expect(current.hasAvailablePlaces).toBe(current.currentAvailabilityPublication!._count.slots > 0);
    const [audited] = await db.$queryRaw<[{ count: bigint }]>`
      SELECT count(*) FROM "AuditEvent" WHERE action = 'availability.publish' AND data->>'publicationId' = ANY(${results.map((r) => r.publicationId)})`;
    expect(Number(audited.count)).toBe(CONCURRENT);
  });
});
