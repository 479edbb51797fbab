import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/session";
import { previewFacilityImport } from "@/lib/catalogue/preview-facility-import";
import { startFacilityImport } from "@/lib/catalogue/start-facility-import";
import { runFacilityImport } from "@/lib/catalogue/run-facility-import";
import { getFacilityImport } from "@/lib/catalogue/get-facility-import";
import { getFacilityImportReport } from "@/lib/catalogue/get-facility-import-report";
import { createFacility } from "@/lib/catalogue/create-facility";
import { updateFacility } from "@/lib/catalogue/update-facility";
import { changeFacilityStatus } from "@/lib/catalogue/change-facility-status";
import { getFacility } from "@/lib/catalogue/get-facility";
import { listFacilities } from "@/lib/catalogue/list-facilities";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { sessionUserByEmail } from "../support/users";
import { catalogueCsv } from "../support/catalogue-csv";

const csvFile = (content: string, name = "structures.csv") => new File([content], name, { type: "text/csv" });

async function importFile(actor: Awaited<ReturnType<typeof sessionUserByEmail>>, content: string) {
  const preview = await previewFacilityImport(actor, { file: csvFile(content) });
  if (preview.errorCount === 0) {
    await startFacilityImport(actor, preview.jobId);
    await runFacilityImport(preview.jobId);
  }
  return getFacilityImport(actor, preview.jobId, { withErrors: true });
}

describe("@catalogue CSV import", () => {
  it("@catalogue reports each faulty line with a French reason, then imports all or nothing, and a re-import changes nothing", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    // Letters only: a run's prefix containing "42" matched the picker's "42" term on all 300 names, and n° 42 fell off the first page.
    const prefix = `IT${String(Date.now()).replace(/\d/g, (digit) => "ABCDEFGHIJ"[Number(digit)]!)}`;
    const faulty = await importFile(
      agent,
      catalogueCsv(prefix, 300, [10, 120, 250]) + `${prefix}-00005;Micro-crèche;Doublon;1 rue;47000;47001;;;;;;\n`,
    );
    expect(faulty.state).toBe("preview");
    expect(faulty.errors.map((error) => error.line)).toEqual([12, 122, 252, 302]);
    expect(faulty.errors[0]!.reason).toMatch(/^Commune inconnue/);
    expect(faulty.errors[1]!.reason).toMatch(/^Code postal : 5 chiffres attendus/);
    expect(faulty.errors[2]!.reason).toBe("Type de structure inconnu.");
    expect(faulty.errors[3]!.reason).toMatch(/^Doublon : l'identifiant .* figure déjà ligne 7/);
    expect(await db.facility.count({ where: { externalId: { startsWith: prefix } } })).toBe(0);
    await expect(startFacilityImport(agent, faulty.id)).rejects.toThrow(/lignes en erreur/);

    const done = await importFile(agent, catalogueCsv(prefix, 300));
    expect(done).toMatchObject({ state: "done", processed: 300, counts: { create: 300, update: 0, unchanged: 0 } });
    const imported = await db.facility.findMany({ where: { externalId: { startsWith: prefix } } });
    expect(imported).toHaveLength(300);
    expect(
      imported.every(
        (f) => f.updatedByPersonalId === agent.personalNumber && f.cafId === agent.cafId && f.departementCode === "47",
      ),
    ).toBe(true);
    expect(
      await db.auditEvent.count({
        where: {
          action: "facility.create",
          entityId: { in: imported.map((f) => f.id) },
          actorPersonalNumber: agent.personalNumber,
        },
      }),
    ).toBe(300);
    const picker = await searchCatalogue({ departement: "47", q: `Structure ${prefix} n° 42`, page: 1 });
    expect(picker.entries.map((entry) => entry.name)).toContain(`Structure ${prefix} n° 42`);

    const stamps = imported.map((f) => f.updatedAt.getTime()).sort();
    const again = await importFile(agent, catalogueCsv(prefix, 300));
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 300 });
    const after = await db.facility.findMany({ where: { externalId: { startsWith: prefix } } });
    expect(after).toHaveLength(300);
    expect(after.map((f) => f.updatedAt.getTime()).sort()).toEqual(stamps);

    const report = await getFacilityImportReport(agent, again.id);
    const lines = report.content.toString("utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFFligne;identifiant;nom;résultat;motif");
    expect(lines[1]).toBe(`2;${prefix}-00000;Structure ${prefix} n° 0;Inchangée;`);
  });

  it("@catalogue rolls back the whole import when one write fails", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const prefix = `RB${Date.now()}`;
    const preview = await previewFacilityImport(agent, { file: csvFile(catalogueCsv(prefix, 1200)) });
    await startFacilityImport(agent, preview.jobId);
    // Sabotage a line of the third batch after the dry run: the database refuses it mid-import.
    await db.$executeRaw`UPDATE "Job" SET payload = jsonb_set(payload, '{rows,1100,communeInsee}', '"00000"') WHERE id = ${preview.jobId}`;
    await runFacilityImport(preview.jobId);
    const view = await getFacilityImport(agent, preview.jobId);
    expect(view.state).toBe("failed");
    expect(view.lastError).toMatch(/aucune structure n'a été créée/);
    expect(await db.facility.count({ where: { externalId: { startsWith: prefix } } })).toBe(0);
  });

  it("@catalogue refuses files that are not CSV, too large, or without the expected columns", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    await expect(
      previewFacilityImport(agent, {
        file: new File(["x"], "liste.xlsx", {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }),
      }),
    ).rejects.toThrow(/format CSV/);
    await expect(previewFacilityImport(agent, { file: csvFile("nom;adresse\nA;B\n") })).rejects.toThrow(
      /Colonnes manquantes.*identifiant/,
    );
    await expect(previewFacilityImport(agent, { file: csvFile("x".repeat(5 * 1024 * 1024 + 1)) })).rejects.toThrow(
      /dépasse 5 Mo/,
    );
  });
});

describe("@catalogue facility management and Caf scope", () => {
  const fields = {
    kind: "MICRO_CRECHE",
    name: "Les Lucioles",
    street: "2 place de la Mairie",
    postcode: "47600",
    communeInsee: "47195",
    managerName: "Mairie de Nérac",
    contactEmail: "",
    contactPhone: "",
    website: "",
    capacity: "12",
  };

  it("@catalogue creates, edits, closes and reopens a facility with audited changes", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const externalId = `UNIT-${Date.now()}`;
    const { id } = await createFacility(agent, { ...fields, externalId });
    await expect(createFacility(agent, { ...fields, communeInsee: "39220", postcode: "39700" })).rejects.toThrow(
      /hors département/,
    );
    await expect(createFacility(agent, { ...fields, postcode: "47000" })).rejects.toThrow(
      /Code postal : 47000 n'est pas un code postal de Nérac \(code postal : 47600\)/,
    );
    await updateFacility(agent, id, { ...fields, externalId, capacity: "16" });
    await changeFacilityStatus(agent, id, { status: "CLOSED", reason: "Fermeture définitive" });
    expect(
      (await searchCatalogue({ departement: "47", q: "Les Lucioles", page: 1 })).entries.map((e) => e.id),
    ).not.toContain(id);
    await changeFacilityStatus(agent, id, { status: "OPEN" });
    const { facility, history } = await getFacility(agent, id);
    expect(facility).toMatchObject({
      capacity: 16,
      status: "OPEN",
      isEaje: true,
      createdByPersonalId: agent.personalNumber,
    });
    expect(history.map((event) => event.action)).toEqual([
      "facility.reopen",
      "facility.close",
      "facility.update",
      "facility.create",
    ]);
    expect(history.every((event) => event.actorPersonalNumber === agent.personalNumber)).toBe(true);
    expect(history[2]!.data).toEqual({ capacity: { from: 12, to: 16 } });
  });

  it("@catalogue an agent of another Caf gets 404 on the entries and imports of Caf 47", async () => {
    const agent47 = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const agent39 = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const facility = await db.facility.findFirstOrThrow({ where: { departementCode: "47" } });
    const preview = await previewFacilityImport(agent47, { file: csvFile(catalogueCsv(`SC${Date.now()}`, 3)) });
    const notFound = { status: 404 };
    for (const attempt of [
      () => getFacility(agent39, facility.id),
      () => updateFacility(agent39, facility.id, fields),
      () => changeFacilityStatus(agent39, facility.id, { status: "CLOSED" }),
      () => getFacilityImport(agent39, preview.jobId),
      () => startFacilityImport(agent39, preview.jobId),
      () => getFacilityImportReport(agent39, preview.jobId),
    ]) {
      const refusal = await attempt().then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(AccessDeniedError);
      expect(refusal).toMatchObject(notFound);
    }
    // The Caf is the agent's own whatever the form says.
    const { id } = await createFacility(agent39, {
      ...fields,
      cafId: facility.cafId,
      communeInsee: "39220",
      postcode: "39700",
    });
    expect((await db.facility.findUniqueOrThrow({ where: { id } })).departementCode).toBe("39");
    const list = await listFacilities(agent39, { departement: "47" });
    expect(list.facilities.every((f) => f.departementCode === "39")).toBe(true);
  });
});
