import { describe, expect, inject, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { listSinkMessages } from "@/lib/dev/mailbox";
import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { startReview } from "@/lib/habilitation/start-review";
import { generateConvention } from "@/lib/habilitation/generate-convention";
import { recordConventionSending } from "@/lib/habilitation/record-convention-sending";
import { signByBothParties } from "../support/conventions";
import { activateConvention } from "@/lib/habilitation/activate-convention";
import { refuseHabilitationRequest } from "@/lib/habilitation/refuse-habilitation-request";
import { askForCorrections } from "@/lib/habilitation/ask-for-corrections";
import { correctHabilitationRequest } from "@/lib/habilitation/correct-habilitation-request";
import { acceptNewFacility } from "@/lib/habilitation/accept-new-facility";
import { getRequestChecks } from "@/lib/habilitation/get-request-checks";
import { recordCheckDecision } from "@/lib/habilitation/record-check-decision";
import { getFollowUp } from "@/lib/habilitation/get-follow-up";
import { getHabilitationRequest } from "@/lib/habilitation/get-habilitation-request";
import { diffRequestVersions, type RequestVersionContent } from "@/lib/habilitation/request-version";
import { getConventionPdf } from "@/lib/conventions/get-convention-pdf";
import { isoDay } from "@/lib/validation/dates";
import { sessionUserByEmail } from "../support/users";
import { drainAll } from "../support/outbox";
import { people, providerDetails } from "../support/habilitation-fixtures";
import { pdfText } from "../support/pdf";
import { zodIssuesOf } from "../support/zod-refusal";

const request = { ip: "198.51.100.72", userAgent: "vitest" };
const NERAC = { postcode: "47600", communeInsee: "47195" };

async function followUpTokenSentTo(email: string, subjectPart: string): Promise<string> {
  await drainAll();
  const mail = (await listSinkMessages(inject("mailDir"), { to: email })).find((m) => m.subject.includes(subjectPart));
  const token = mail?.text.match(/\/suivi\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no follow-up link in the e-mail to ${email}`);
  return token;
}

/** A request of the Caf 47 asking for a catalogue facility managed by someone else, and one missing facility. */
async function submitWithNewFacility(tag: string, overrides: { siret?: string; email?: string } = {}) {
  const bouchons = await db.facility.findFirstOrThrow({ where: { name: "Les petits bouchons" } });
  const provider = providerDetails(overrides);
  const team = people(2, tag);
  const submitted = await submitHabilitationRequest(
    {
      type: "STRUCTURES",
      provider,
      departementCode: "47",
      people: team,
      facilities: [{ facilityId: bouchons.id, operatingInfo: true, availabilities: true }],
      newFacilities: [
        {
          kind: "MICRO_CRECHE",
          name: `Micro-crèche Les Lucioles ${tag}`,
          street: "3 allée des Tilleuls",
          ...NERAC,
          operatingInfo: true,
          availabilities: true,
        },
      ],
    },
    request,
  );
  return { submitted, provider, team, bouchons };
}

describe("@instruction corrections instead of refusals", () => {
  it("@instruction a missing facility and a wrong address: checks, corrections, catalogue, annex, activation", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const tag = `instr${Date.now()}`;
    const { submitted, provider, team, bouchons } = await submitWithNewFacility(tag);
    const wrongAddress = team[1]!.email;
    const rightAddress = `bonne.adresse.${tag}@exemple-gascogne.fr`;

    // The acknowledgment carries the private link; only its hash is stored.
    const firstToken = await followUpTokenSentTo(provider.email, submitted.reference);
    const stored = await db.habilitationRequest.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(stored.followUpTokenHash).toBe(createHash("sha256").update(firstToken).digest("hex"));
    expect((await getFollowUp(firstToken)).reference).toBe(submitted.reference);

    // What the agent must check: the catalogue says another organisation manages the facility.
    const checks = await getRequestChecks(agent, submitted.id);
    expect(checks.siretValid).toBe(true);
    const bouchonsCheck = checks.facilities.find((f) => f.facilityId === bouchons.id)!;
    expect(bouchonsCheck.managerMatches).toBe(false);
    expect(bouchonsCheck.conventions.map((c) => c.number)).toContain("CONV-47-DEMO-0001");
    expect(checks.warnings.some((w) => w.includes("Les petits bouchons") && w.includes("pas par le demandeur"))).toBe(
      true,
    );
    expect(checks.warnings.some((w) => w.includes("CONV-47-DEMO-0001"))).toBe(true);
    // Informs, never blocks: the agent's reading is logged with what was shown.
    await recordCheckDecision(agent, submitted.id, { note: "Gestion déléguée confirmée par téléphone." });
    const logged = await db.auditEvent.findFirstOrThrow({
      where: { entityId: submitted.id, action: "habilitation.checks-reviewed" },
    });
    expect(logged.actorId).toBe(agent.id);
    expect(JSON.stringify(logged.data)).toContain("Les petits bouchons");

    await startReview(agent, submitted.id);
    await askForCorrections(agent, submitted.id, { message: "L'adresse de la deuxième personne est erronée." });
    expect((await db.habilitationRequest.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe(
      "CHANGES_REQUESTED",
    );
    const token = await followUpTokenSentTo(provider.email, "à compléter");
    await expect(getFollowUp(firstToken)).rejects.toThrow(/n'est pas valide/);
    const followUp = await getFollowUp(token);
    expect(followUp.changesRequested).toContain("deuxième personne");
    expect(followUp.timeline.map((s) => s.title)).toContain("Compléments demandés par la Caf");

    // The requester corrects the address through the link; the request comes back under instruction.
    const corrected = await correctHabilitationRequest(
      token,
      {
        provider,
        people: [team[0], { ...team[1], email: rightAddress }],
        facilities: [{ facilityId: bouchons.id, operatingInfo: true, availabilities: true }],
        newFacilities: [
          {
            kind: "MICRO_CRECHE",
            name: `Micro-crèche Les Lucioles ${tag}`,
            street: "3 allée des Tilleuls",
            ...NERAC,
            operatingInfo: true,
            availabilities: true,
          },
        ],
      },
      request,
    );
    expect(corrected.reference).toBe(submitted.reference);
    const detail = await getHabilitationRequest(agent, submitted.id);
    expect(detail.status).toBe("IN_REVIEW");
    expect(detail.events.at(-1)).toMatchObject({ toStatus: "IN_REVIEW", actorId: null });
    expect(detail.people.map((p) => p.email)).toEqual([team[0]!.email, rightAddress]);
    const [latest, previous] = detail.versions;
    const changes = diffRequestVersions(
      previous!.content as RequestVersionContent,
      latest!.content as RequestVersionContent,
    );
    expect(changes).toEqual([
      expect.objectContaining({
        section: "Personnes",
        item: "Personne 2",
        after: expect.stringContaining(rightAddress),
      }),
    ]);
    expect(changes[0]!.before).toContain(wrongAddress);

    // The convention cannot forget the missing facility: the agent must accept it first.
    await expect(generateConvention(agent, submitted.id)).rejects.toThrow(/hors catalogue/);
    const proposed = detail.newFacilities[0];
    await acceptNewFacility(agent, submitted.id, proposed!.id, { decision: "create" });
    const created = await db.facility.findFirstOrThrow({ where: { name: `Micro-crèche Les Lucioles ${tag}` } });
    expect(created).toMatchObject({ cafId: agent.cafId, communeInsee: NERAC.communeInsee, isEaje: true });
    await expect(acceptNewFacility(agent, submitted.id, proposed!.id, { decision: "create" })).rejects.toThrow(
      /déjà été acceptée/,
    );

    const convention = await generateConvention(agent, submitted.id);
    const annexFacilities = await db.conventionFacility.findMany({ where: { conventionId: convention.id } });
    expect(annexFacilities.map((f) => f.facilityId).sort()).toEqual([bouchons.id, created.id].sort());
    expect(pdfText((await getConventionPdf(agent, convention.id)).pdf)).toContain(`Les Lucioles ${tag}`);

    await recordConventionSending(agent, submitted.id, { sentOn: isoDay(new Date()) });
    await signByBothParties(agent, submitted.id);
    await activateConvention(agent, submitted.id, { paperCopyOnFile: true });
    await drainAll();
    const mailDir = inject("mailDir");
    expect((await listSinkMessages(mailDir, { to: rightAddress })).some((m) => /mot de passe/i.test(m.text))).toBe(
      true,
    );
    expect(await listSinkMessages(mailDir, { to: wrongAddress })).toHaveLength(0);
    // Nothing readable is left of the links in the outbox once the messages are sent.
    const outbox = await db.outboxEmail.findMany({ where: { to: provider.email.toLowerCase() } });
    expect(outbox.every((m) => !m.text.includes(token) && !m.html.includes(token))).toBe(true);
  });

  it("@instruction the follow-up link gives nothing of another request, expires and closes with the request", async () => {
    const a = await submitWithNewFacility(`suiviA${Date.now()}`);
    const b = await submitWithNewFacility(`suiviB${Date.now()}`);
    const tokenA = await followUpTokenSentTo(a.provider.email, a.submitted.reference);
    const tokenB = await followUpTokenSentTo(b.provider.email, b.submitted.reference);
    expect(tokenA).not.toBe(tokenB);
    const followUpA = await getFollowUp(tokenA);
    expect(followUpA.reference).toBe(a.submitted.reference);
    expect(JSON.stringify(followUpA)).not.toContain(b.submitted.reference);
    expect(JSON.stringify(followUpA)).not.toContain(b.provider.email);

    // A forged or truncated token opens nothing; the same message whatever the cause.
    for (const forged of [tokenA.slice(0, -1) + (tokenA.endsWith("A") ? "B" : "A"), tokenA.slice(1), "x", 42, null])
      await expect(getFollowUp(forged)).rejects.toThrow(/n'est pas valide/);
    // The token itself is nowhere in the database.
    const rows = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "HabilitationRequest" WHERE "followUpTokenHash" = ${tokenA}`;
    expect(Number(rows[0]!.n)).toBe(0);

    // Expired.
    await db.habilitationRequest.update({
      where: { id: a.submitted.id },
      data: { followUpExpiresAt: new Date(Date.now() - 1000) },
    });
    await expect(getFollowUp(tokenA)).rejects.toThrow(/n'est pas valide/);

    // Closed: a refused request's link opens nothing, and no correction goes through.
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    await refuseHabilitationRequest(agent, b.submitted.id, { reason: "Structure déjà couverte par une convention." });
    await expect(getFollowUp(tokenB)).rejects.toThrow(/n'est pas valide/);
    const refused = await correctHabilitationRequest(tokenB, {}, request).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Error);
  });

  it("@instruction refuses bad input and other scopes without writing anything", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const juraAgent = await sessionUserByEmail("agent.caf39@demo.monenfant.fr");
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const { submitted, provider, team } = await submitWithNewFacility(`bad${Date.now()}`);
    const token = await followUpTokenSentTo(provider.email, submitted.reference);

    // Another Caf's agent and a partner see nothing of the request.
    for (const outsider of [juraAgent, director]) {
      await expect(getRequestChecks(outsider, submitted.id)).rejects.toMatchObject({ status: expect.any(Number) });
      await expect(
        askForCorrections(outsider, submitted.id, { message: "Merci de corriger le SIRET." }),
      ).rejects.toMatchObject({ status: expect.any(Number) });
      await expect(acceptNewFacility(outsider, submitted.id, "x", { decision: "create" })).rejects.toMatchObject({
        status: expect.any(Number),
      });
      await expect(recordCheckDecision(outsider, submitted.id, { note: "vu, conforme" })).rejects.toMatchObject({
        status: expect.any(Number),
      });
    }
    await expect(askForCorrections(agent, submitted.id, { message: "court" })).rejects.toThrow(/10 caractères/);
    await expect(askForCorrections(agent, submitted.id, {})).rejects.toThrow(/champ obligatoire/);
    await expect(recordCheckDecision(agent, submitted.id, { note: "" })).rejects.toThrow(/3 caractères/);
    await expect(acceptNewFacility(agent, submitted.id, "x", { decision: "create" })).rejects.toThrow(
      /Prenez d'abord la demande en charge/,
    );
    await startReview(agent, submitted.id);
    const proposed = await db.habilitationRequestNewFacility.findFirstOrThrow({ where: { requestId: submitted.id } });
    await expect(acceptNewFacility(agent, submitted.id, proposed.id, { decision: "fusionner" })).rejects.toThrow();
    const jura = await db.facility.findFirstOrThrow({ where: { departementCode: "39" } });
    await expect(
      acceptNewFacility(agent, submitted.id, proposed.id, { decision: "match", facilityId: jura.id }),
    ).rejects.toThrow(/pas dans le catalogue ouvert de votre Caf/);

    // The requester cannot correct while no correction was asked for, nor send an invalid correction.
    await expect(
      correctHabilitationRequest(token, { provider, people: team, facilities: [] }, request),
    ).rejects.toThrow(/ne vous a pas demandé de compléments/);
    await askForCorrections(agent, submitted.id, { message: "Précisez la commune de la micro-crèche." });
    const newToken = await followUpTokenSentTo(provider.email, "à compléter");
    const before = await db.habilitationRequestVersion.count({ where: { requestId: submitted.id } });
    const invalid = await zodIssuesOf(
      correctHabilitationRequest(
        newToken,
        {
          provider: { ...provider, siret: "12345678901234" },
          people: [],
          facilities: [],
          newFacilities: [
            {
              kind: "LAEP",
              name: "",
              street: "x",
              postcode: "4760",
              communeInsee: "?",
              operatingInfo: false,
              availabilities: true,
            },
          ],
          departementCode: "39",
        },
        request,
      ),
    );
    const messages = invalid.map((i) => i.message);
    expect(messages).toContain("SIRET : numéro invalide (clé de contrôle incorrecte).");
    expect(messages).toContain("Nom de la structure : champ obligatoire.");
    expect(messages).toContain("Code postal de la structure : 5 chiffres attendus.");
    // A commune outside the Caf's département, or a postcode of another commune.
    const correctWithLaep = (laep: { name: string; postcode: string; communeInsee: string }) =>
      correctHabilitationRequest(
        newToken,
        {
          provider,
          people: team,
          facilities: [],
          newFacilities: [{ kind: "LAEP", street: "1 rue", operatingInfo: true, availabilities: false, ...laep }],
        },
        request,
      );
    await expect(correctWithLaep({ name: "LAEP du Jura", postcode: "39460", communeInsee: "39228" })).rejects.toThrow(
      /département de la Caf/,
    );
    const otherPostcode = await zodIssuesOf(
      correctWithLaep({ name: "LAEP", postcode: "47170", communeInsee: NERAC.communeInsee }),
    );
    expect(otherPostcode).toMatchObject([
      {
        path: ["newFacilities", 0, "postcode"],
        message: "Code postal de la structure : 47170 n'est pas un code postal de Nérac (code postal : 47600).",
      },
    ]);
    expect(await db.habilitationRequestVersion.count({ where: { requestId: submitted.id } })).toBe(before);
    expect((await db.habilitationRequest.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe(
      "CHANGES_REQUESTED",
    );
  });

  it("@instruction lists earlier requests with the same SIRET and a SIRET known with other details", async () => {
    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const albret = await db.provider.findFirstOrThrow({
      where: { conventions: { some: { number: "CONV-47-DEMO-0001" } } },
    });
    const first = await submitWithNewFacility(`siretA${Date.now()}`, { siret: albret.siret });
    const second = await submitWithNewFacility(`siretB${Date.now()}`, { siret: albret.siret });
    const checks = await getRequestChecks(agent, second.submitted.id);
    expect(checks.earlierRequests.map((r) => r.reference)).toContain(first.submitted.reference);
    expect(checks.knownProvider?.differences.map((d) => d.field)).toContain("raison sociale");
    expect(checks.warnings.some((w) => w.includes("déjà connu avec d'autres informations"))).toBe(true);
    // The same SIRET as the manager: the facility's manager now matches the requester.
    expect(checks.facilities[0]!.managerMatches).toBe(true);
    expect(checks.warnings.some((w) => w.includes("CONV-47-DEMO-0001"))).toBe(false);
  });
});

describe("@instruction request versions", () => {
  it("@instruction compares two versions field by field, and added or removed items", () => {
    const base: RequestVersionContent = {
      provider: {
        legalName: "A",
        siret: "1",
        street: "s",
        postcode: "47600",
        city: "Nérac",
        legalRepresentativeName: "R",
        legalRepresentativeTitle: "T",
        email: "a@b.fr",
        phone: "0553",
      },
      infoPointName: null,
      people: [{ firstName: "A", lastName: "B", email: "a@b.fr", jobTitle: "J" }],
      facilities: [{ facilityId: "f1", name: "Comptine", operatingInfo: true, availabilities: false }],
      newFacilities: [],
      communes: [],
    };
    const changed = diffRequestVersions(base, {
      ...base,
      provider: { ...base.provider, phone: "0554" },
      facilities: [{ facilityId: "f2", name: "Bouchons", operatingInfo: true, availabilities: true }],
    });
    expect(changed).toEqual([
      { section: "Organisme", item: "Téléphone", before: "0553", after: "0554" },
      { section: "Structures du catalogue", item: "Bouchons", before: null, after: "modalités et disponibilités" },
      { section: "Structures du catalogue", item: "Comptine", before: "modalités", after: null },
    ]);
    expect(diffRequestVersions(base, base)).toEqual([]);
  });
});
