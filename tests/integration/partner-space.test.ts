import { describe, expect, inject, it } from "vitest";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { startReview } from "@/lib/habilitation/start-review";
import { askForChange } from "@/lib/partner-space/ask-for-change";
import { reportLeaver } from "@/lib/partner-space/report-leaver";
import { authenticate } from "@/lib/auth/authenticate";
import type { SessionUser } from "@/lib/auth/session";
import { listMyConventions } from "@/lib/partner-space/list-my-conventions";
import { getPartnerAccess } from "@/lib/partner-space/get-partner-access";
import { getConventionPdf } from "@/lib/conventions/get-convention-pdf";
import { postCafMessage } from "@/lib/threads/post-caf-message";
import { replyFromFollowUp } from "@/lib/threads/reply-from-follow-up";
import { replyFromPartnerSpace } from "@/lib/threads/reply-from-partner-space";
import { listCafThread } from "@/lib/threads/list-caf-thread";
import { listChangeAsks } from "@/lib/desk/list-change-asks";
import { closeChangeAsk } from "@/lib/desk/close-change-ask";
import { assignDeskItem } from "@/lib/desk/assign-desk-item";
import { listDeskRequests } from "@/lib/desk/list-desk-requests";
import { exportDeskRequests } from "@/lib/desk/export-desk-requests";
import { addRequestNote } from "@/lib/desk/add-request-note";
import { listRequestNotes } from "@/lib/desk/list-request-notes";
import { getFollowUp } from "@/lib/habilitation/get-follow-up";
import { sessionUserByEmail } from "../support/users";
import { drainAll } from "../support/outbox";
import { facilitiesOf, people, providerDetails } from "../support/habilitation-fixtures";
import { pdfText } from "../support/pdf";
import { activeConvention } from "../support/conventions";

const request = { ip: "198.51.100.73", userAgent: "vitest" };

async function demoConvention(number: string) {
  return db.convention.findFirstOrThrow({ where: { number } });
}

async function submitted(tag: string) {
  const provider = providerDetails({ legalName: `Crèches ${tag}` });
  const [facility] = await facilitiesOf("47", 1);
  const result = await submitHabilitationRequest(
    {
      type: "STRUCTURES",
      provider,
      departementCode: "47",
      people: people(1, tag),
      facilities: [{ facilityId: facility!.id, operatingInfo: true, availabilities: false }],
    },
    request,
  );
  await drainAll();
  const mail = (await listSinkMessages(inject("mailDir"), { to: provider.email })).find((m) =>
    m.subject.includes(result.reference),
  )!;
  return { ...result, provider, token: /\/suivi\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1] };
}

describe("@instruction partner space, threads and the Caf's desk", () => {
  it("@instruction a partner sees their convention and asks for a change, which reaches the Caf's desk", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const infoPoint = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const convention = await demoConvention("CONV-47-DEMO-0001");

    // Other test files may give the demo director further conventions: read the demo one by its number.
    const mine = (await listMyConventions(director)).find((c) => c.number === "CONV-47-DEMO-0001");
    expect(mine!.number).toBe("CONV-47-DEMO-0001");
    expect(mine!.facilities.map((f) => f.facility.name)).toContain("Les petits bouchons");
    expect(mine!.nextAnniversary!.getTime()).toBeGreaterThan(Date.now());
    expect(pdfText((await getConventionPdf(director, convention.id)).pdf)).toContain("CONV-47-DEMO-0001");
    // Another partner gets neither the convention nor its PDF.
    expect((await listMyConventions(infoPoint)).map((c) => c.number)).not.toContain("CONV-47-DEMO-0001");
    await expect(getConventionPdf(infoPoint, convention.id)).rejects.toMatchObject({ status: 404 });

    const details = `Ajouter Zoé Martin-${Date.now()}, auxiliaire, zoe.martin@albret-exemple.fr`;
    await expect(askForChange(director, convention.id, { details: "court" })).rejects.toThrow(/10 caractères/);
    await expect(askForChange(infoPoint, convention.id, { details })).rejects.toMatchObject({ status: 404 });
    await expect(askForChange(agent, convention.id, { details })).rejects.toMatchObject({ status: 403 });
    const ask = await askForChange(director, convention.id, { details });

    const desk = await listChangeAsks(agent);
    expect(desk.find((a) => a.id === ask.id)).toMatchObject({ details, convention: { number: "CONV-47-DEMO-0001" } });
    expect((await listChangeAsks(juraAgent)).some((a) => a.id === ask.id)).toBe(false);
    await drainAll();
    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
    expect((await listSinkMessages(inject("mailDir"), { to: caf.email })).some((m) => m.text.includes(details))).toBe(
      true,
    );

    await assignDeskItem(agent, { kind: "changeAsk", id: ask.id, assignee: "moi" });
    await expect(assignDeskItem(juraAgent, { kind: "changeAsk", id: ask.id, assignee: "moi" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(assignDeskItem(agent, { kind: "changeAsk", id: ask.id, assignee: juraAgent.id })).rejects.toThrow(
      /agent actif de la Caf concernée/,
    );
    expect((await listChangeAsks(agent)).find((a) => a.id === ask.id)?.assignee?.id).toBe(agent.id);
    await expect(closeChangeAsk(juraAgent, ask.id, { note: "Avenant n° 3 produit" })).rejects.toMatchObject({
      status: 404,
    });
    await closeChangeAsk(agent, ask.id, { note: "Avenant n° 3 produit" });
    await expect(closeChangeAsk(agent, ask.id, { note: "encore" })).rejects.toThrow(/déjà traitée/);
    expect((await listChangeAsks(agent)).some((a) => a.id === ask.id)).toBe(false);
  });

  it("@instruction a thread per request and per convention, e-mailed to the other side", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const infoPoint = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    const mailDir = inject("mailDir");
    const req = await submitted(`fil${Date.now()}`);

    await expect(postCafMessage(juraAgent, { requestId: req.id }, { body: "Bonjour" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(postCafMessage(director, { requestId: req.id }, { body: "Bonjour" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(postCafMessage(agent, { requestId: req.id }, { body: "" })).rejects.toThrow(/champ obligatoire/);
    await postCafMessage(agent, { requestId: req.id }, { body: "Pouvez-vous préciser le gestionnaire ?" });
    await replyFromFollowUp(req.token, { body: "La gestion est déléguée par la commune." }, request);
    await expect(replyFromFollowUp("faux", { body: "x y" }, request)).rejects.toThrow(/n'est pas valide/);
    const thread = await listCafThread(agent, { requestId: req.id });
    expect(thread.map((m) => [m.from, m.body])).toEqual([
      ["CAF", "Pouvez-vous préciser le gestionnaire ?"],
      ["PARTNER", "La gestion est déléguée par la commune."],
    ]);
    expect((await getFollowUp(req.token)).request.messages).toHaveLength(2);
    await drainAll();
    expect(
      (await listSinkMessages(mailDir, { to: req.provider.email })).some((m) =>
        m.text.includes("préciser le gestionnaire"),
      ),
    ).toBe(true);

    const convention = await demoConvention("CONV-47-DEMO-0001");
    await postCafMessage(
      agent,
      { conventionId: convention.id },
      { body: "Pensez à mettre à jour vos disponibilités." },
    );
    await replyFromPartnerSpace(director, convention.id, { body: "C'est fait, merci." });
    await expect(replyFromPartnerSpace(infoPoint, convention.id, { body: "Intrusion" })).rejects.toMatchObject({
      status: 404,
    });
    // Other test files may give the demo director further conventions: read the demo one by its number.
    const mine = (await listMyConventions(director)).find((c) => c.number === "CONV-47-DEMO-0001");
    expect(mine!.messages.slice(-2).map((m) => m.body)).toEqual([
      "Pensez à mettre à jour vos disponibilités.",
      "C'est fait, merci.",
    ]);
    await drainAll();
    expect(
      (await listSinkMessages(mailDir, { to: director.email })).some((m) => m.text.includes("disponibilités")),
    ).toBe(true);
  });

  it("@instruction the desk filters, assigns, keeps private notes and exports CSV and .xlsx read back", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const tag = `bureau${Date.now()}`;
    const mineReq = await submitted(`${tag}a`);
    const otherReq = await submitted(`${tag}b`);
    await startReview(agent, mineReq.id);
    await assignDeskItem(agent, { kind: "request", id: mineReq.id, assignee: "moi" });
    await expect(assignDeskItem(agent, { kind: "request", id: mineReq.id, assignee: "quelqu'un" })).rejects.toThrow(
      /Choisissez un agent/,
    );
    // An old request: 40 days in its state.
    await db.habilitationRequest.update({
      where: { id: otherReq.id },
      data: { statusChangedAt: new Date(Date.now() - 40 * 86_400_000), legalName: `=HYPERLINK("x") ${tag}` },
    });

    const assigned = await listDeskRequests(agent, { assignee: "moi", status: "IN_REVIEW" });
    expect(assigned.requests.map((r) => r.id)).toContain(mineReq.id);
    expect(assigned.requests.map((r) => r.id)).not.toContain(otherReq.id);
    const old = await listDeskRequests(agent, { minDays: "30" });
    expect(old.requests.map((r) => r.id)).toContain(otherReq.id);
    expect(old.requests.map((r) => r.id)).not.toContain(mineReq.id);
    expect(old.requests.find((r) => r.id === otherReq.id)!.daysWaiting).toBe(40);
    // Unknown filter values are ignored, not errors.
    expect((await listDeskRequests(agent, { status: "N'IMPORTE", minDays: "-3", sort: "x" })).query).toMatchObject({
      status: undefined,
      minDays: undefined,
      sort: "anciennete",
    });
    expect((await listDeskRequests(juraAgent, {})).requests.some((r) => r.id === mineReq.id)).toBe(false);

    await addRequestNote(agent, mineReq.id, { body: "Rappeler la directrice lundi." });
    await expect(addRequestNote(juraAgent, mineReq.id, { body: "x y" })).rejects.toMatchObject({ status: 404 });
    await expect(addRequestNote(agent, mineReq.id, { body: "" })).rejects.toThrow(/champ obligatoire/);
    expect((await listRequestNotes(agent, mineReq.id)).map((n) => n.body)).toEqual(["Rappeler la directrice lundi."]);
    expect(JSON.stringify(await getFollowUp(mineReq.token))).not.toContain("Rappeler la directrice");

    const csv = await exportDeskRequests(agent, { minDays: "30" }, "csv");
    const rows: string[][] = parse(csv.content.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: ";" });
    expect(rows[0]).toEqual([
      "Référence",
      "Organisme",
      "SIRET",
      "Convention",
      "État",
      "Jours dans cet état",
      "Agent chargé",
      "Déposée le",
    ]);
    const csvRow = rows.find((r) => r[0] === otherReq.reference)!;
    expect(csvRow[1]).toBe(`'=HYPERLINK("x") ${tag}`);
    expect(csvRow[5]).toBe("40");
    expect(rows.some((r) => r[0] === mineReq.reference)).toBe(false);

    const xlsx = await exportDeskRequests(agent, { assignee: "moi" }, "xlsx");
    const workbook = new ExcelJS.Workbook();
    // exceljs types its own Buffer interface, older than Node's.
    await workbook.xlsx.load(xlsx.content as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Demandes")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Référence");
    const references: unknown[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) references.push(row.getCell(1).value);
    });
    expect(references).toContain(mineReq.reference);
    expect(references).not.toContain(otherReq.reference);
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === mineReq.reference)!;
    expect(row.getCell(5).value).toBe("En cours d'instruction");
    expect(row.getCell(7).value).toBe(`${agent.firstName} ${agent.lastName}`);
  });

  it("@instruction an information point's access: its communes; a provider's: its facilities", async () => {
    const infoPoint = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    expect(await getPartnerAccess(infoPoint)).toMatchObject({ infoPoint: true, structures: false });
    expect((await getPartnerAccess(infoPoint)).communes).toEqual(
      expect.arrayContaining(["Lavardac", "Nérac", "Mézin"]),
    );
    expect(await getPartnerAccess(director)).toMatchObject({ infoPoint: false, structures: true, communes: [] });
  });
});

async function provisionalPassword(email: string) {
  await drainAll();
  const mail = (await listSinkMessages(inject("mailDir"), { to: email }))[0];
  return /Mot de passe provisoire : (\w{8})/.exec(mail!.text)![1];
}

describe("@instruction report a leaver from the partner space", () => {
  it("@instruction a partner reports a colleague who then cannot sign in; another convention's person is refused", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const [facility, otherFacility] = await facilitiesOf("47", 2);
    const stamp = Date.now();
    const { conventionId, team } = await activeConvention(agent, `dep${stamp}`, {
      type: "STRUCTURES",
      facilityIds: [facility!.id],
    });
    const other = await activeConvention(agent, `autre${stamp}`, {
      type: "STRUCTURES",
      facilityIds: [otherFacility!.id],
    });
    const [reporter, leaver] = (await Promise.all(team.map((p) => sessionUserByEmail(p.email)))) as [
      SessionUser,
      SessionUser,
    ];
    const row = (email: string, id = conventionId) =>
      db.conventionPerson.findFirstOrThrow({ where: { conventionId: id, email } });
    const leaverRow = await row(leaver.email);
    const strangerRow = await row(other.team[0]!.email, other.conventionId);
    const password = await provisionalPassword(leaver.email);
    const signIn = { ip: "198.51.100.74", userAgent: "vitest" };
    expect(await authenticate({ email: leaver.email, password }, signIn)).toMatchObject({ email: leaver.email });

    const reason = "Départ de la structure le 30 novembre";
    // Bad input answers a French message and changes nothing.
    await expect(reportLeaver(reporter, conventionId, { conventionPersonId: leaverRow.id })).rejects.toThrow(
      /Motif : champ obligatoire/,
    );
    await expect(
      reportLeaver(reporter, conventionId, { conventionPersonId: "personne-inconnue", reason }),
    ).rejects.toMatchObject({ status: 404, message: "Personne introuvable dans cette convention." });
    // A person of another convention, through this convention's form or through the other one.
    await expect(
      reportLeaver(reporter, conventionId, { conventionPersonId: strangerRow.id, reason }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      reportLeaver(reporter, other.conventionId, { conventionPersonId: strangerRow.id, reason }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(reportLeaver(agent, conventionId, { conventionPersonId: leaverRow.id, reason })).rejects.toMatchObject(
      { status: 403 },
    );
    expect((await row(other.team[0]!.email, other.conventionId)).suspendedAt).toBeNull();
    expect((await row(leaver.email)).suspendedAt).toBeNull();

    expect(await reportLeaver(reporter, conventionId, { conventionPersonId: leaverRow.id, reason })).toMatchObject({
      accountDeactivated: true,
    });
    expect(await row(leaver.email)).toMatchObject({ suspendedById: reporter.id, suspensionReason: reason });
    expect(await authenticate({ email: leaver.email, password }, signIn)).toBeNull();
    // The convention no longer counts the leaver among the people it gives access to.
    expect(await listMyConventions(leaver)).toEqual([]);
    const [mine] = await listMyConventions(reporter);
    expect(mine!.people.find((p) => p.id === leaverRow.id)?.suspendedAt).toBeInstanceOf(Date);
  });
});
