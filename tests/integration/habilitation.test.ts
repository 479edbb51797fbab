import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { startReview } from "@/lib/habilitation/start-review";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import { recordConventionSignature } from "@/lib/habilitation/record-convention-signature";
import { activateConvention } from "@/lib/habilitation/activate-convention";
import { refuseHabilitationRequest } from "@/lib/habilitation/refuse-habilitation-request";
import { getHabilitationRequest } from "@/lib/habilitation/get-habilitation-request";
import { getConventionPdf } from "@/lib/conventions/get-convention-pdf";
import { authenticate } from "@/lib/auth/authenticate";
import { isoDay } from "@/lib/validation/dates";
import { createAmendment } from "@/lib/conventions/create-amendment";
import { notifyTermination } from "@/lib/conventions/notify-termination";
import { terminateDueConventions } from "@/lib/conventions/terminate-due-conventions";
import { earliestTerminationDate } from "@/lib/conventions/lifecycle";
import { sessionUserByEmail } from "../support/users";
import { drainAll } from "../support/outbox";
import { facilitiesOf, people, providerDetails } from "../support/habilitation-fixtures";
import { activeConvention, putAmendmentInForce, signByBothParties } from "../support/conventions";
import { pdfText, scannedPdf } from "../support/pdf";
import { zodIssuesOf } from "../support/zod-refusal";

const request = { ip: "198.51.100.20", userAgent: "vitest" };

describe("@habilitation request lifecycle", () => {
  it("@habilitation refuses invalid input with French messages and writes nothing", async () => {
    const before = await db.habilitationRequest.count();
    const issues = await zodIssuesOf(
      submitHabilitationRequest(
        {
          type: "STRUCTURES",
          provider: providerDetails({ siret: "12345678901234", email: "pas-une-adresse", phone: "123" }),
          departementCode: "47",
          people: [...people(2, "dup"), people(1, "dup")[0]],
          facilities: [],
        },
        request,
      ),
    );
    const messages = issues.map((i) => i.message);
    expect(messages).toContain("SIRET : numéro invalide (clé de contrôle incorrecte).");
    expect(messages).toContain("Adresse électronique : format attendu nom@domaine.fr.");
    expect(messages.some((m) => m.startsWith("Téléphone"))).toBe(true);
    expect(messages).toContain("Adresse électronique : déjà indiquée pour une autre personne.");
    expect(messages).toContain("Choisissez au moins une structure.");
    expect(await db.habilitationRequest.count()).toBe(before);
  });

  it("@habilitation refuses a facility of another département and availabilities for a non-EAJE", async () => {
    const [jura] = await facilitiesOf("39", 1);
    const base = {
      type: "STRUCTURES" as const,
      provider: providerDetails(),
      departementCode: "47",
      people: people(1, "scope"),
    };
    await expect(
      submitHabilitationRequest(
        { ...base, facilities: [{ facilityId: jura!.id, operatingInfo: true, availabilities: false }] },
        request,
      ),
    ).rejects.toThrow(/n'est pas référencée par cette Caf/);
    const laep = await db.facility.findFirstOrThrow({ where: { departementCode: "47", kind: "LAEP" } });
    await expect(
      submitHabilitationRequest(
        { ...base, facilities: [{ facilityId: laep.id, operatingInfo: true, availabilities: true }] },
        request,
      ),
    ).rejects.toThrow(/les disponibilités ne concernent que les EAJE/);
  });

  it("@habilitation goes from the public request to active accounts, with history, PDF and e-mails", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const team = people(3, `life${Date.now()}`);
    const facilities = await facilitiesOf("47", 4);
    const provider = providerDetails();
    const submitted = await submitHabilitationRequest(
      {
        type: "STRUCTURES",
        provider,
        departementCode: "47",
        people: team,
        facilities: facilities.map((f) => ({ facilityId: f.id, operatingInfo: true, availabilities: f.isEaje })),
      },
      request,
    );
    expect(submitted.reference).toMatch(/^HAB-47-\d{4}-[A-Z2-9]{6}$/);

    // Illegal transitions are refused with a clear message.
    await expect(activateConvention(agent, submitted.id, { paperCopyOnFile: true })).rejects.toThrow(
      /Produisez d'abord la convention/,
    );
    await expect(generateConvention(agent, submitted.id)).rejects.toThrow(/pendant l'instruction/);

    await startReview(agent, submitted.id);
    await expect(startReview(agent, submitted.id)).rejects.toThrow(/ne peut pas passer à « En cours d'instruction »/);
    const convention = await generateConvention(agent, submitted.id);
    await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
    await expect(
      recordConventionSignature(agent, submitted.id, {
        party: "CAF",
        signedOn: "2999-01-01",
        place: "Agen",
        signatory: "La directrice",
      }),
    ).rejects.toThrow(/dans le futur/);
    await signByBothParties(agent, submitted.id);
    const scan = new File([await scannedPdf()], "convention-signee.pdf", { type: "application/pdf" });
    await activateConvention(agent, submitted.id, { scan });

    const detail = await getHabilitationRequest(agent, submitted.id);
    expect(detail.status).toBe("ACTIVE");
    expect(detail.events.map((e) => e.toStatus)).toEqual([
      "RECEIVED",
      "IN_REVIEW",
      "CONVENTION_SENT",
      "SIGNED",
      "ACTIVE",
    ]);
    expect(detail.events.slice(1).every((e) => e.actorId === agent.id)).toBe(true);
    expect(detail.convention?.signedScan?.fileName).toBe("convention-signee.pdf");

    const text = pdfText((await getConventionPdf(agent, convention.id)).pdf);
    expect(text).toContain("Caisse d'allocations familiales de Lot-et-Garonne");
    expect(text).toContain(provider.legalName);
    expect(text).toContain("Armelle Dutertre");
    for (const person of team) expect(text).toContain(person.email);
    for (const facility of facilities) expect(text).toContain(facility.name);

    const users = await db.user.findMany({ where: { email: { in: team.map((p) => p.email) } } });
    expect(users).toHaveLength(3);
    for (const user of users) {
      expect(user.role).toBe("PROVIDER_USER");
      expect(user.mustChangePassword).toBe(true);
      expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    }

    await drainAll();
    const mailDir = inject("mailDir");
    const acknowledgment = (await listSinkMessages(mailDir, { to: provider.email }))[0];
    expect(acknowledgment!.text).toContain(submitted.reference);
    const cafNotice = (await listSinkMessages(mailDir, { to: "agent.caf47@demo.monenfant.fr" })).find((m) =>
      m.subject.includes(submitted.reference),
    );
    expect(cafNotice).toBeDefined();
    for (const person of team) {
      const mail = (await listSinkMessages(mailDir, { to: person.email }))[0];
      const password = /Mot de passe provisoire : (\w{8})/.exec(mail!.text)?.[1];
      expect(password).toMatch(/^[A-Za-z0-9]{8}$/);
      expect(await authenticate({ email: person.email, password }, request)).toMatchObject({ email: person.email });
    }
    // Once sent, no password stays readable in the outbox.
    const sensitive = await db.outboxEmail.findMany({ where: { to: { in: team.map((p) => p.email) } } });
    expect(sensitive.every((m) => m.status === "SENT" && !/Mot de passe provisoire : \w{8}/.test(m.text))).toBe(true);
  });

  it("@habilitation an information point request lists its communes and creates the information point at activation", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const communes = await db.commune.findMany({
      where: { departementCode: "47", name: { in: ["Casteljaloux", "Tonneins", "Fumel"] } },
    });
    const submitted = await submitHabilitationRequest(
      {
        type: "INFO_POINT",
        provider: providerDetails(),
        departementCode: "47",
        people: people(1, `ip${Date.now()}`),
        infoPointName: "RPE du Pays d'Albret",
        communes: communes.map((c) => c.inseeCode),
      },
      request,
    );
    await startReview(agent, submitted.id);
    const convention = await generateConvention(agent, submitted.id);
    const text = pdfText((await getConventionPdf(agent, convention.id)).pdf);
    for (const commune of communes) expect(text).toContain(commune.name);
    expect(text).toContain("lieu d'information");
    await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
    await signByBothParties(agent, submitted.id);
    await activateConvention(agent, submitted.id, { paperCopyOnFile: true });
    const infoPoint = await db.infoPoint.findFirstOrThrow({ where: { conventions: { some: { id: convention.id } } } });
    expect(infoPoint.name).toBe("RPE du Pays d'Albret");
  });

  it("@habilitation an agent of another Caf can neither see nor act on the request; a refusal is e-mailed with its reason", async () => {
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const provider = providerDetails();
    const [facility] = await facilitiesOf("47", 1);
    const submitted = await submitHabilitationRequest(
      {
        type: "STRUCTURES",
        provider,
        departementCode: "47",
        people: people(1, `other${Date.now()}`),
        facilities: [{ facilityId: facility!.id, operatingInfo: true, availabilities: false }],
      },
      request,
    );
    await expect(getHabilitationRequest(juraAgent, submitted.id)).rejects.toMatchObject({ status: 404 });
    await expect(startReview(juraAgent, submitted.id)).rejects.toMatchObject({ status: 404 });
    await expect(
      refuseHabilitationRequest(juraAgent, submitted.id, { reason: "Tentative hors périmètre" }),
    ).rejects.toMatchObject({ status: 404 });
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    await expect(startReview(director, submitted.id)).rejects.toMatchObject({ status: 403 });
    expect((await db.habilitationRequest.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("RECEIVED");

    await expect(refuseHabilitationRequest(agent, submitted.id, { reason: "court" })).rejects.toThrow(/10 caractères/);
    await refuseHabilitationRequest(agent, submitted.id, {
      reason: "Le SIRET ne correspond pas au gestionnaire de la structure.",
    });
    await drainAll();
    const mail = (await listSinkMessages(inject("mailDir"), { to: provider.email })).find(
      (m) => m.subject.includes(submitted.reference) && m.text.includes("motif"),
    );
    expect(mail?.text).toContain("Le SIRET ne correspond pas au gestionnaire de la structure.");
  });
});

describe("@habilitation amendments and termination", () => {
  it("@habilitation an avenant removes and adds people and facilities, numbered, with its PDF; a removed person loses access at once", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 6);
    const { conventionId, team } = await activeConvention(agent, `am${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: facilities.slice(0, 2).map((f) => f.id),
    });
    const leaving = await db.conventionPerson.findFirstOrThrow({ where: { conventionId, email: team[1]!.email } });
    const leavingUser = await db.user.findUniqueOrThrow({ where: { email: team[1]!.email } });
    const removedFacility = await db.conventionFacility.findFirstOrThrow({
      where: { conventionId, facilityId: facilities[0]!.id },
    });
    const newcomer = {
      firstName: "Loïc",
      lastName: "Nouveau",
      email: `nouveau.${Date.now()}@exemple-gascogne.fr`,
      jobTitle: "Directeur adjoint",
    };

    await expect(
      createAmendment(agent, conventionId, { requestedOn: isoDay(new Date()), reason: "Rien" }),
    ).rejects.toThrow();
    const first = await createAmendment(agent, conventionId, {
      requestedOn: isoDay(new Date()),
      reason: "Départ d'une directrice et nouvelle crèche",
      removePersonIds: [leaving.id],
      addPeople: [newcomer],
      removeFacilityIds: [removedFacility.id],
      addFacilities: [{ facilityId: facilities[4]!.id, operatingInfo: true, availabilities: false }],
    });
    expect(first.number).toBe(1);
    expect(first.changes).toEqual(
      expect.arrayContaining([
        expect.stringContaining(team[1]!.email),
        expect.stringContaining(newcomer.email),
        `Retrait de la structure ${facilities[0]!.name}`,
        `Ajout de la structure ${facilities[4]!.name}`,
      ]),
    );

    // Nothing changes for users until both parties have signed the avenant.
    expect((await db.user.findUniqueOrThrow({ where: { id: leavingUser.id } })).active).toBe(true);
    expect(await db.user.findUnique({ where: { email: newcomer.email } })).toBeNull();
    await putAmendmentInForce(agent, first.id);

    const after = await db.user.findUniqueOrThrow({ where: { id: leavingUser.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(leavingUser.sessionVersion + 1);
    expect(await db.user.findUniqueOrThrow({ where: { email: newcomer.email } })).toMatchObject({
      role: "PROVIDER_USER",
      mustChangePassword: true,
    });
    const removedRow = await db.conventionPerson.findUniqueOrThrow({ where: { id: leaving.id } });
    expect(removedRow.removedAt).not.toBeNull();

    const second = await createAmendment(agent, conventionId, {
      requestedOn: isoDay(new Date()),
      reason: "Ajout d'une structure",
      addFacilities: [{ facilityId: facilities[5]!.id, operatingInfo: true, availabilities: false }],
    });
    expect(second.number).toBe(2);
    await putAmendmentInForce(agent, second.id);

    const text = pdfText((await getConventionPdf(agent, conventionId, 1)).pdf);
    expect(text).toContain("Avenant n° 1");
    expect(text).toContain(newcomer.email);
    expect(text).toContain(`Retrait de ${team[1]!.firstName}`);
    const latest = pdfText((await getConventionPdf(agent, conventionId, 2)).pdf);
    expect(latest).toContain(facilities[5]!.name);
    expect(latest).toContain(facilities[4]!.name);

    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(
      createAmendment(juraAgent, conventionId, {
        requestedOn: isoDay(new Date()),
        reason: "Hors périmètre",
        removePersonIds: [],
        addPeople: [newcomer],
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("@habilitation a termination needs an anniversary with three months' notice, and the scheduled job ends access at that date", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { conventionId, team } = await activeConvention(agent, `term${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0]!.id],
    });
    const today = new Date(`${isoDay(new Date())}T00:00:00Z`);
    const end = earliestTerminationDate(today, today);

    await expect(
      notifyTermination(agent, conventionId, {
        mode: "notice",
        requestedBy: "PARTNER",
        noticeOn: isoDay(today),
        endOn: isoDay(new Date(end.getTime() + 86_400_000)),
      }),
    ).rejects.toThrow(/date anniversaire/);
    await expect(
      notifyTermination(agent, conventionId, { mode: "immediate", reason: "Tentative de résiliation immédiate" }),
    ).rejects.toThrow(/lieux d'information/);
    await notifyTermination(agent, conventionId, {
      mode: "notice",
      requestedBy: "PARTNER",
      noticeOn: isoDay(today),
      endOn: isoDay(end),
    });
    expect((await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).status).toBe(
      "TERMINATION_NOTIFIED",
    );

    await terminateDueConventions(new Date(end.getTime() - 86_400_000));
    expect((await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).status).toBe(
      "TERMINATION_NOTIFIED",
    );
    expect((await db.user.findUniqueOrThrow({ where: { email: team[0]!.email } })).active).toBe(true);

    await terminateDueConventions(end);
    const ended = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: { events: { orderBy: { at: "asc" } } },
    });
    expect(ended.status).toBe("TERMINATED");
    expect(ended.events.map((e) => e.toStatus)).toEqual([
      "DRAFT",
      "SENT",
      "SIGNED",
      "ACTIVE",
      "TERMINATION_NOTIFIED",
      "TERMINATED",
    ]);
    for (const person of team)
      expect((await db.user.findUniqueOrThrow({ where: { email: person.email } })).active).toBe(false);
  });

  it("@habilitation an information point misusing requests is terminated at once by the Caf", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const commune = await db.commune.findFirstOrThrow({ where: { departementCode: "47", name: "Villeneuve-sur-Lot" } });
    const { conventionId, team } = await activeConvention(agent, `misuse${Date.now()}`, {
      type: "INFO_POINT",
      communes: [commune.inseeCode],
    });
    await notifyTermination(agent, conventionId, {
      mode: "immediate",
      reason: "Utilisation des demandes des familles à des fins commerciales",
    });
    expect((await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).status).toBe("TERMINATED");
    expect((await db.user.findUniqueOrThrow({ where: { email: team[0]!.email } })).active).toBe(false);
  });
});

describe("@habilitation anti-abuse and account reuse", () => {
  it("@habilitation a filled honeypot is refused and stores nothing; submissions are rate-limited per IP", async () => {
    const [facility] = await facilitiesOf("47", 1);
    const form = () => ({
      type: "STRUCTURES",
      provider: providerDetails(),
      departementCode: "47",
      people: people(1, `rl${Date.now()}`),
      facilities: [{ facilityId: facility!.id, operatingInfo: true, availabilities: false }],
    });
    const before = await db.habilitationRequest.count();
    const bot = await zodIssuesOf(submitHabilitationRequest({ ...form(), website: "http://spam.example" }, request));
    expect(bot.map((issue) => issue.path.join("."))).toEqual(["website"]);
    expect(await db.habilitationRequest.count()).toBe(before);

    const ip = { ip: `203.0.113.${Math.floor(Math.random() * 200) + 1}-${Date.now()}`, userAgent: "vitest" };
    for (let i = 0; i < 10; i++) expect(await submitHabilitationRequest(form(), ip)).toHaveProperty("reference");
    await expect(submitHabilitationRequest(form(), ip)).rejects.toMatchObject({ status: 429 });
    expect(await db.habilitationRequest.count()).toBe(before + 10);
  });

  it("@habilitation activation reuses the account of a person already habilitated, adding the new scope without a new password", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const director = await db.user.findUniqueOrThrow({ where: { email: "directrice.albret@demo.monenfant.fr" } });
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R03" } });
    const submitted = await submitHabilitationRequest(
      {
        type: "STRUCTURES",
        provider: providerDetails(),
        departementCode: "47",
        people: [
          { firstName: director.firstName, lastName: director.lastName, email: director.email, jobTitle: "Directrice" },
        ],
        facilities: [{ facilityId: facility.id, operatingInfo: true, availabilities: true }],
      },
      request,
    );
    await startReview(agent, submitted.id);
    await generateConvention(agent, submitted.id);
    await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
    await signByBothParties(agent, submitted.id);
    await activateConvention(agent, submitted.id, { paperCopyOnFile: true });

    const after = await db.user.findUniqueOrThrow({ where: { id: director.id } });
    expect(after.passwordHash).toBe(director.passwordHash);
    expect(after.mustChangePassword).toBe(director.mustChangePassword);
    const scopes = await db.conventionPerson.count({
      where: { userId: director.id, removedAt: null, convention: { status: "ACTIVE" } },
    });
    expect(scopes).toBeGreaterThanOrEqual(2);
    const queued = await db.outboxEmail.findMany({
      where: { to: director.email, createdAt: { gte: after.updatedAt } },
    });
    expect(queued.some((m) => m.template === "habilitation-extended")).toBe(true);
    expect(queued.some((m) => m.template === "generated-password")).toBe(false);
  });
});
