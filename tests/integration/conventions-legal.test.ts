import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { suspendHabilitatedPerson } from "@/lib/conventions/suspend-habilitated-person";
import { createAmendment } from "@/lib/conventions/create-amendment";
import { markAmendmentSent } from "@/lib/conventions/mark-amendment-sent";
import { signAmendment } from "@/lib/conventions/sign-amendment";
import { partnerFacilityWhere } from "@/lib/portal/facility-permissions";
import { getConventionPdf } from "@/lib/conventions/get-convention-pdf";
import { sha256Of } from "@/lib/conventions/frozen-document";
import { sessionUserByEmail } from "../support/users";
import { facilitiesOf, providerDetails } from "../support/habilitation-fixtures";
import { activeConvention, producedConvention, requestInReview } from "../support/conventions";
import { pdfText, scannedPdf } from "../support/pdf";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import { recordConventionSignature } from "@/lib/habilitation/record-convention-signature";
import { activateConvention } from "@/lib/habilitation/activate-convention";
import { isoDay } from "@/lib/validation/dates";
import { refuseHabilitationRequest } from "@/lib/habilitation/refuse-habilitation-request";
import { notifyTermination } from "@/lib/conventions/notify-termination";
import { earliestTerminationDate } from "@/lib/conventions/lifecycle";
import { terminateDueConventions } from "@/lib/conventions/terminate-due-conventions";
import { applyRequestDetailsToProvider } from "@/lib/habilitation/apply-request-details-to-provider";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { getRequestChecks } from "@/lib/habilitation/get-request-checks";
import { formatLongDay } from "@/lib/text/french-dates";

/** Fails unless every fragment appears in `text`, each after the previous one. */
function expectInOrder(text: string, fragments: string[]) {
  let from = 0;
  for (const fragment of fragments) {
    const at = text.indexOf(fragment, from);
    expect(at, `« ${fragment} » after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + fragment.length;
  }
}

describe("@legal convention documents", () => {
  it("@legal a Structures convention reads as the national model: partner first, the Caf and its director, préambule, articles 1-6 with 3-1 to 3-4, annex, signatures", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 2);
    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
    const provider = providerDetails({ legalName: "Association Les Lutins de l'Albret" });
    const { conventionId, team } = await producedConvention(
      agent,
      `pdfs${Date.now()}`,
      { type: "STRUCTURES", facilityIds: facilities.map((f) => f.id) },
      provider,
    );
    const text = pdfText((await getConventionPdf(agent, conventionId)).pdf);
    expectInOrder(text, [
      "Convention d'habilitation informatique « Structures »",
      "Mise en ligne, sur le site monenfant.fr",
      "Association Les Lutins de l'Albret",
      "Armelle Dutertre, Présidente",
      "le fournisseur de données",
      "Caisse d'allocations familiales de Lot-et-Garonne",
      `${caf.directorCivility} ${caf.directorName}`,
      "Il a été convenu ce qui suit",
      "Préambule",
      "article 4.7",
      "Article 1 — Objet",
      "pas une obligation",
      "Article 2 — Obligations et engagements des parties",
      "Article 3 — Modalités pratiques",
      "Article 3-1 — Demande",
      "Article 3-2 — Gestion de l'habilitation et du mot de passe",
      "Article 3-3 — Modalités d'accès",
      "Article 3-4 — Engagements du fournisseur habilité",
      "Article 4 — Mises à jour",
      "Article 5 — Durée et résiliation",
      "lettre recommandée avec accusé de réception",
      "Article 6 — Exécution formelle",
      "avenant par les deux parties",
      "Fait en double exemplaire",
      "Pour le fournisseur de données",
      "Pour la Caf",
      "Annexe 1",
      "Conformément à l'article 3-2 de la convention d'habilitation informatique « Structures »",
      "Personnes habilitées (2)",
      team[0]!.email,
      "Structures (2)",
      "Fait en double exemplaire",
      "Pour le fournisseur de données",
      "Pour la Caf",
    ]);
    expect(text).not.toContain("Article 7");
    expect(text).not.toContain("directeur ou directrice");
  });

  it("@legal an information point's convention carries articles 1-7, professional secrecy, the destruction attestations and its communes", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const { conventionId } = await producedConvention(agent, `pdfi${Date.now()}`, {
      type: "INFO_POINT",
      communes: ["47195"],
      infoPointName: "Relais petite enfance de l'Albret",
    });
    const text = pdfText((await getConventionPdf(agent, conventionId)).pdf);
    expectInOrder(text, [
      "Convention d'engagement de service et d'habilitation informatique « Lieu d'information »",
      `Année ${new Date().getFullYear()} — Relais petite enfance de l'Albret`,
      "Association Les Petits Pas de Gascogne",
      "le lieu d'information",
      "Caisse d'allocations familiales de Lot-et-Garonne",
      "Préambule",
      "Article 1 — Objet",
      "Article 2 — Obligations et engagements des parties",
      "226-13",
      "aucune copie",
      "attestation de destruction",
      "six mois",
      "Article 3-1",
      "Article 3-2",
      "ne les gère pas",
      "Article 3-3",
      "Article 3-4",
      "quinze jours calendaires",
      "Article 4 — Durée et résiliation",
      "Article 5 — Exécution formelle",
      "Article 6 — Responsabilité",
      "Article 7 — Règlement des litiges",
      "Fait en double exemplaire",
      "Pour le lieu d'information",
      "Pour la Caf",
      "Annexe 1",
      "Conformément à l'article 3-2",
      "Communes couvertes (1)",
      "Nérac",
      "Fait en double exemplaire",
    ]);
  });

  it("@legal a produced convention is frozen: changing the provider and the Caf, then producing another for the same SIRET, gives the first PDF back byte for byte", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const provider = providerDetails({ legalName: "Crèches du Pays d'Albret" });
    const first = await producedConvention(
      agent,
      `frz1${Date.now()}`,
      { type: "STRUCTURES", facilityIds: [facilities[0]!.id] },
      provider,
    );
    const original = await getConventionPdf(agent, first.conventionId);
    const stored = await db.convention.findUniqueOrThrow({
      where: { id: first.conventionId },
      include: { document: true },
    });
    expect(stored.document?.sha256).toBe(sha256Of(original.pdf));

    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
    await db.caf.update({
      where: { id: caf.id },
      data: { directorName: "Nouvelle Directrice", street: "2 rue Neuve" },
    });
    try {
      await db.provider.update({ where: { siret: provider.siret }, data: { legalName: "Nom changé à la main" } });
      const second = await producedConvention(
        agent,
        `frz2${Date.now()}`,
        { type: "STRUCTURES", facilityIds: [facilities[0]!.id] },
        { ...provider, legalName: "Nom tapé dans la deuxième demande", street: "99 avenue Autre" },
        "KEEP",
      );
      // The request never overwrites the provider: the second convention prints the provider as recorded.
      const known = await db.provider.findUniqueOrThrow({ where: { siret: provider.siret } });
      expect(known).toMatchObject({ legalName: "Nom changé à la main", street: provider.street });
      const secondText = pdfText((await getConventionPdf(agent, second.conventionId)).pdf);
      expect(secondText).toContain("Nom changé à la main");
      expect(secondText).toContain("Nouvelle Directrice");

      const again = await getConventionPdf(agent, first.conventionId);
      expect(Buffer.compare(again.pdf, original.pdf)).toBe(0);
      expect(sha256Of(again.pdf)).toBe(stored.document?.sha256);
      const firstText = pdfText(again.pdf);
      expect(firstText).toContain("Crèches du Pays d'Albret");
      expect(firstText).toContain(caf.directorName);
      expect(firstText).not.toContain("Nouvelle Directrice");
    } finally {
      await db.caf.update({ where: { id: caf.id }, data: { directorName: caf.directorName, street: caf.street } });
    }
  });
});

describe("@legal signatures and activation", () => {
  it("@legal both parties sign on different days, the later date is the effective date; activation needs a real PDF scan or a logged statement", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { requestId, conventionId } = await producedConvention(agent, `sig${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0]!.id],
    });
    const day = (offset: number) => isoDay(new Date(Date.now() - offset * 86_400_000));
    await db.habilitationRequest.update({ where: { id: requestId }, data: { submittedAt: new Date(day(10)) } });
    await recordConventionSending(agent, requestId, { sentOn: day(5) });
    const partner = { party: "PARTNER", signedOn: day(3), place: "Nérac", signatory: "Armelle Dutertre, Présidente" };
    expect(await recordConventionSignature(agent, requestId, partner)).toEqual({ signed: false });
    await expect(recordConventionSignature(agent, requestId, partner)).rejects.toMatchObject({ status: 409 });
    await expect(activateConvention(agent, requestId, { paperCopyOnFile: true })).rejects.toThrow(
      /ne peut pas passer à « En vigueur »/,
    );
    expect(
      await recordConventionSignature(agent, requestId, {
        party: "CAF",
        signedOn: day(1),
        place: "Agen",
        signatory: "Madame la directrice",
      }),
    ).toEqual({ signed: true });
    const signed = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
    expect(isoDay(signed.signedAt!)).toBe(day(1));
    expect(signed).toMatchObject({ status: "SIGNED", partnerSignedPlace: "Nérac", cafSignedPlace: "Agen" });

    await expect(activateConvention(agent, requestId, {})).rejects.toThrow(/numérisée \(PDF\) ou attestez/);
    const fake = new File([Buffer.from("%PDF-1.4\nrien\n")], "faux.pdf", { type: "application/pdf" });
    await expect(activateConvention(agent, requestId, { scan: fake })).rejects.toThrow(/pas un PDF valide/);
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "lourd.pdf", { type: "application/pdf" });
    await expect(activateConvention(agent, requestId, { scan: huge })).rejects.toThrow(/10 Mo/);
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(activateConvention(juraAgent, requestId, { paperCopyOnFile: true })).rejects.toMatchObject({
      status: 404,
    });
    expect((await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).status).toBe("SIGNED");

    const scan = new File([await scannedPdf()], "signee.pdf", { type: "application/pdf" });
    await activateConvention(agent, requestId, { scan });
    const active = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: { signedScan: true },
    });
    expect(active.status).toBe("ACTIVE");
    expect(active.signedScan?.fileName).toBe("signee.pdf");
    expect(active.paperCopyStatementAt).toBeNull();
  });

  it("@legal without a scan, the agent's statement that the paper copy is on file is logged", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { conventionId } = await activeConvention(agent, `stm${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0]!.id],
    });
    const convention = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
    expect(convention.paperCopyStatementById).toBe(agent.id);
    expect(convention.paperCopyStatementAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: conventionId, action: "convention.activate" },
    });
    expect(audit.data).toMatchObject({ evidence: "paper-copy-statement" });
  });
});

describe("@legal avenants", () => {
  it("@legal an avenant adding a person and removing a facility changes nothing until both parties have signed it", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 2);
    const { conventionId, team } = await activeConvention(agent, `av${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: facilities.map((f) => f.id),
    });
    const member = await sessionUserByEmail(team[0]!.email);
    const removed = await db.conventionFacility.findFirstOrThrow({
      where: { conventionId, facilityId: facilities[1]!.id },
    });
    const newcomer = {
      firstName: "Noémie",
      lastName: "Arrivée",
      email: `arrivee.${Date.now()}@exemple-gascogne.fr`,
      jobTitle: "Directrice adjointe",
    };
    const reachable = () =>
      db.facility.count({ where: { id: facilities[1]!.id, ...partnerFacilityWhere(member.id, "operatingInfo") } });
    const unchanged = async () => {
      expect(await db.user.findUnique({ where: { email: newcomer.email } })).toBeNull();
      expect(await reachable()).toBe(1);
    };

    const amendment = await createAmendment(agent, conventionId, {
      requestedOn: isoDay(new Date()),
      reason: "Nouvelle directrice adjointe, fermeture d'une structure",
      addPeople: [newcomer],
      removeFacilityIds: [removed.id],
    });
    const pdf = await getConventionPdf(agent, conventionId, amendment.number);
    const text = pdfText(pdf.pdf);
    expectInOrder(text, [
      `Avenant n° ${amendment.number} à la convention d'habilitation informatique « Structures »`,
      "Caisse d'allocations familiales de Lot-et-Garonne",
      `Ajout de Noémie Arrivée`,
      `Retrait de la structure ${facilities[1]!.name}`,
      "prend effet à la date de sa signature par les deux parties",
      "Fait en double exemplaire",
      "Annexe 1",
      "Conformément à l'article 3-2",
      newcomer.email,
      facilities[0]!.name,
    ]);
    expect(text.slice(text.indexOf("Annexe 1"))).not.toContain(facilities[1]!.name);
    await unchanged();
    await expect(
      createAmendment(agent, conventionId, {
        requestedOn: isoDay(new Date()),
        reason: "Un autre avenant",
        addPeople: [{ ...newcomer, email: `x${newcomer.email}` }],
      }),
    ).rejects.toThrow(/attend encore ses signatures/);

    const today = isoDay(new Date());
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(markAmendmentSent(juraAgent, amendment.id, { sentOn: today })).rejects.toMatchObject({ status: 404 });
    await expect(
      signAmendment(agent, amendment.id, {
        party: "PARTNER",
        signedOn: today,
        place: "Nérac",
        signatory: "La présidente",
      }),
    ).rejects.toThrow(/une fois l'avenant envoyé/);
    await markAmendmentSent(agent, amendment.id, { sentOn: today });
    expect(
      await signAmendment(agent, amendment.id, {
        party: "PARTNER",
        signedOn: today,
        place: "Nérac",
        signatory: "La présidente",
      }),
    ).toEqual({ inForce: false });
    await unchanged();
    expect(
      await signAmendment(agent, amendment.id, {
        party: "CAF",
        signedOn: today,
        place: "Agen",
        signatory: "La directrice",
      }),
    ).toEqual({ inForce: true });

    expect(await reachable()).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { email: newcomer.email } })).toMatchObject({
      mustChangePassword: true,
      active: true,
    });
    expect(await db.outboxEmail.count({ where: { to: newcomer.email, template: "generated-password" } })).toBe(1);
    const row = await db.amendment.findUniqueOrThrow({ where: { id: amendment.id }, include: { events: true } });
    expect(row.status).toBe("IN_FORCE");
    expect(row.events.map((e) => e.toStatus)).toEqual(["PRODUCED", "SENT", "SIGNED", "IN_FORCE"]);
    // The avenant's PDF is the one produced for signature, byte for byte.
    expect(Buffer.compare((await getConventionPdf(agent, conventionId, amendment.number)).pdf, pdf.pdf)).toBe(0);
  });
});

describe("@legal refusal and termination", () => {
  it("@legal refusing a request whose convention was produced cancels the convention, recorded", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { requestId, conventionId } = await producedConvention(agent, `cnl${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0]!.id],
    });
    await refuseHabilitationRequest(agent, requestId, { reason: "Le demandeur ne gère pas cette structure." });
    const convention = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: { events: true },
    });
    expect(convention.status).toBe("CANCELLED");
    expect(convention.cancelledAt).not.toBeNull();
    expect(convention.events.at(-1)).toMatchObject({
      fromStatus: "DRAFT",
      toStatus: "CANCELLED",
      actorId: agent.id,
      reason: "Le demandeur ne gère pas cette structure.",
    });
  });

  it("@legal a termination records the registered letter and ends at the first anniversary three months after its receipt", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { conventionId } = await activeConvention(agent, `ter${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0]!.id],
    });
    const signedAt = (await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).signedAt!;
    await expect(
      notifyTermination(agent, conventionId, {
        mode: "notice",
        requestedBy: "PARTNER",
        letterSentOn: isoDay(new Date()),
        noticeOn: isoDay(new Date(Date.now() - 86_400_000)),
        letterReference: "1A 234 567 8901 2",
      }),
    ).rejects.toThrow(/reçue avant d'avoir été envoyée/);
    await notifyTermination(agent, conventionId, {
      mode: "notice",
      requestedBy: "PARTNER",
      letterSentOn: isoDay(new Date()),
      noticeOn: isoDay(new Date()),
      letterReference: "1A 234 567 8901 2",
    });
    const notified = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
    expect(notified).toMatchObject({
      status: "TERMINATION_NOTIFIED",
      terminationRequestedBy: "PARTNER",
      registeredLetterReference: "1A 234 567 8901 2",
    });
    expect(notified.terminationEffectiveAt).toEqual(
      earliestTerminationDate(signedAt, new Date(`${isoDay(new Date())}T00:00:00Z`)),
    );
  });
});

describe("@legal leavers", () => {
  it("@legal a leaver reported by a colleague is suspended at once: account off, sessions ended, the Caf told; other scopes refused", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { conventionId, team } = await activeConvention(agent, `leave${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0]!.id],
    });
    const [reporter, leaver] = await Promise.all(team.map((p) => sessionUserByEmail(p.email)));
    const leaverRow = await db.conventionPerson.findFirstOrThrow({ where: { conventionId, email: leaver!.email } });
    const before = await db.user.findUniqueOrThrow({ where: { id: leaver!.id } });

    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(
      suspendHabilitatedPerson(juraAgent, { conventionPersonId: leaverRow.id, reason: "Départ" }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      suspendHabilitatedPerson(reporter!, { conventionPersonId: leaverRow.id, reason: "" }),
    ).rejects.toThrow();

    const result = await suspendHabilitatedPerson(reporter!, {
      conventionPersonId: leaverRow.id,
      reason: "Départ de la structure le 30 novembre",
    });
    expect(result.accountDeactivated).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: leaver!.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const row = await db.conventionPerson.findUniqueOrThrow({ where: { id: leaverRow.id } });
    expect(row).toMatchObject({
      suspendedById: reporter!.id,
      suspensionReason: "Départ de la structure le 30 novembre",
    });
    expect(row.removedAt).toBeNull(); // removal from the annex waits for the avenant
    const reachable = (userId: string) =>
      db.facility.count({ where: { id: facilities[0]!.id, ...partnerFacilityWhere(userId, "operatingInfo") } });
    expect(await reachable(leaver!.id)).toBe(0);
    expect(await reachable(reporter!.id)).toBe(1);
    const mail = await db.outboxEmail.findFirst({
      where: {
        template: "leaver-reported",
        subject: { contains: (await db.convention.findUniqueOrThrow({ where: { id: conventionId } })).number },
      },
    });
    expect(mail?.to).toBe("partenaires.caf47@demo.monenfant.fr");
    await expect(
      suspendHabilitatedPerson(agent, { conventionPersonId: leaverRow.id, reason: "Encore" }),
    ).rejects.toMatchObject({ status: 409 });
    // A suspended person cannot report others any more.
    await expect(
      suspendHabilitatedPerson(leaver!, { conventionPersonId: leaverRow.id, reason: "Départ" }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("@legal provider details decided by the agent", () => {
  it("@legal an update takes the request's details into the provider, recorded with old and new values; the earlier convention keeps its parties and PDF", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const provider = providerDetails({ legalName: "Crèches de la Baïse" });
    const first = await producedConvention(
      agent,
      `upd1${Date.now()}`,
      { type: "STRUCTURES", facilityIds: [facilities[0]!.id] },
      provider,
    );
    const before = await db.convention.findUniqueOrThrow({
      where: { id: first.conventionId },
      include: { document: true },
    });
    const original = await getConventionPdf(agent, first.conventionId);

    const { requestId } = await requestInReview(
      agent,
      `upd2${Date.now()}`,
      { type: "STRUCTURES", facilityIds: [facilities[0]!.id] },
      { ...provider, street: "5 place du Foirail", legalRepresentativeTitle: "Co-présidente" },
    );
    const checks = await getRequestChecks(agent, requestId);
    expect(checks.knownProvider?.decisionPending).toBe(true);
    expect(checks.knownProvider?.differences.map((d) => [d.key, d.known, d.requested])).toEqual([
      ["street", provider.street, "5 place du Foirail"],
      ["legalRepresentativeTitle", "Présidente", "Co-présidente"],
    ]);
    // Without a decision the convention would print the old record silently: it waits for one.
    await expect(generateConvention(agent, requestId)).rejects.toThrow(/décidez d'abord/);
    await expect(applyRequestDetailsToProvider(agent, requestId, { decision: "MAYBE" })).rejects.toThrow();

    await applyRequestDetailsToProvider(agent, requestId, {
      decision: "UPDATE",
      reason: "Siège déménagé, confirmé par le Kbis",
    });
    const updated = await db.provider.findUniqueOrThrow({
      where: { siret: provider.siret },
      include: { revisions: true },
    });
    expect(updated).toMatchObject({
      street: "5 place du Foirail",
      legalRepresentativeTitle: "Co-présidente",
      legalName: "Crèches de la Baïse",
    });
    expect(updated.revisions).toHaveLength(1);
    expect(updated.revisions[0]).toMatchObject({
      requestId,
      decision: "UPDATE",
      actorId: agent.id,
      reason: "Siège déménagé, confirmé par le Kbis",
      changes: [
        { field: "street", before: provider.street, after: "5 place du Foirail" },
        { field: "legalRepresentativeTitle", before: "Présidente", after: "Co-présidente" },
      ],
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Provider", entityId: updated.id, action: "provider.update-from-request" },
    });
    expect(audit).toMatchObject({
      actorId: agent.id,
      cafId: agent.cafId,
      reason: "Siège déménagé, confirmé par le Kbis",
    });
    expect((await getRequestChecks(agent, requestId)).knownProvider).toMatchObject({
      differences: [],
      decisionPending: false,
      revisions: [{ decision: "UPDATE", actorName: `${agent.firstName} ${agent.lastName}` }],
    });
    // Nothing is left to decide once the record matches.
    await expect(applyRequestDetailsToProvider(agent, requestId, { decision: "KEEP" })).rejects.toMatchObject({
      status: 409,
    });

    const after = await db.convention.findUniqueOrThrow({
      where: { id: first.conventionId },
      include: { document: true },
    });
    expect(after.partiesSnapshot).toEqual(before.partiesSnapshot);
    const again = await getConventionPdf(agent, first.conventionId);
    expect(sha256Of(again.pdf)).toBe(sha256Of(original.pdf));
    expect(after.document?.sha256).toBe(before.document?.sha256);
    expect(pdfText(again.pdf)).toContain(provider.street);

    const second = await generateConvention(agent, requestId);
    const secondText = pdfText((await getConventionPdf(agent, second.id)).pdf);
    expect(secondText).toContain("5 place du Foirail");
    expect(secondText).toContain("Co-présidente");
  });

  it("@legal keeping the record changes nothing but is recorded; another Caf's agent and a partner are refused", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const provider = providerDetails();
    await producedConvention(
      agent,
      `kp1${Date.now()}`,
      {
        type: "STRUCTURES",
        facilityIds: [facilities[0]!.id],
      },
      provider,
    );
    const known = await db.provider.findUniqueOrThrow({ where: { siret: provider.siret } });
    const { requestId, team } = await requestInReview(
      agent,
      `kp2${Date.now()}`,
      { type: "STRUCTURES", facilityIds: [facilities[0]!.id] },
      { ...provider, phone: "06 00 00 00 00" },
    );

    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    await expect(applyRequestDetailsToProvider(juraAgent, requestId, { decision: "UPDATE" })).rejects.toMatchObject({
      status: 404,
    });
    const partner = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    await expect(applyRequestDetailsToProvider(partner, requestId, { decision: "UPDATE" })).rejects.toMatchObject({
      status: 403,
    });
    expect(await db.providerRevision.count({ where: { requestId } })).toBe(0);

    await applyRequestDetailsToProvider(agent, requestId, { decision: "KEEP", reason: "" });
    const kept = await db.provider.findUniqueOrThrow({
      where: { siret: provider.siret },
      include: { revisions: true },
    });
    expect(kept).toMatchObject({ phone: known.phone, updatedAt: known.updatedAt });
    expect(kept.revisions).toEqual([
      expect.objectContaining({
        requestId,
        decision: "KEEP",
        reason: null,
        actorId: agent.id,
        changes: [{ field: "phone", before: known.phone, after: "06 00 00 00 00" }],
      }),
    ]);
    expect(
      await db.auditEvent.count({ where: { entityId: kept.id, action: "provider.keep-record", actorId: agent.id } }),
    ).toBe(1);
    const checks = await getRequestChecks(agent, requestId);
    expect(checks.knownProvider).toMatchObject({ decisionPending: false, differences: [{ key: "phone" }] });
    // Recorded once, the decision lets the convention be produced, with the record as it stands.
    const convention = await generateConvention(agent, requestId);
    const text = pdfText((await getConventionPdf(agent, convention.id)).pdf);
    expect(text).toContain(team[0]!.email);
    expect((await db.convention.findUniqueOrThrow({ where: { id: convention.id } })).providerId).toBe(known.id);
  });
});

describe("@legal termination e-mails", () => {
  it("@legal the partner's people and the provider's contact are e-mailed when a termination is notified, then when it takes effect", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const facilities = await facilitiesOf("47", 1);
    const { conventionId, team } = await activeConvention(agent, `tmail${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [facilities[0]!.id],
    });
    const convention = await db.convention.findUniqueOrThrow({
      where: { id: conventionId },
      include: { provider: true },
    });
    const expected = [...team.map((p) => p.email), convention.provider.email].map((a) => a.toLowerCase()).sort();
    const mailsOf = (template: string) =>
      db.outboxEmail.findMany({ where: { template, subject: { contains: convention.number } } });

    await notifyTermination(agent, conventionId, {
      mode: "notice",
      requestedBy: "CAF",
      noticeOn: isoDay(new Date()),
      reason: "Structure fermée définitivement",
    });
    const { terminationEffectiveAt } = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
    const endsOn = formatLongDay(terminationEffectiveAt!, "UTC");
    const notified = await mailsOf("convention-termination-notified");
    expect(notified.map((m) => m.to).sort()).toEqual(expected);
    for (const mail of notified) {
      expect(mail.text).toContain(`prendra fin le ${endsOn}`);
      expect(mail.text).toContain("Structure fermée définitivement");
      // Only an information point holds families' requests to attest destroyed.
      expect(mail.text).not.toContain("en attester la destruction");
      expect(mail.status).toBe("PENDING");
    }
    expect(await mailsOf("convention-termination-terminated")).toHaveLength(0);

    await terminateDueConventions(terminationEffectiveAt!);
    const ended = await mailsOf("convention-termination-terminated");
    expect(ended.map((m) => m.to).sort()).toEqual(expected);
    for (const mail of ended) {
      expect(mail.text).toContain(`a pris fin le ${endsOn}`);
      expect(mail.text).toContain("sont fermés");
    }
    expect((await db.user.findUniqueOrThrow({ where: { email: team[0]!.email } })).active).toBe(false);
  });

  it("@legal an information point terminated at once is e-mailed that its access is closed, with the reason and its duty to attest destruction", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const { conventionId, team } = await activeConvention(agent, `tnow${Date.now()}`, {
      type: "INFO_POINT",
      communes: ["47195"],
    });
    const { number } = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
    await notifyTermination(agent, conventionId, {
      mode: "immediate",
      reason: "Demandes des familles transmises à des tiers",
    });
    const mails = await db.outboxEmail.findMany({
      where: { template: "convention-termination-terminated", subject: { contains: number } },
    });
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining(team.map((p) => p.email.toLowerCase())));
    expect(mails).toHaveLength(team.length + 1);
    for (const mail of mails) {
      expect(mail.text).toContain("Demandes des familles transmises à des tiers");
      expect(mail.text).toContain("en attester la destruction");
    }
    expect(
      await db.outboxEmail.count({
        where: { template: "convention-termination-notified", subject: { contains: number } },
      }),
    ).toBe(0);
  });
});
