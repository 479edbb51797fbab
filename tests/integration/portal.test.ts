import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { publishAvailabilities } from "@/lib/availability/publish-availabilities";
import { sendAvailabilityReminders } from "@/lib/availability/send-availability-reminders";
import { submitOperatingInfo } from "@/lib/operating-info/submit-operating-info";
import { approveOperatingInfo } from "@/lib/operating-info/approve-operating-info";
import { rejectOperatingInfo } from "@/lib/operating-info/reject-operating-info";
import { getOperatingInfoReview } from "@/lib/operating-info/get-operating-info-review";
import { getOperatingInfoEditor } from "@/lib/operating-info/get-operating-info-editor";
import { withdrawPublishedContent } from "@/lib/moderation/withdraw-published-content";
import { uploadFacilityPhoto } from "@/lib/facility-photo/upload-facility-photo";
import { getPublicFacility } from "@/lib/public/get-public-facility";
import { listMyFacilities } from "@/lib/portal/list-my-facilities";
import { earliestStartDay } from "@/lib/availability/availability-schema";
import { partnerFacilitySql, partnerFacilityWhere } from "@/lib/portal/facility-permissions";
import { addDays } from "@/lib/validation/paris-day";
import { sessionUserByEmail } from "../support/users";
import { activeConvention } from "../support/conventions";
import { drainAll } from "../support/outbox";
import { waitForMail } from "../support/mail";

const DAY = 86_400_000;
const slot = (overrides: Record<string, unknown> = {}) => ({
  startDate: earliestStartDay(),
  endDate: null,
  minAgeMonths: 10,
  maxAgeMonths: 36,
  careType: "REGULAR",
  weekdays: [1, 2, 4],
  startTime: "08:00",
  endTime: "18:00",
  places: 2,
  ...overrides,
});
const operatingInfo = (overrides: Record<string, unknown> = {}) => ({
  openingDays: [1, 2, 3, 4, 5],
  openingTime: "07:30",
  closingTime: "18:30",
  yearlyClosures: "Trois semaines en août",
  minAgeMonths: 3,
  maxAgeMonths: 48,
  capacity: 24,
  meals: "Repas fournis",
  accessibility: "Locaux de plain-pied",
  pedagogicalProject: "Éveil par le jeu",
  pricing: "Barème national",
  contactName: "Mme Lafitte",
  contactEmail: "accueil@creche-exemple.fr",
  contactPhone: "05 53 00 00 00",
  website: "https://www.creche-exemple.fr",
  description: "Une crèche au cœur du village.",
  ...overrides,
});

type Personas = Awaited<ReturnType<typeof createPersonas>>;
let shared: Personas;

/**
 * Two open EAJE of the Caf 47: A with a director and a colleague (both scopes), B with its own director
 * (operating information only), and an availabilities-only person on A — each under a convention
 * activated through the real habilitation use cases.
 */
async function createPersonas(tag: string) {
  const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
  const [a, b] = await db.facility.findMany({
    where: { departementCode: "47", isEaje: true, status: "OPEN", externalId: { startsWith: "DEMO-47-0" } },
    orderBy: { externalId: "asc" },
    take: 2,
  });
  // The public form limits submissions per IP address; these set-up submissions all come from the test's.
  await db.rateLimitCounter.deleteMany({ where: { key: { startsWith: "habilitation-request:ip:" } } });
  const first = await activeConvention(agent, `${tag}a`, {
    type: "STRUCTURES",
    facilityIds: [a!.id],
    scope: { operatingInfo: true, availabilities: true },
  });
  const second = await activeConvention(agent, `${tag}b`, { type: "STRUCTURES", facilityIds: [b!.id] });
  const third = await activeConvention(agent, `${tag}c`, {
    type: "STRUCTURES",
    facilityIds: [a!.id],
    scope: { operatingInfo: false, availabilities: true },
  });
  return {
    agent,
    facilityA: a,
    facilityB: b,
    directorA: await sessionUserByEmail(first.team[0]!.email),
    colleagueA: await sessionUserByEmail(first.team[1]!.email),
    directorB: await sessionUserByEmail(second.team[0]!.email),
    availabilitiesOnly: await sessionUserByEmail(third.team[0]!.email),
  };
}

beforeAll(async () => {
  shared = await createPersonas(`po${Date.now()}`);
});

describe("@portal availabilities", () => {
  it("@portal refuses invalid rows with French messages per field and publishes nothing", async () => {
    const { directorA, facilityA } = shared;
    const before = await db.availabilityPublication.count({ where: { facilityId: facilityA!.id } });
    const tooSoon = addDays(earliestStartDay(), -1);
    const error = (await publishAvailabilities(directorA, facilityA!.id, {
      slots: [
        slot({ startDate: tooSoon }),
        slot({
          endDate: addDays(earliestStartDay(), -2),
          minAgeMonths: 40,
          startTime: "18:00",
          endTime: "08:00",
          places: 0,
          weekdays: [],
        }),
      ],
    }).catch((e: unknown) => e)) as { issues: { path: PropertyKey[]; message: string }[] };
    const messages = Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages["slots.0.startDate"]).toMatch(/^Date de début : le .* au plus tôt \(3 jours à l'avance\)\.$/);
    expect(messages["slots.1.endDate"]).toBe("Date de fin : elle ne peut pas précéder la date de début.");
    expect(messages["slots.1.maxAgeMonths"]).toBe("Âge maximum : il doit être supérieur ou égal à l'âge minimum.");
    expect(messages["slots.1.places"]).toBe("Nombre de places : 1 au minimum.");
    expect(messages["slots.1.weekdays"]).toBe("Jours : cochez au moins un jour.");
    await expect(
      publishAvailabilities(directorA, facilityA!.id, { noPlaceAvailable: true, slots: [slot()] }),
    ).rejects.toThrow(/retirez les lignes/);
    await expect(publishAvailabilities(directorA, facilityA!.id, { slots: [] })).rejects.toThrow(
      /Ajoutez au moins une disponibilité/,
    );
    expect(await db.availabilityPublication.count({ where: { facilityId: facilityA!.id } })).toBe(before);
  });

  it("@portal a publication replaces the whole set at once, is public at once, stamped and kept in the history", async () => {
    const { directorA, colleagueA, facilityA } = shared;
    const first = await publishAvailabilities(directorA, facilityA!.id, {
      slots: [slot(), slot({ careType: "EMERGENCY", places: 1 })],
    });
    let page = await getPublicFacility(facilityA!.id);
    expect(page?.availabilities?.slots).toHaveLength(2);
    expect(page?.availabilitiesUpdatedAt?.getTime()).toBe(first.publishedAt.getTime());

    const second = await publishAvailabilities(colleagueA, facilityA!.id, { noPlaceAvailable: true });
    page = await getPublicFacility(facilityA!.id);
    expect(page?.availabilities).toEqual({ noPlaceAvailable: true, slots: [] });
    const facility = await db.facility.findUniqueOrThrow({ where: { id: facilityA!.id } });
    expect(facility).toMatchObject({
      currentAvailabilityPublicationId: second.publicationId,
      hasAvailablePlaces: false,
    });
    const history = await db.availabilityPublication.findMany({
      where: { id: { in: [first.publicationId, second.publicationId] } },
      include: { _count: { select: { slots: true } } },
      orderBy: { publishedAt: "asc" },
    });
    expect(history.map((p) => [p.publishedByPersonalNumber, p._count.slots])).toEqual([
      [directorA.personalNumber, 2],
      [colleagueA.personalNumber, 0],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: facilityA!.id, action: "availability.publish", actorId: colleagueA.id },
    });
    expect(audit.actorPersonalNumber).toBe(colleagueA.personalNumber);
    const mine = await listMyFacilities(directorA);
    expect(mine.facilities).toEqual([
      expect.objectContaining({ id: facilityA!.id, availabilities: true, operatingInfo: true }),
    ]);
  });

  it("@portal two concurrent publications for the same EAJE leave one complete set, never a mix", async () => {
    const { directorA, colleagueA, facilityA } = shared;
    const setOf = (places: number) => ({
      slots: Array.from({ length: 25 }, (_, i) => slot({ places, minAgeMonths: i, maxAgeMonths: 40 })),
    });
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([
        publishAvailabilities(directorA, facilityA!.id, setOf(3)),
        publishAvailabilities(colleagueA, facilityA!.id, setOf(7)),
      ]);
      const facility = await db.facility.findUniqueOrThrow({
        where: { id: facilityA!.id },
        include: { currentAvailabilityPublication: { include: { slots: true } } },
      });
      const current = facility.currentAvailabilityPublication!;
      expect(current.slots).toHaveLength(25);
      expect(new Set(current.slots.map((s) => s.places)).size).toBe(1);
      // The pointer and the freshness date come from the same (last) publication.
      const last = results.sort((x, y) => y.publishedAt.getTime() - x.publishedAt.getTime())[0];
      expect(current.id).toBe(last.publicationId);
      expect(facility.availabilitiesUpdatedAt?.getTime()).toBe(current.publishedAt.getTime());
      for (const result of results)
        expect(await db.availabilitySlot.count({ where: { publicationId: result.publicationId } })).toBe(25);
    }
  });
});

describe("@portal scope", () => {
  it("@portal availabilities-only scope cannot edit operating information; director A cannot touch facility B; agents of another Caf cannot validate or withdraw", async () => {
    const { agent, availabilitiesOnly, directorA, directorB, facilityA, facilityB } = shared;
    await expect(submitOperatingInfo(availabilitiesOnly, facilityA!.id, operatingInfo())).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      uploadFacilityPhoto(availabilitiesOnly, facilityA!.id, {
        file: new File([Buffer.from([0xff, 0xd8, 0xff, 0xe0])], "p.jpg"),
        altText: "La salle de jeux",
      }),
    ).rejects.toMatchObject({ status: 404 });
    await publishAvailabilities(availabilitiesOnly, facilityA!.id, { slots: [slot()] });
    await expect(publishAvailabilities(directorA, facilityB!.id, { slots: [slot()] })).rejects.toMatchObject({
      status: 404,
    });
    await expect(submitOperatingInfo(directorA, facilityB!.id, operatingInfo())).rejects.toMatchObject({ status: 404 });

    const { versionId } = await submitOperatingInfo(directorB, facilityB!.id, operatingInfo());
    const jura = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(approveOperatingInfo(jura, versionId)).rejects.toMatchObject({ status: 404 });
    await expect(rejectOperatingInfo(jura, versionId, { reason: "Hors de mon département" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      withdrawPublishedContent(jura, facilityA!.id, { content: "availabilities", reason: "Hors de mon département" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(approveOperatingInfo(directorB, versionId)).rejects.toMatchObject({ status: 403 });
    expect((await db.operatingInfoVersion.findUniqueOrThrow({ where: { id: versionId } })).status).toBe("PENDING");
    await approveOperatingInfo(agent, versionId);

    // A closed facility is out of everyone's scope.
    await db.facility.update({ where: { id: facilityA!.id }, data: { status: "CLOSED" } });
    try {
      await expect(publishAvailabilities(availabilitiesOnly, facilityA!.id, { slots: [slot()] })).rejects.toMatchObject(
        {
          status: 404,
        },
      );
    } finally {
      await db.facility.update({ where: { id: facilityA!.id }, data: { status: "OPEN" } });
    }
  });
});

describe("@portal operating information", () => {
  it("@portal a submission changes nothing publicly until the Caf approves; a new one replaces the pending one; a rejection e-mails the reason", async () => {
    const { agent, directorA, facilityA } = shared;
    const before = (await getPublicFacility(facilityA!.id))?.operatingInfo;
    const first = await submitOperatingInfo(directorA, facilityA!.id, operatingInfo({ capacity: 20 }));
    expect((await getPublicFacility(facilityA!.id))?.operatingInfo).toEqual(before);
    await approveOperatingInfo(agent, first.versionId);
    expect((await getPublicFacility(facilityA!.id))?.operatingInfo?.content.capacity).toBe(20);

    const draft = await submitOperatingInfo(directorA, facilityA!.id, operatingInfo({ capacity: 22 }));
    const replacing = await submitOperatingInfo(directorA, facilityA!.id, operatingInfo({ capacity: 24, pricing: "" }));
    expect(replacing.replacedPending).toBe(true);
    expect((await db.operatingInfoVersion.findUniqueOrThrow({ where: { id: draft.versionId } })).status).toBe(
      "REPLACED",
    );
    await expect(approveOperatingInfo(agent, draft.versionId)).rejects.toMatchObject({ status: 409 });
    expect((await getPublicFacility(facilityA!.id))?.operatingInfo?.content.capacity).toBe(20);

    const review = await getOperatingInfoReview(agent, replacing.versionId);
    expect(review.diff.filter((row) => row.changed).map((row) => [row.label, row.before, row.after])).toEqual([
      ["Capacité d'accueil (places)", "20", "24"],
      ["Tarifs", "Barème national", null],
    ]);

    await expect(rejectOperatingInfo(agent, replacing.versionId, { reason: "court" })).rejects.toThrow(
      /10 caractères au minimum/,
    );
    const reason = `Les tarifs doivent rester indiqués (${Date.now()}).`;
    await rejectOperatingInfo(agent, replacing.versionId, { reason });
    expect((await getPublicFacility(facilityA!.id))?.operatingInfo?.content.capacity).toBe(20);
    await drainAll();
    const mail = await waitForMail(inject("mailDir"), (m) => m.to.includes(directorA.email) && m.text.includes(reason));
    expect(mail.subject).toContain("refusées");
    expect(
      await db.auditEvent.count({
        where: {
          entityId: facilityA!.id,
          action: "operating-info.reject",
          reason,
          actorPersonalNumber: agent.personalNumber,
        },
      }),
    ).toBe(1);
    expect((await getOperatingInfoEditor(directorA, facilityA!.id)).rejected?.reason).toBe(reason);

    // Corrected and approved: the partner no longer reads the old refusal.
    const corrected = await submitOperatingInfo(directorA, facilityA!.id, operatingInfo({ capacity: 24 }));
    await approveOperatingInfo(agent, corrected.versionId);
    expect(await getOperatingInfoEditor(directorA, facilityA!.id)).toMatchObject({ rejected: null, pending: null });
  });
});

describe("@portal moderation and photo", () => {
  it("@portal the Caf withdraws published content with a reason: off the public page at once, provider told, audited", async () => {
    const { agent, directorA, facilityA } = shared;
    await publishAvailabilities(directorA, facilityA!.id, { slots: [slot()] });
    const { versionId } = await submitOperatingInfo(directorA, facilityA!.id, operatingInfo());
    await approveOperatingInfo(agent, versionId);
    const reason = `Publicité déguisée pour un commerce (${Date.now()}).`;
    await withdrawPublishedContent(agent, facilityA!.id, { content: "operatingInfo", reason });
    await withdrawPublishedContent(agent, facilityA!.id, { content: "availabilities", reason });
    await expect(
      withdrawPublishedContent(agent, facilityA!.id, { content: "availabilities", reason }),
    ).rejects.toMatchObject({ status: 409 });
    const page = await getPublicFacility(facilityA!.id);
    expect(page).toMatchObject({ operatingInfo: null, availabilities: null });
    expect(await db.operatingInfoVersion.findUniqueOrThrow({ where: { id: versionId } })).toMatchObject({
      status: "WITHDRAWN",
      withdrawalReason: reason,
      withdrawnById: agent.id,
    });
    expect(
      await db.auditEvent.count({
        where: { entityId: facilityA!.id, action: { startsWith: "moderation.withdraw" }, reason },
      }),
    ).toBe(2);
    await drainAll();
    await waitForMail(
      inject("mailDir"),
      (m) => m.to.includes(directorA.email) && m.text.includes(reason) && m.text.includes("disponibilités"),
    );
  });

  it("@portal a photo is checked by its bytes and size, then stored to wait for the Caf", async () => {
    const { directorA, facilityA } = shared;
    await expect(
      uploadFacilityPhoto(directorA, facilityA!.id, {
        file: new File(["<svg onload=alert(1)>"], "photo.png", { type: "image/png" }),
        altText: "La salle de jeux",
      }),
    ).rejects.toThrow(/JPEG, PNG ou WebP/);
    await expect(
      uploadFacilityPhoto(directorA, facilityA!.id, {
        file: new File([new Uint8Array(2 * 1024 * 1024 + 1)], "big.jpg"),
        altText: "La salle de jeux",
      }),
    ).rejects.toThrow(/2 Mo/);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
    const stored = await uploadFacilityPhoto(directorA, facilityA!.id, {
      file: new File([png], "x.jpg", { type: "image/jpeg" }),
      altText: "La salle de jeux",
    });
    expect(stored).toMatchObject({ mimeType: "image/png", size: png.length });
    // Stored to wait for the Caf's validation (tests/integration/facility-photo-validation.test.ts).
    expect((await db.facilityPhoto.findUniqueOrThrow({ where: { id: stored.photoId } })).status).toBe("PENDING");
  });
});

describe("@portal freshness reminders", () => {
  it("@portal stale EAJE get one reminder a week, even with several workers at once", async () => {
    const { directorA, colleagueA, facilityA } = shared;
    await publishAvailabilities(directorA, facilityA!.id, { slots: [slot()] });
    const now = new Date();
    expect((await sendAvailabilityReminders(now)).emails >= 0).toBe(true);
    expect(await db.outboxEmail.count({ where: { template: "availability-reminder", to: directorA.email } })).toBe(0);

    await db.facility.update({
      where: { id: facilityA!.id },
      data: { availabilitiesUpdatedAt: new Date(now.getTime() - 8 * DAY), lastAvailabilityReminderAt: null },
    });
    await Promise.all([sendAvailabilityReminders(now), sendAvailabilityReminders(now), sendAvailabilityReminders(now)]);
    const count = () =>
      db.outboxEmail.count({
        where: { template: "availability-reminder", to: { in: [directorA.email, colleagueA.email] } },
      });
    expect(await count()).toBe(2);
    await sendAvailabilityReminders(new Date(now.getTime() + 6 * DAY));
    expect(await count()).toBe(2);
    await sendAvailabilityReminders(new Date(now.getTime() + 7 * DAY + 60_000));
    expect(await count()).toBe(4);
    await drainAll();
    const mail = await waitForMail(
      inject("mailDir"),
      (m) => m.to.includes(directorA.email) && m.subject.includes("Rappel"),
    );
    expect(mail.text).toContain(`/espace-pro/structures/${facilityA!.id}/disponibilites`);
  });
});

describe("@portal scope rules", () => {
  it("@portal the SQL form of the partner scope grants exactly what the Prisma form grants", async () => {
    // Every person named on a convention, every facility of an annex (removed ones included), with and without a provider.
    const people = await db.conventionPerson.findMany({
      where: { userId: { not: null } },
      select: { userId: true, convention: { select: { providerId: true } } },
      distinct: ["userId"],
    });
    const facilityIds = (
      await db.conventionFacility.findMany({ select: { facilityId: true }, distinct: ["facilityId"] })
    ).map((row) => row.facilityId);
    expect(people.length).toBeGreaterThan(1);
    let granted = 0;
    for (const person of people) {
      for (const capability of ["availabilities", "operatingInfo"] as const) {
        for (const providerId of [undefined, person.convention.providerId]) {
          const byPrisma = await db.facility.findMany({
            where: { id: { in: facilityIds }, ...partnerFacilityWhere(person.userId!, capability, providerId) },
            select: { id: true },
          });
          const bySql = await db.$queryRaw<
            { id: string }[]
          >`SELECT f.id FROM "Facility" f WHERE f.id = ANY(${facilityIds}::text[]) AND ${partnerFacilitySql("f", person.userId!, capability, providerId)}`;
          expect(bySql.map((row) => row.id).sort(), `${person.userId} ${capability} ${providerId ?? ""}`).toEqual(
            byPrisma.map((row) => row.id).sort(),
          );
          granted += byPrisma.length;
        }
      }
    }
    // Both forms refuse some pairs (checked above) and grant others.
    expect(granted).toBeGreaterThan(0);
  });
});
