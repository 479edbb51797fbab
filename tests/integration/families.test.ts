import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { submitFamilyRequest } from "@/lib/family-requests/submit-family-request";
import { listInfoPointRequests } from "@/lib/family-requests/list-info-point-requests";
import { downloadFamilyRequest, downloadNewRequestsFeed } from "@/lib/family-requests/download-family-requests";
import { markFamilyRequestHandled } from "@/lib/family-requests/mark-family-request-handled";
import { purgeExpiredFamilyData, retentionCutoff } from "@/lib/family-requests/purge-expired-family-data";
import { getDestructionAttestationPdf } from "@/lib/family-requests/get-destruction-attestation-pdf";
import { getCafFamilyRequestOversight } from "@/lib/family-requests/get-caf-family-request-oversight";
import { isoDay } from "@/lib/validation/dates";
import { sessionUserByEmail } from "../support/users";
import { drainAll } from "../support/outbox";
import { activeConvention } from "../support/conventions";
import { pdfText } from "../support/pdf";
import { lettersOf } from "../support/letters";
import { formatMonth } from "@/lib/text/french-dates";

const request = { ip: "198.51.100.40", userAgent: "vitest" };
const DAY = 86_400_000;

async function communeCode(name: string) {
  return (await db.commune.findFirstOrThrow({ where: { departementCode: "47", name } })).inseeCode;
}

function familyForm(communeInsee: string, overrides: Record<string, unknown> = {}) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return {
    communeInsee,
    firstName: "Léonie",
    lastName: `Famille-${lettersOf(stamp)}`,
    email: `famille.${stamp}@exemple.fr`,
    phone: "06 12 34 56 78",
    children: [
      { status: "born", date: isoDay(new Date(Date.now() - 300 * DAY)) },
      { status: "expected", date: isoDay(new Date(Date.now() + 60 * DAY)) },
    ],
    wishedStartDate: isoDay(new Date(Date.now() + 90 * DAY)),
    schedule: "Lundi au jeudi, 8 h 30 – 17 h 30",
    careKinds: ["CRECHE", "ASSISTANT_MATERNEL"],
    message: "Nous arrivons à Nérac en janvier.",
    consent: true,
    ...overrides,
  };
}

function validateAgainstXsd(xml: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "xml-")), "demande.xml");
  writeFileSync(file, xml);
  return execFileSync("xmllint", ["--noout", "--schema", "public/schemas/demande-information.xsd", file], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("@families information requests", () => {
  it("@families routes a request to the commune's information point only, with e-mails that keep personal data out of the notification", async () => {
    const rpe = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const other = await activeConvention(agent, `ip${Date.now()}`, {
      type: "INFO_POINT",
      communes: [await communeCode("Agen")],
      infoPointName: "RPE de l'Agenais",
    });
    const otherUser = await sessionUserByEmail(other.team[0]!.email);

    const form = familyForm(await communeCode("Nérac"));
    const result = await submitFamilyRequest(form, request);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.infoPointName).toBe("RPE de Lavardac");

    const mine = await listInfoPointRequests(rpe, {});
    expect(mine.requests.map((r) => r.reference)).toContain(result.reference);
    const theirs = await listInfoPointRequests(otherUser, {});
    expect(theirs.requests.map((r) => r.reference)).not.toContain(result.reference);
    const stored = await db.familyRequest.findUniqueOrThrow({ where: { reference: result.reference } });
    await expect(downloadFamilyRequest(otherUser, stored.id, "pdf")).rejects.toMatchObject({ status: 404 });
    await expect(downloadFamilyRequest(agent, stored.id, "pdf")).rejects.toMatchObject({ status: 403 });

    await drainAll();
    const mailDir = inject("mailDir");
    const confirmation = (await listSinkMessages(mailDir, { to: form.email }))[0];
    expect(confirmation!.text).toContain(result.reference);
    const notification = (await listSinkMessages(mailDir, { to: "rpe.lavardac@demo.monenfant.fr" })).find((m) =>
      m.text.includes(result.reference),
    );
    expect(notification).toBeDefined();
    for (const secret of [form.lastName, form.email, "06 12 34 56 78", "0612345678", form.message])
      expect(notification!.text).not.toContain(secret);
    expect(
      (await listSinkMessages(mailDir, { to: other.team[0]!.email })).some((m) => m.text.includes(result.reference)),
    ).toBe(false);
  });

  it("@families says plainly when no information point covers the commune, gives the Caf's contact and stores nothing", async () => {
    const before = await db.familyRequest.count();
    const result = await submitFamilyRequest(familyForm(await communeCode("Marmande")), request);
    expect(result).toMatchObject({
      ok: false,
      noInfoPoint: { communeName: "Marmande", cafName: "Caf de Lot-et-Garonne" },
    });
    expect(await db.familyRequest.count()).toBe(before);
    const invalid = await submitFamilyRequest(
      familyForm(await communeCode("Nérac"), {
        consent: false,
        careKinds: [],
        children: [{ status: "born", date: "2010-01-01" }],
      }),
      request,
    ).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ZodError);
    const messages = invalid instanceof ZodError ? invalid.issues.map((i) => i.message) : [];
    expect(messages).toEqual(
      expect.arrayContaining([
        "Votre accord est nécessaire pour transmettre la demande.",
        "Choisissez au moins un mode d'accueil.",
        "Date de naissance : l'enfant doit avoir moins de 6 ans.",
      ]),
    );
  });

  it("@families gives the request as PDF and as XML valid against the published XSD; the feed marks new requests as retrieved", async () => {
    const rpe = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    const form = familyForm(await communeCode("Mézin"));
    const result = await submitFamilyRequest(form, request);
    if (!result.ok) throw new Error("refused");
    const stored = await db.familyRequest.findUniqueOrThrow({ where: { reference: result.reference } });

    const feed = await downloadNewRequestsFeed(rpe);
    const feedXml = feed.content.toString("utf8");
    expect(feedXml).toContain(result.reference);
    validateAgainstXsd(feedXml);
    expect((await db.familyRequest.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe("DOWNLOADED");
    expect((await downloadNewRequestsFeed(rpe)).content.toString("utf8")).not.toContain(result.reference);

    const xml = (await downloadFamilyRequest(rpe, stored.id, "xml")).content.toString("utf8");
    validateAgainstXsd(xml);
    expect(xml).toContain(`<courriel>${form.email}</courriel>`);
    expect(xml).toContain('<commune codeInsee="47167">Mézin</commune>');
    const pdf = pdfText((await downloadFamilyRequest(rpe, stored.id, "pdf")).content);
    for (const expected of [
      result.reference,
      form.lastName,
      form.email,
      "Mézin",
      "Assistant(e) maternel(le)",
      "Lundi au jeudi",
    ])
      expect(pdf).toContain(expected);

    await markFamilyRequestHandled(rpe, stored.id);
    expect(await db.familyRequest.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({
      status: "HANDLED",
      handledById: rpe.id,
    });
  });

  it("@families flags to the Caf the requests not retrieved within 15 days, and only to that Caf", async () => {
    const form = familyForm(await communeCode("Bruch"));
    const late = await submitFamilyRequest(form, request);
    const recent = await submitFamilyRequest(familyForm(await communeCode("Bruch")), request);
    if (!late.ok || !recent.ok) throw new Error("refused");
    await db.familyRequest.update({
      where: { reference: late.reference },
      data: { transmittedAt: new Date(Date.now() - 16 * DAY) },
    });
    await db.familyRequest.update({
      where: { reference: recent.reference },
      data: { transmittedAt: new Date(Date.now() - 14 * DAY) },
    });
    const overdue47 = (
      await getCafFamilyRequestOversight(await sessionUserByEmail("agent.caf47@demo.monenfant.fr"))
    ).overdue.map((r) => r.reference);
    expect(overdue47).toContain(late.reference);
    expect(overdue47).not.toContain(recent.reference);
    const overdue39 = (
      await getCafFamilyRequestOversight(await sessionUserByEmail("agent.caf39@demo.monenfant.fr"))
    ).overdue.map((r) => r.reference);
    expect(overdue39).not.toContain(late.reference);
  });
});

describe("@families retention", () => {
  it("@families deletes exactly the personal data older than 6 months and writes the destruction attestation", async () => {
    // The clock is "now"; the requests are dated around the six-month boundary.
    const now = new Date();
    const cutoff = retentionCutoff(now);
    const nerac = await communeCode("Nérac");
    // Old requests other files leave behind (their own information points) are not this test's count.
    await purgeExpiredFamilyData(now);
    const dayBeforeCutoff = new Date(cutoff.getTime() - DAY);
    // Mid-month of the month before: two attestations, whatever today's date (e.g. on the 1st, seven months
    // back and the day before the cutoff fall in the same month).
    const monthBefore = new Date(Date.UTC(dayBeforeCutoff.getUTCFullYear(), dayBeforeCutoff.getUTCMonth() - 1, 15, 12));
    const ages = { seven: monthBefore, justOver: dayBeforeCutoff, justUnder: new Date(cutoff.getTime() + DAY) };
    const references: Record<keyof typeof ages, string> = { seven: "", justOver: "", justUnder: "" };
    for (const key of Object.keys(ages) as (keyof typeof ages)[]) {
      const result = await submitFamilyRequest(familyForm(nerac), request);
      if (!result.ok) throw new Error("refused");
      await db.familyRequest.update({ where: { reference: result.reference }, data: { transmittedAt: ages[key] } });
      references[key] = result.reference;
    }
    const outcome = await purgeExpiredFamilyData(now);
    expect(outcome.purged).toBe(2);

    const [seven, justOver, justUnder] = await Promise.all(
      Object.values(references).map((reference) => db.familyRequest.findUniqueOrThrow({ where: { reference } })),
    );
    for (const purged of [seven, justOver]) {
      expect(purged).toMatchObject({
        contactFirstName: null,
        contactLastName: null,
        contactEmail: null,
        contactPhone: null,
        children: null,
        message: null,
      });
      expect(purged!.personalDataDeletedAt).toEqual(now);
      expect(purged!.reference).toBeTruthy();
    }
    expect(justUnder!.contactEmail).not.toBeNull();
    expect(justUnder!.personalDataDeletedAt).toBeNull();

    const month = (date: Date) => date.toISOString().slice(0, 7);
    const attestations = await db.destructionAttestation.findMany({
      where: { infoPoint: { name: "RPE de Lavardac" } },
      orderBy: { month: "asc" },
    });
    expect(attestations.map((a) => [a.month, a.requestCount, a.references])).toEqual([
      [month(ages.seven), 1, [references.seven]],
      [month(ages.justOver), 1, [references.justOver]],
    ]);
    expect(await purgeExpiredFamilyData(now)).toEqual({ purged: 0, attestations: 0, finalised: 0 });
    // A month wholly past the retention, with nothing left to delete, is final; the cutoff's own month is not yet
    // (unless the cutoff falls on the 1st, when the day before it closes the month before).
    const stillOpen = month(ages.justOver) === month(cutoff);
    expect(attestations.map((a) => a.finalAt)).toEqual([now, stillOpen ? null : now]);

    const rpe = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    const finalPdf = await getDestructionAttestationPdf(rpe, attestations[0]!.id);
    expect(finalPdf.fileName).toBe(`attestation-destruction-${month(ages.seven)}.pdf`);
    expect(pdfText(finalPdf.content)).not.toContain("provisoire");
    const latest = await getDestructionAttestationPdf(rpe, attestations[1]!.id);
    const pdf = pdfText(latest.content);
    expect(pdf.includes("Attestation provisoire")).toBe(stillOpen);
    expect(latest.fileName.endsWith("-provisoire.pdf")).toBe(stillOpen);
    expect(pdf).toContain("Attestation de destruction");
    expect(pdf).toContain(references.justOver);
    expect(pdf).toContain(formatMonth(ages.justOver));
    // Issued under the names of the day: renaming the information point or its Caf later does not rewrite it.
    const point = await db.infoPoint.findUniqueOrThrow({
      where: { id: attestations[1]!.infoPointId },
      include: { caf: true },
    });
    expect(pdf).toContain(point.name);
    expect(pdf).toContain(point.caf.name);
    await db.infoPoint.update({ where: { id: point.id }, data: { name: "RPE renommé" } });
    await db.caf.update({ where: { id: point.cafId }, data: { name: "Caf renommée" } });
    try {
      const later = pdfText((await getDestructionAttestationPdf(rpe, attestations[1]!.id)).content);
      expect(later).toBe(pdf);
    } finally {
      await db.infoPoint.update({ where: { id: point.id }, data: { name: point.name } });
      await db.caf.update({ where: { id: point.cafId }, data: { name: point.caf.name } });
    }
    await expect(
      getDestructionAttestationPdf(await sessionUserByEmail("agent.caf47@demo.monenfant.fr"), attestations[1]!.id),
    ).resolves.toBeDefined();
    await expect(
      getDestructionAttestationPdf(await sessionUserByEmail("agent.caf39@demo.monenfant.fr"), attestations[1]!.id),
    ).rejects.toMatchObject({ status: 404 });

    const xml = (await downloadFamilyRequest(rpe, seven!.id, "xml")).content.toString("utf8");
    validateAgainstXsd(xml);
    expect(xml).not.toContain("<contact>");
  });
});
