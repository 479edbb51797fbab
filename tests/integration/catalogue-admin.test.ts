import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/session";
import { verifyPassword } from "@/lib/auth/password";
import { saveConventionTemplateDraft } from "@/lib/admin/save-convention-template-draft";
import { publishConventionTemplate } from "@/lib/admin/publish-convention-template";
import { getPublishedTemplate } from "@/lib/conventions/get-published-template";
import { renderConventionTemplatePreview } from "@/lib/admin/render-convention-template-preview";
import { inviteCafAgent } from "@/lib/admin/invite-caf-agent";
import { deactivateCafAgent } from "@/lib/admin/deactivate-caf-agent";
import { moveCafAgent } from "@/lib/admin/move-caf-agent";
import { updateCaf } from "@/lib/admin/update-caf";
import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { startReview } from "@/lib/habilitation/start-review";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { getConventionPdf } from "@/lib/conventions/get-convention-pdf";
import { sessionUserByEmail } from "../support/users";
import { facilitiesOf, people, providerDetails } from "../support/habilitation-fixtures";
import { pdfText } from "../support/pdf";

async function newStructuresConvention(tag: string) {
  const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
  const facilities = await facilitiesOf("47", 1);
  const submitted = await submitHabilitationRequest(
    {
      type: "STRUCTURES",
      provider: providerDetails(),
      departementCode: "47",
      people: people(1, tag),
      facilities: facilities.map((f) => ({ facilityId: f.id, operatingInfo: true, availabilities: false })),
    },
    { ip: "198.51.100.30", userAgent: "vitest" },
  );
  await startReview(agent, submitted.id);
  return { agent, convention: await generateConvention(agent, submitted.id) };
}

describe("@catalogue convention templates", () => {
  it("@catalogue a published new version is used by new conventions while an older one keeps its text", async () => {
    const admin = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    const older = await newStructuresConvention(`old${Date.now()}`);
    const previous = await getPublishedTemplate("STRUCTURES");

    const marker = `Article ajouté le ${Date.now()}`;
    const body = `${previous.body}\n\n## Article 9 — Clause nouvelle\n${marker} : la Caf informe le partenaire de toute évolution du service.`;
    const draft = await saveConventionTemplateDraft(admin, "STRUCTURES", { title: previous.title, body });
    expect(draft.version).toBe(previous.version + 1);
    // A draft changes nothing until it is published.
    expect((await getPublishedTemplate("STRUCTURES")).id).toBe(previous.id);
    expect(pdfText((await renderConventionTemplatePreview(admin, "STRUCTURES", draft.version)).content)).toContain(
      marker,
    );
    await publishConventionTemplate(admin, "STRUCTURES");
    await expect(publishConventionTemplate(admin, "STRUCTURES")).rejects.toThrow(/Aucun brouillon/);

    const newer = await newStructuresConvention(`new${Date.now()}`);
    const [oldRow, newRow] = await Promise.all(
      [older.convention, newer.convention].map((c) =>
        db.convention.findUniqueOrThrow({ where: { id: c.id }, include: { template: true } }),
      ),
    );
    expect(oldRow!.template.version).toBe(previous.version);
    expect(newRow!.template.version).toBe(draft.version);
    expect(pdfText((await getConventionPdf(newer.agent, newer.convention.id)).pdf)).toContain(marker);
    expect(pdfText((await getConventionPdf(older.agent, older.convention.id)).pdf)).not.toContain(marker);
  });

  it("@catalogue only the Cnaf edits templates, and a bad text is refused", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const admin = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    await expect(
      saveConventionTemplateDraft(agent, "STRUCTURES", { title: "Titre", body: "## x" }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      saveConventionTemplateDraft(admin, "STRUCTURES", { title: "Convention", body: "Pas d'article" }),
    ).rejects.toThrow(/trop court|titres d'article/);
    await expect(saveConventionTemplateDraft(admin, "AUTRE", { title: "Convention", body: "## x" })).rejects.toThrow(
      /Modèle inconnu/,
    );
  });
});

describe("@catalogue Cafs and Caf agents", () => {
  it("@catalogue invites an agent with a generated password by sensitive e-mail, moves and deactivates them", async () => {
    const admin = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    const [caf47, caf39] = await Promise.all(
      ["47", "39"].map((code) => db.caf.findUniqueOrThrow({ where: { departementCode: code } })),
    );
    const email = `agent.${Date.now()}@caf-exemple.fr`;
    const agent = await inviteCafAgent(admin, {
      firstName: "Hortense",
      lastName: "Essai",
      email: email.toUpperCase(),
      jobTitle: "",
      cafId: caf47!.id,
    });
    await expect(
      inviteCafAgent(admin, { firstName: "Hortense", lastName: "Essai", email, jobTitle: "", cafId: caf47!.id }),
    ).rejects.toThrow(/existe déjà/);
    const user = await db.user.findUniqueOrThrow({ where: { id: agent.id } });
    expect(user).toMatchObject({ email, role: "CAF_AGENT", cafId: caf47!.id, mustChangePassword: true, active: true });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.sensitive).toBe(true);
    const password = /Mot de passe provisoire : ([A-Za-z0-9]{8})/.exec(mail.text)?.[1];
    expect(password).toBeDefined();
    expect(user.passwordHash).not.toContain(password!);
    expect(await verifyPassword(password!, user.passwordHash!)).toBe(true);

    await moveCafAgent(admin, agent.id, { cafId: caf39!.id });
    await deactivateCafAgent(admin, agent.id, { reason: "Départ" });
    const after = await db.user.findUniqueOrThrow({ where: { id: agent.id } });
    expect(after).toMatchObject({ cafId: caf39!.id, active: false, sessionVersion: user.sessionVersion + 2 });
    const audit = await db.auditEvent.findMany({ where: { entityId: agent.id }, orderBy: { at: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["user.invite", "user.move", "user.move", "user.deactivate"]);
    expect(audit.every((event) => event.actorPersonalNumber === admin.personalNumber)).toBe(true);
  });

  it("@catalogue edits a Caf's notification address; agents cannot", async () => {
    const admin = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    const agent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "01" } });
    const input = {
      name: caf.name,
      directorCivility: "Madame",
      directorName: caf.directorName,
      directorTitle: "Directrice",
      street: caf.street,
      postcode: caf.postcode,
      city: caf.city,
      email: "Notifications.Ain@caf-exemple.fr",
      phone: "",
    };
    await expect(updateCaf(agent, caf.id, input)).rejects.toBeInstanceOf(AccessDeniedError);
    await updateCaf(admin, caf.id, input);
    expect((await db.caf.findUniqueOrThrow({ where: { id: caf.id } })).email).toBe("notifications.ain@caf-exemple.fr");
    await updateCaf(admin, caf.id, { ...input, email: caf.email, phone: caf.phone ?? "" });
  });
});
