import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { drainOutbox } from "@/lib/email/outbox";
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
import { sessionUserByEmail } from "../support/users";
import { facilitiesOf, people, providerDetails } from "../support/habilitation-fixtures";
import { pdfText } from "../support/pdf";

const request = { ip: "198.51.100.20", userAgent: "vitest" };

describe("@habilitation request lifecycle", () => {
  it("@habilitation refuses invalid input with French messages and writes nothing", async () => {
    const before = await db.habilitationRequest.count();
    const result = await submitHabilitationRequest(
      {
        type: "STRUCTURES",
        provider: providerDetails({ siret: "12345678901234", email: "pas-une-adresse", phone: "123" }),
        departementCode: "47",
        people: [...people(2, "dup"), people(1, "dup")[0]],
        facilities: [],
      },
      request,
    );
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.issues.map((i) => i.message);
    expect(messages).toContain("SIRET : numéro invalide (clé de contrôle incorrecte).");
    expect(messages).toContain("Adresse électronique : format attendu nom@domaine.fr.");
    expect(messages.some((m) => m.startsWith("Téléphone"))).toBe(true);
    expect(messages).toContain("Adresse électronique : déjà indiquée pour une autre personne.");
    expect(messages).toContain("Choisissez au moins une structure.");
    expect(await db.habilitationRequest.count()).toBe(before);
  });

  it("@habilitation refuses a facility of another département and availabilities for a non-EAJE", async () => {
    const [jura] = await facilitiesOf("39", 1);
    const base = { type: "STRUCTURES" as const, provider: providerDetails(), departementCode: "47", people: people(1, "scope") };
    await expect(submitHabilitationRequest({ ...base, facilities: [{ facilityId: jura.id, operatingInfo: true, availabilities: false }] }, request)).rejects.toThrow(
      /n'est pas référencée par cette Caf/,
    );
    const laep = await db.facility.findFirstOrThrow({ where: { departementCode: "47", kind: "LAEP" } });
    await expect(submitHabilitationRequest({ ...base, facilities: [{ facilityId: laep.id, operatingInfo: true, availabilities: true }] }, request)).rejects.toThrow(
      /les disponibilités ne concernent que les EAJE/,
    );
  });

  it("@habilitation goes from the public request to active accounts, with history, PDF and e-mails", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const team = people(3, `life${Date.now()}`);
    const facilities = await facilitiesOf("47", 4);
    const provider = providerDetails();
    const submitted = await submitHabilitationRequest(
      { type: "STRUCTURES", provider, departementCode: "47", people: team, facilities: facilities.map((f) => ({ facilityId: f.id, operatingInfo: true, availabilities: f.isEaje })) },
      request,
    );
    if (!submitted.ok) throw new Error("submission refused");
    expect(submitted.reference).toMatch(/^HAB-47-\d{4}-[A-Z2-9]{6}$/);

    // Illegal transitions are refused with a clear message.
    await expect(activateConvention(agent, submitted.id)).rejects.toThrow(/Produisez d'abord la convention/);
    await expect(generateConvention(agent, submitted.id)).rejects.toThrow(/pendant l'instruction/);

    await startReview(agent, submitted.id);
    await expect(startReview(agent, submitted.id)).rejects.toThrow(/ne peut pas passer à « En cours d'instruction »/);
    const convention = await generateConvention(agent, submitted.id);
    await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
    await expect(recordConventionSignature(agent, submitted.id, { signedOn: "2999-01-01" })).rejects.toThrow(/dans le futur/);
    const scan = new File([Buffer.from("%PDF-1.4\n% scan de test\n")], "convention-signee.pdf", { type: "application/pdf" });
    await recordConventionSignature(agent, submitted.id, { signedOn: isoDay(new Date()), scan });
    await activateConvention(agent, submitted.id);

    const detail = await getHabilitationRequest(agent, submitted.id);
    expect(detail.status).toBe("ACTIVE");
    expect(detail.events.map((e) => e.toStatus)).toEqual(["RECEIVED", "IN_REVIEW", "CONVENTION_SENT", "SIGNED", "ACTIVE"]);
    expect(detail.events.slice(1).every((e) => e.actorId === agent.id)).toBe(true);
    expect(detail.convention?.signedScan?.fileName).toBe("convention-signee.pdf");

    const text = pdfText((await getConventionPdf(agent, convention.id)).pdf);
    expect(text).toContain("Caf de Lot-et-Garonne");
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

    await drainOutbox();
    const mailDir = inject("mailDir");
    const acknowledgment = (await listSinkMessages(mailDir, { to: provider.email }))[0];
    expect(acknowledgment.text).toContain(submitted.reference);
    const cafNotice = (await listSinkMessages(mailDir, { to: "agent.caf47@demo.monenfant.fr" })).find((m) => m.subject.includes(submitted.reference));
    expect(cafNotice).toBeDefined();
    for (const person of team) {
      const mail = (await listSinkMessages(mailDir, { to: person.email }))[0];
      const password = /Mot de passe provisoire : (\w{8})/.exec(mail.text)?.[1];
      expect(password).toMatch(/^[A-Za-z0-9]{8}$/);
      expect(await authenticate({ email: person.email, password }, request)).toMatchObject({ email: person.email });
    }
    // Once sent, no password stays readable in the outbox.
    const sensitive = await db.outboxEmail.findMany({ where: { to: { in: team.map((p) => p.email) } } });
    expect(sensitive.every((m) => m.status === "SENT" && !/Mot de passe provisoire : \w{8}/.test(m.text))).toBe(true);
  });

  it("@habilitation an information point request lists its communes and creates the information point at activation", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const communes = await db.commune.findMany({ where: { departementCode: "47", name: { in: ["Agen", "Nérac", "Mézin"] } } });
    const submitted = await submitHabilitationRequest(
      { type: "INFO_POINT", provider: providerDetails(), departementCode: "47", people: people(1, `ip${Date.now()}`), infoPointName: "RPE du Pays d'Albret", communes: communes.map((c) => c.inseeCode) },
      request,
    );
    if (!submitted.ok) throw new Error("submission refused");
    await startReview(agent, submitted.id);
    const convention = await generateConvention(agent, submitted.id);
    const text = pdfText((await getConventionPdf(agent, convention.id)).pdf);
    for (const commune of communes) expect(text).toContain(commune.name);
    expect(text).toContain("lieu d'information");
    await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
    await recordConventionSignature(agent, submitted.id, { signedOn: isoDay(new Date()) });
    await activateConvention(agent, submitted.id);
    const infoPoint = await db.infoPoint.findFirstOrThrow({ where: { conventions: { some: { id: convention.id } } } });
    expect(infoPoint.name).toBe("RPE du Pays d'Albret");
  });

  it("@habilitation an agent of another Caf can neither see nor act on the request; a refusal is e-mailed with its reason", async () => {
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const provider = providerDetails();
    const [facility] = await facilitiesOf("47", 1);
    const submitted = await submitHabilitationRequest(
      { type: "STRUCTURES", provider, departementCode: "47", people: people(1, `other${Date.now()}`), facilities: [{ facilityId: facility.id, operatingInfo: true, availabilities: false }] },
      request,
    );
    if (!submitted.ok) throw new Error("submission refused");
    await expect(getHabilitationRequest(juraAgent, submitted.id)).rejects.toMatchObject({ status: 404 });
    await expect(startReview(juraAgent, submitted.id)).rejects.toMatchObject({ status: 404 });
    await expect(refuseHabilitationRequest(juraAgent, submitted.id, { reason: "Tentative hors périmètre" })).rejects.toMatchObject({ status: 404 });
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    await expect(startReview(director, submitted.id)).rejects.toMatchObject({ status: 403 });
    expect((await db.habilitationRequest.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("RECEIVED");

    await expect(refuseHabilitationRequest(agent, submitted.id, { reason: "court" })).rejects.toThrow(/10 caractères/);
    await refuseHabilitationRequest(agent, submitted.id, { reason: "Le SIRET ne correspond pas au gestionnaire de la structure." });
    await drainOutbox();
    const mail = (await listSinkMessages(inject("mailDir"), { to: provider.email })).find((m) => m.subject.includes(submitted.reference) && m.text.includes("motif"));
    expect(mail?.text).toContain("Le SIRET ne correspond pas au gestionnaire de la structure.");
  });
});
