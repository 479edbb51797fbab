import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import {
  attestationDeadline,
  requestsAwaitingAttestation,
} from "@/lib/family-requests/destruction-attestation-schedule";
import { retentionCutoff } from "@/lib/family-requests/purge-expired-family-data";
import { signDestructionAttestation } from "@/lib/family-requests/sign-destruction-attestation";
import { getInfoPointAttestationPdf } from "@/lib/family-requests/get-info-point-attestation-pdf";
import { getCafFamilyRequestOversight } from "@/lib/family-requests/get-caf-family-request-oversight";
import { sendDestructionAttestationReminders } from "@/lib/family-requests/send-destruction-attestation-reminders";
import { listDestructionAttestationDuties } from "@/lib/family-requests/list-destruction-attestation-duties";
import { sessionUserByEmail } from "../support/users";
import { activeConvention } from "../support/conventions";
import { pdfText, scannedPdf } from "../support/pdf";
import { notifyTermination } from "@/lib/conventions/notify-termination";
import { recordReceivedDestructionAttestation } from "@/lib/family-requests/record-received-destruction-attestation";
import { isoDay } from "@/lib/validation/dates";

const DAY = 86_400_000;
let sequence = 0;

/** A fresh information point of the Caf 47 with its active convention, so no other test's requests interfere. */
async function freshInfoPoint(name: string) {
  const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
  const commune = await db.commune.findFirstOrThrow({ where: { departementCode: "47", name: "Layrac" } });
  const tag = `legal${Date.now()}${sequence++}`;
  const { conventionId, team } = await activeConvention(agent, tag, {
    type: "INFO_POINT",
    communes: [commune.inseeCode],
    infoPointName: name,
  });
  const convention = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
  const person = await sessionUserByEmail(team[0]!.email);
  return { conventionId, infoPointId: convention.infoPointId!, cafId: convention.cafId, commune, team, person, tag };
}

async function familyRequestAt(
  infoPoint: { infoPointId: string; cafId: string; commune: { inseeCode: string }; tag: string },
  transmittedAt: Date,
) {
  const reference = `DI-47-LEGAL-${infoPoint.tag}-${sequence++}`;
  return db.familyRequest.create({
    data: {
      reference,
      communeInsee: infoPoint.commune.inseeCode,
      infoPointId: infoPoint.infoPointId,
      cafId: infoPoint.cafId,
      contactFirstName: "Léa",
      contactLastName: "Attestation",
      contactEmail: "lea.attestation@exemple.fr",
      careKinds: ["CRECHE"],
      consentAt: transmittedAt,
      transmittedAt,
    },
  });
}

const awaitingReferences = async (infoPointId: string, now: Date) =>
  (await requestsAwaitingAttestation({ id: infoPointId }, now)).map((r) => r.reference);

describe("@legal information points' destruction attestations", () => {
  it("@legal dates each attestation: due after six months, by the end of the following month, late afterwards", () => {
    const at = (iso: string) => new Date(iso);
    expect(attestationDeadline(at("2026-01-10T09:00:00Z"), null, at("2026-08-31T23:59:00Z"))).toEqual({
      dueFrom: at("2026-08-01T00:00:00Z"),
      dueBy: at("2026-09-01T00:00:00Z"),
      late: false,
    });
    expect(attestationDeadline(at("2026-01-10T09:00:00Z"), null, at("2026-09-01T00:00:00Z")).late).toBe(true);
    // The last day of a month never overflows into the month after.
    expect(attestationDeadline(at("2026-08-31T22:00:00Z"), null, at("2027-01-01T00:00:00Z")).dueBy).toEqual(
      at("2027-04-01T00:00:00Z"),
    );
    // At the convention's end, a recent request is due at once, with the following month to attest it.
    expect(
      attestationDeadline(at("2026-11-20T10:00:00Z"), at("2026-12-02T00:00:00Z"), at("2026-12-03T00:00:00Z")),
    ).toEqual({
      dueFrom: at("2026-12-02T00:00:00Z"),
      dueBy: at("2027-02-01T00:00:00Z"),
      late: false,
    });
  });

  it("@legal lists the requests transmitted more than six months ago and not yet attested, with the late ones, and everything at the convention's end", async () => {
    const now = new Date();
    const cutoff = retentionCutoff(now);
    const point = await freshInfoPoint("Relais des attestations");
    const justOver = await familyRequestAt(point, new Date(cutoff.getTime() - DAY));
    const justUnder = await familyRequestAt(point, new Date(cutoff.getTime() + DAY));
    const nineMonths = new Date(now);
    nineMonths.setUTCMonth(nineMonths.getUTCMonth() - 9);
    const old = await familyRequestAt(point, nineMonths);

    const awaiting = await requestsAwaitingAttestation({ id: point.infoPointId }, now);
    expect(awaiting.map((r) => r.reference)).toEqual([old.reference, justOver.reference]);
    expect(awaiting.find((r) => r.id === old.id)!.late).toBe(true);
    expect(awaiting.find((r) => r.id === justOver.id)!.late).toBe(false);
    expect(awaiting.map((r) => r.reference)).not.toContain(justUnder.reference);

    // The convention ends: what the information point still holds is due at once, not what came after.
    const endedAt = new Date(now.getTime() - 2 * DAY);
    await db.convention.update({
      where: { id: point.conventionId },
      data: { status: "TERMINATED", terminatedAt: endedAt },
    });
    const afterEnd = await familyRequestAt(point, new Date(now.getTime() - DAY));
    const atEnd = await requestsAwaitingAttestation({ id: point.infoPointId }, now);
    expect(atEnd.map((r) => r.reference)).toEqual([old.reference, justOver.reference, justUnder.reference]);
    expect(atEnd.map((r) => r.reference)).not.toContain(afterEnd.reference);
    expect(atEnd.find((r) => r.id === justUnder.id)).toMatchObject({ dueFrom: endedAt, late: false });
    // The duty outlives the convention: its person still finds the requests to attest.
    const duties = await listDestructionAttestationDuties(point.person, now);
    expect(duties.find((d) => d.id === point.infoPointId)!.awaiting).toHaveLength(3);
  });

  it("@legal queues the reminder once when the due month starts and once more when late, never twice", async () => {
    const point = await freshInfoPoint("Relais des rappels");
    await familyRequestAt(point, new Date("2026-01-10T09:00:00Z"));
    await familyRequestAt(point, new Date("2026-01-25T09:00:00Z"));
    const emails = () =>
      db.outboxEmail.findMany({
        where: { template: "destruction-attestation-reminder", to: { in: point.team.map((p) => p.email) } },
        orderBy: { createdAt: "asc" },
      });
    const reminders = () => db.destructionAttestationReminder.findMany({ where: { infoPointId: point.infoPointId } });

    await sendDestructionAttestationReminders(new Date("2026-07-31T12:00:00Z"));
    expect(await emails()).toHaveLength(0);

    const dueMonth = new Date("2026-08-01T06:00:00Z");
    await sendDestructionAttestationReminders(dueMonth);
    await sendDestructionAttestationReminders(new Date("2026-08-15T06:00:00Z"));
    const due = await emails();
    expect(due.map((e) => e.to).sort()).toEqual(point.team.map((p) => p.email.toLowerCase()).sort());
    expect(due[0]!.subject).toContain("31 août 2026");
    expect(due[0]!.text).toContain("2 demandes d'information");
    expect((await reminders()).map((r) => [r.kind, r.requestCount, r.recipients])).toEqual([["DUE", 2, 2]]);

    await sendDestructionAttestationReminders(new Date("2026-09-01T06:00:00Z"));
    await sendDestructionAttestationReminders(new Date("2026-09-20T06:00:00Z"));
    const all = await emails();
    expect(all).toHaveLength(4);
    expect(all.slice(2).every((e) => e.subject.startsWith("En retard"))).toBe(true);
    expect((await reminders()).map((r) => r.kind).sort()).toEqual(["DUE", "LATE"]);
  });

  it("@legal a habilitated person signs on screen: a real PDF with name, personal number and references, stored with its SHA-256", async () => {
    const now = new Date();
    const point = await freshInfoPoint("Relais de la signature");
    const first = await familyRequestAt(point, new Date(retentionCutoff(now).getTime() - 3 * DAY));
    const second = await familyRequestAt(point, new Date(retentionCutoff(now).getTime() - 2 * DAY));
    const recent = await familyRequestAt(point, new Date(now.getTime() - 10 * DAY));
    const ids = [first.id, second.id];

    await expect(
      signDestructionAttestation(point.person, point.infoPointId, { requestIds: ids }),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      signDestructionAttestation(point.person, point.infoPointId, { requestIds: [recent.id], confirmed: "on" }),
    ).rejects.toMatchObject({ status: 409 });

    const signed = await signDestructionAttestation(point.person, point.infoPointId, {
      requestIds: ids,
      confirmed: "on",
    });
    expect(signed.references).toEqual([first.reference, second.reference]);
    const stored = await db.infoPointDestructionAttestation.findUniqueOrThrow({
      where: { id: signed.id },
      include: { document: true, requests: { select: { id: true } } },
    });
    expect(stored).toMatchObject({
      signedById: point.person.id,
      signatoryName: `${point.person.firstName} ${point.person.lastName}`,
      signatoryPersonalNumber: point.person.personalNumber,
    });
    expect(stored.requests.map((r) => r.id).sort()).toEqual([...ids].sort());
    const pdf = Buffer.from(stored.document.content);
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(stored.document.sha256).toBe(createHash("sha256").update(pdf).digest("hex"));
    const text = pdfText(pdf);
    for (const expected of [
      `${point.person.firstName} ${point.person.lastName}`,
      String(point.person.personalNumber),
      first.reference,
      second.reference,
      "Relais de la signature",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(recent.reference);

    expect(await awaitingReferences(point.infoPointId, now)).toEqual([]);
    await expect(
      signDestructionAttestation(point.person, point.infoPointId, { requestIds: ids, confirmed: "on" }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await getInfoPointAttestationPdf(point.person, signed.id)).content.equals(pdf)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: signed.id } });
    expect(audit).toMatchObject({
      action: "info-point-attestation.sign",
      actorId: point.person.id,
      cafId: point.cafId,
    });
  });

  it("@legal refuses the person of another information point, and a Caf agent", async () => {
    const now = new Date();
    const point = await freshInfoPoint("Relais gardé");
    const due = await familyRequestAt(point, new Date(retentionCutoff(now).getTime() - DAY));
    const outsider = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    await expect(
      signDestructionAttestation(outsider, point.infoPointId, { requestIds: [due.id], confirmed: "on" }),
    ).rejects.toMatchObject({ status: 404 });
    // Another point's requests cannot be slipped into one's own attestation.
    const other = await freshInfoPoint("Relais voisin");
    await expect(
      signDestructionAttestation(other.person, other.infoPointId, { requestIds: [due.id], confirmed: "on" }),
    ).rejects.toMatchObject({ status: 409 });
    const agent: SessionUser = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    await expect(
      signDestructionAttestation(agent, point.infoPointId, { requestIds: [due.id], confirmed: "on" }),
    ).rejects.toMatchObject({ status: 403 });
    expect(await awaitingReferences(point.infoPointId, now)).toEqual([due.reference]);

    const signed = await signDestructionAttestation(point.person, point.infoPointId, {
      requestIds: [due.id],
      confirmed: "on",
    });
    await expect(getInfoPointAttestationPdf(outsider, signed.id)).rejects.toMatchObject({ status: 404 });
  });

  it("@legal shows the Caf its information points' missing and late attestations and the signed PDFs; another Caf sees none", async () => {
    const now = new Date();
    const point = await freshInfoPoint("Relais surveillé");
    const late = new Date(now);
    late.setUTCMonth(late.getUTCMonth() - 9);
    await familyRequestAt(point, late);
    const pending = await familyRequestAt(point, new Date(retentionCutoff(now).getTime() - DAY));
    const agent47 = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const agent39 = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");

    const oversight = await getCafFamilyRequestOversight(agent47, now);
    expect(oversight.missingAttestations.find((row) => row.infoPointId === point.infoPointId)).toMatchObject({
      name: "Relais surveillé",
      awaiting: 2,
      late: 1,
    });
    expect(
      (await getCafFamilyRequestOversight(agent39, now)).missingAttestations.map((row) => row.infoPointId),
    ).not.toContain(point.infoPointId);

    const signed = await signDestructionAttestation(point.person, point.infoPointId, {
      requestIds: [pending.id],
      confirmed: "on",
    });
    const after = await getCafFamilyRequestOversight(agent47, now);
    expect(after.missingAttestations.find((row) => row.infoPointId === point.infoPointId)).toMatchObject({
      awaiting: 1,
      late: 1,
    });
    expect(after.signedAttestations.map((a) => a.id)).toContain(signed.id);
    expect((await getCafFamilyRequestOversight(agent39, now)).signedAttestations.map((a) => a.id)).not.toContain(
      signed.id,
    );
    const download = await getInfoPointAttestationPdf(agent47, signed.id);
    expect(download.content.subarray(0, 4).toString("latin1")).toBe("%PDF");
    await expect(getInfoPointAttestationPdf(agent39, signed.id)).rejects.toMatchObject({ status: 404 });
  });

  it("@legal after its convention ended, the Caf records the information point's paper attestation: nothing is missing any more", async () => {
    const now = new Date();
    const point = await freshInfoPoint("Relais résilié");
    const late = new Date(now);
    late.setUTCMonth(late.getUTCMonth() - 9);
    const old = await familyRequestAt(point, late);
    const recent = await familyRequestAt(point, new Date(now.getTime() - 2 * DAY));
    const agent47 = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const agent39 = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const partner = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    await notifyTermination(agent47, point.conventionId, { mode: "immediate", reason: "Fin d'activité du relais" });
    // Nobody is left to sign online: the team's accounts were closed with the convention.
    expect((await db.user.findUniqueOrThrow({ where: { id: point.person.id } })).active).toBe(false);
    expect(
      (await getCafFamilyRequestOversight(agent47)).missingAttestations.find(
        (r) => r.infoPointId === point.infoPointId,
      ),
    ).toMatchObject({ awaiting: 2, late: 1 });

    const input = {
      infoPointId: point.infoPointId,
      signatoryName: "Claire Martin",
      signatoryRole: "Présidente de l'association",
      signedOn: isoDay(now),
      paperOriginalOnFile: "on",
    };
    await expect(recordReceivedDestructionAttestation(agent39, input)).rejects.toMatchObject({ status: 404 });
    await expect(recordReceivedDestructionAttestation(partner, input)).rejects.toMatchObject({ status: 403 });
    await expect(
      recordReceivedDestructionAttestation(agent47, { ...input, paperOriginalOnFile: undefined }),
    ).rejects.toThrow("original papier");
    await expect(
      recordReceivedDestructionAttestation(agent47, { ...input, signedOn: isoDay(new Date(now.getTime() + 2 * DAY)) }),
    ).rejects.toThrow("futur");
    const notPdf = new File([new TextEncoder().encode("pas un PDF")], "scan.pdf", { type: "application/pdf" });
    await expect(recordReceivedDestructionAttestation(agent47, { ...input, scan: notPdf })).rejects.toMatchObject({
      status: 422,
    });
    expect(await db.infoPointDestructionAttestation.count({ where: { infoPointId: point.infoPointId } })).toBe(0);

    const recorded = await recordReceivedDestructionAttestation(agent47, input);
    expect([...recorded.references].sort()).toEqual([old.reference, recent.reference].sort());
    const stored = await db.infoPointDestructionAttestation.findUniqueOrThrow({ where: { id: recorded.id } });
    expect(stored).toMatchObject({
      signedById: null,
      recordedById: agent47.id,
      signatoryName: "Claire Martin",
      signatoryRole: "Présidente de l'association",
      paperOriginalOnFile: true,
      signedAt: new Date(`${isoDay(now)}T00:00:00Z`),
    });
    expect(
      await db.familyRequest.count({ where: { id: { in: [old.id, recent.id] }, infoPointAttestationId: recorded.id } }),
    ).toBe(2);
    const after = await getCafFamilyRequestOversight(agent47);
    expect(after.missingAttestations.map((r) => r.infoPointId)).not.toContain(point.infoPointId);
    expect(after.signedAttestations.find((a) => a.id === recorded.id)?.recordedBy).toMatchObject({
      lastName: agent47.lastName,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: recorded.id } });
    expect(audit).toMatchObject({ action: "info-point-attestation.record-received", actorId: agent47.id });
    const text = pdfText((await getInfoPointAttestationPdf(agent47, recorded.id)).content);
    expect(text).toContain("Claire Martin");
    expect(text).toContain("exemplaire papier classé à la Caf");
    await expect(recordReceivedDestructionAttestation(agent47, input)).rejects.toMatchObject({ status: 409 });
  });

  it("@legal the Caf may store the received attestation's scan instead of a generated record", async () => {
    const point = await freshInfoPoint("Relais scanné");
    const late = new Date();
    late.setUTCMonth(late.getUTCMonth() - 9);
    await familyRequestAt(point, late);
    const agent47 = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const scan = await scannedPdf();
    const recorded = await recordReceivedDestructionAttestation(agent47, {
      infoPointId: point.infoPointId,
      signatoryName: "Paul Durand",
      signatoryRole: "Maire",
      signedOn: isoDay(new Date()),
      scan: new File([scan], "attestation.pdf", { type: "application/pdf" }),
    });
    const download = await getInfoPointAttestationPdf(agent47, recorded.id);
    expect(download.content.equals(Buffer.from(scan))).toBe(true);
    expect(await db.infoPointDestructionAttestation.findUniqueOrThrow({ where: { id: recorded.id } })).toMatchObject({
      paperOriginalOnFile: false,
    });
  });
});
