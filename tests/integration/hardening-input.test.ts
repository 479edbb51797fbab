import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { submitFamilyRequest } from "@/lib/family-requests/submit-family-request";
import { downloadNewRequestsFeed } from "@/lib/family-requests/download-family-requests";
import { familyRequestsXml } from "@/lib/family-requests/family-request-xml";
import { createApiKey } from "@/lib/api/manage-api-keys";
import {
  GET as readAvailabilities,
  PUT as replaceAvailabilities,
} from "@/app/api/v1/structures/[id]/disponibilites/route";
import { GET as searchCommunesRoute } from "@/app/api/communes/route";
import { parseSearchQuery, hasUnreadableParameter } from "@/lib/search/search-query";
import { submitHabilitationRequest } from "@/lib/habilitation/submit-habilitation-request";
import { DomainError } from "@/lib/errors";
import { dayFromToday, isoDay } from "@/lib/validation/dates";
import { frenchDay } from "@/lib/text/french-dates";
import { updateCaf } from "@/lib/admin/update-caf";
import { inviteCafAgent } from "@/lib/admin/invite-caf-agent";
import { sessionUserByEmail } from "../support/users";
import { facilitiesOf, people, providerDetails } from "../support/habilitation-fixtures";
import { lettersOf } from "../support/letters";
import { zodIssuesOf } from "../support/zod-refusal";

const request = { ip: "198.51.100.124", userAgent: "vitest" };
const DAY = 86_400_000;

async function nerac() {
  return (await db.commune.findFirstOrThrow({ where: { departementCode: "47", name: "Nérac" } })).inseeCode;
}

function familyForm(communeInsee: string, overrides: Record<string, unknown> = {}) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return {
    communeInsee,
    firstName: "Léonie",
    lastName: `Famille-${lettersOf(stamp)}`,
    email: `famille.${stamp}@exemple.fr`,
    phone: "06 12 34 56 78",
    children: [{ status: "born", date: isoDay(new Date(Date.now() - 300 * DAY)) }],
    wishedStartDate: isoDay(new Date(Date.now() + 90 * DAY)),
    schedule: "Lundi au jeudi",
    careKinds: ["CRECHE"],
    message: "Bonjour.",
    consent: true,
    ...overrides,
  };
}

function expectWellFormed(xml: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "xml-")), "demandes.xml");
  writeFileSync(file, xml);
  execFileSync("xmllint", ["--noout", file], { stdio: ["ignore", "pipe", "pipe"] });
}

describe("@hardening one rule for text", () => {
  it.each([
    ["message", "Bonjour\u0001"],
    ["message", "Vertical\u000Btab"],
    ["message", "Non-caractère \uFFFF"],
    ["message", "Nul\u0000"],
    ["lastName", "Du\u0000pont"],
    ["lastName", "Du\npont"],
    ["schedule", "Lundi\u0007"],
  ])("@hardening a family request with %s %j is refused in French and stores nothing", async (field, value) => {
    const before = await db.familyRequest.count();
    const refusal = await submitFamilyRequest(familyForm(await nerac(), { [field]: value }), request).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ZodError);
    expect(refusal instanceof ZodError ? refusal.issues.map((i) => i.message) : []).toEqual(
      expect.arrayContaining([expect.stringMatching(/caractères non autorisés/)]),
    );
    expect(await db.familyRequest.count()).toBe(before);
  });

  it("@hardening tab and line breaks remain allowed in a multi-line message", async () => {
    const result = await submitFamilyRequest(
      familyForm(await nerac(), { message: "Bonjour,\r\n\tnous arrivons en janvier.\nMerci." }),
      request,
    );
    expect(result).toMatchObject({ ok: true });
  });

  it("@hardening a provider's legal name or a person's name with a NUL byte is refused in French", async () => {
    const [facility] = await facilitiesOf("47", 1);
    const form = (provider: Record<string, string>, person = people(1, `nul${Date.now()}`)) => ({
      type: "STRUCTURES",
      provider: providerDetails(provider),
      departementCode: "47",
      people: person,
      facilities: [{ facilityId: facility!.id, operatingInfo: true, availabilities: false }],
    });
    const before = await db.habilitationRequest.count();
    const badName = await zodIssuesOf(submitHabilitationRequest(form({ legalName: "Asso\u0000ciation" }), request));
    expect(JSON.stringify(badName)).toMatch(/Raison sociale contient des caractères non autorisés/);
    const [person] = people(1, `x${Date.now()}`);
    const shortName = await zodIssuesOf(submitHabilitationRequest(form({}, [{ ...person!, firstName: "x" }]), request));
    expect(JSON.stringify(shortName)).toMatch(/Prénom : 2 caractères au moins/);
    expect(await db.habilitationRequest.count()).toBe(before);
  });

  it("@hardening query parameters with a NUL byte answer 400 (communes) or are dropped with a 400 (search)", async () => {
    const communes = await searchCommunesRoute(new Request("http://localhost/api/communes?q=a%00b"));
    expect(communes.status).toBe(400);
    expect(JSON.stringify(await communes.json())).toMatch(/caractères non autorisés/);
    const search = parseSearchQuery({ lieu: "a\u0000b" });
    expect(search.query.lieu).toBeUndefined();
    expect(search.ignored.join(" ")).toMatch(/caractères non autorisés/);
    expect(hasUnreadableParameter({ lieu: "a\u0000b" })).toBe(true);
    expect(hasUnreadableParameter({ lieu: "Nérac" })).toBe(false);
  });

  it("@hardening the API answers 404 problem+json for an id with a NUL byte, in GET and PUT", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const provider = await db.provider.findFirstOrThrow({ where: { legalName: "Communauté de communes de l'Albret" } });
    const { token } = await createApiKey(director, { name: "Logiciel NUL", providerId: provider.id });
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const url = "http://localhost/api/v1/structures/a%00b/disponibilites";
    const params = { params: Promise.resolve({ id: "a\u0000b" }) };
    const read = await readAvailabilities(new Request(url, { headers }), params);
    expect(read.status).toBe(404);
    expect(read.headers.get("content-type")).toContain("application/problem+json");
    const write = await replaceAvailabilities(
      new Request(url, { method: "PUT", headers, body: JSON.stringify({ noPlaceAvailable: true, slots: [] }) }),
      params,
    );
    expect(write.status).toBe(404);
  });
});

describe("@hardening XML of families' requests", () => {
  it("@hardening a stored request XML cannot carry is refused, not marked retrieved, and every other stored request is well-formed", async () => {
    const rpe = await sessionUserByEmail("rpe.lavardac@demo.monenfant.fr");
    const submitted = await submitFamilyRequest(familyForm(await nerac()), request);
    if (!submitted.ok) throw new Error("submission refused");
    const stored = await db.familyRequest.findFirstOrThrow({ where: { reference: submitted.reference } });
    // As written before the text rule existed.
    await db.familyRequest.update({ where: { id: stored.id }, data: { message: "Ancien\u0001message" } });
    try {
      await expect(downloadNewRequestsFeed(rpe)).rejects.toThrow(DomainError);
      expect(await db.familyRequest.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({
        status: "NEW",
        firstDownloadedAt: null,
      });
    } finally {
      await db.familyRequest.delete({ where: { id: stored.id } });
    }

    const all = await db.familyRequest.findMany({ include: { commune: { select: { name: true, inseeCode: true } } } });
    expect(all.length).toBeGreaterThan(0);
    expectWellFormed(familyRequestsXml("Tous les lieux", all));
  });
});

// The rules of the bad-input table (tests/unit/form-schemas.test.ts) that need the database or a use case.
describe("@hardening input rules through the use cases", () => {
  const structuresRequest = async (provider: Record<string, string>, extra: Record<string, unknown> = {}) => {
    const [facility] = await facilitiesOf("47", 1);
    return {
      type: "STRUCTURES",
      provider: providerDetails(provider),
      departementCode: "47",
      people: people(1, `cp${Date.now()}`),
      facilities: [{ facilityId: facility!.id, operatingInfo: true, availabilities: false }],
      ...extra,
    };
  };
  const issuesOf = (result: unknown) =>
    (result as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.map((issue) => ({
      path: issue.path.join("."),
      message: issue.message,
    }));

  it.each([
    [
      { postcode: "47000" },
      "provider.postcode",
      "Code postal : 47000 n'est pas un code postal de Nérac (code postal : 47600).",
    ],
    [
      { city: "Nerak" },
      "provider.city",
      "Commune : « Nerak » n'est pas une commune du code postal 47600 (Nérac, Francescas, Moncrabeau, Montagnac-sur-Auvignon, Calignac, Espiens).",
    ],
    [{ postcode: "47999", city: "Nerak" }, "provider.postcode", "Code postal : 47999 ne correspond à aucune commune."],
    [{ postcode: "00000" }, "provider.postcode", "Code postal : ce n'est pas un code postal français."],
    [
      { postcode: "33000", city: "Nérac Cedex" },
      "provider.postcode",
      "Code postal : 33000 n'est pas un code postal de Nérac (code postal : 47600).",
    ],
  ])(
    "@hardening a habilitation request whose address is %j is refused at %s, nothing stored",
    async (provider, path, message) => {
      const before = await db.habilitationRequest.count();
      const refusal = await submitHabilitationRequest(await structuresRequest(provider), request).catch(
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(ZodError);
      expect(issuesOf(refusal)).toEqual([{ path, message }]);
      expect(await db.habilitationRequest.count()).toBe(before);
    },
  );

  it("@hardening the provider's commune is read as typed (case, accents, CEDEX) and the phone stored in the national format", async () => {
    for (const [city, postcode, phone] of [
      ["NERAC", "47600", "+33553123456"],
      ["Agen Cedex 9", "47916", "05.53.12.34.56"],
      ["saint-pierre", "97410", "0262 12 34 56"],
    ] as const) {
      const result = await submitHabilitationRequest(await structuresRequest({ city, postcode, phone }), request);
      const stored = await db.habilitationRequest.findUniqueOrThrow({ where: { id: result.id } });
      expect(stored.phone).toBe(phone === "0262 12 34 56" ? "0262 12 34 56" : "05 53 12 34 56");
      expect(stored.city).toBe(city);
    }
  });

  it("@hardening a facility described outside the catalogue with a postcode of another commune is refused at its field", async () => {
    const nerac = await db.commune.findFirstOrThrow({ where: { departementCode: "47", name: "Nérac" } });
    const newFacility = (postcode: string) => ({
      kind: "LAEP",
      name: "LAEP des Remparts",
      street: "1 rue des Remparts",
      postcode,
      communeInsee: nerac.inseeCode,
      operatingInfo: true,
      availabilities: false,
    });
    const refused = await submitHabilitationRequest(
      await structuresRequest({}, { facilities: [], newFacilities: [newFacility("47170")] }),
      request,
    ).catch((error: unknown) => error);
    expect(issuesOf(refused)).toEqual([
      {
        path: "newFacilities.0.postcode",
        message: "Code postal de la structure : 47170 n'est pas un code postal de Nérac (code postal : 47600).",
      },
    ]);
    const accepted = await submitHabilitationRequest(
      await structuresRequest({}, { facilities: [], newFacilities: [newFacility("47600")] }),
      request,
    );
    expect(accepted).toHaveProperty("reference");
  });

  it("@hardening a family's phone is stored in the national format; a bad phone or date stores nothing", async () => {
    const submitted = await submitFamilyRequest(familyForm(await nerac(), { phone: "+33612345678" }), request);
    if (!submitted.ok) throw new Error("submission refused");
    const stored = await db.familyRequest.findFirstOrThrow({ where: { reference: submitted.reference } });
    expect(stored.contactPhone).toBe("06 12 34 56 78");
    const blank = await submitFamilyRequest(familyForm(await nerac(), { phone: " " }), request);
    if (!blank.ok) throw new Error("submission refused");
    expect(
      (await db.familyRequest.findFirstOrThrow({ where: { reference: blank.reference } })).contactPhone,
    ).toBeNull();

    const before = await db.familyRequest.count();
    for (const [field, value, message] of [
      ["phone", "06-12-34-56", "Téléphone : numéro français attendu, par exemple 05 53 12 34 56."],
      ["wishedStartDate", "2027-02-30", "Date d'accueil souhaitée : cette date n'existe pas."],
      [
        "wishedStartDate",
        dayFromToday({ months: 37 }),
        `Date d'accueil souhaitée : le ${frenchDay(dayFromToday({ months: 36 }))} au plus tard (trois ans à l'avance au maximum).`,
      ],
    ] as const) {
      const refusal = await submitFamilyRequest(familyForm(await nerac(), { [field]: value }), request).catch(
        (error: unknown) => error,
      );
      expect(issuesOf(refusal)).toEqual([{ path: field, message }]);
    }
    expect(await db.familyRequest.count()).toBe(before);
  });

  it("@hardening the API refuses an availability 19 months ahead or on 30 February: problem+json 400 in French", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const provider = await db.provider.findFirstOrThrow({ where: { legalName: "Communauté de communes de l'Albret" } });
    const { token } = await createApiKey(director, { name: "Logiciel dates", providerId: provider.id });
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R02" } });
    const before = await db.availabilityPublication.count({ where: { facilityId: facility.id } });
    const slot = {
      startDate: dayFromToday({ months: 1 }),
      endDate: null,
      minAgeMonths: 10,
      maxAgeMonths: 36,
      careType: "REGULAR",
      weekdays: [1, 2],
      startTime: "08:00",
      endTime: "18:00",
      places: 1,
    };
    const put = (slotChanges: Record<string, unknown>) =>
      replaceAvailabilities(
        new Request(`http://localhost/api/v1/structures/${facility.id}/disponibilites`, {
          method: "PUT",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ noPlaceAvailable: false, slots: [{ ...slot, ...slotChanges }] }),
        }),
        { params: Promise.resolve({ id: facility.id }) },
      );
    const latest = frenchDay(dayFromToday({ months: 18 }));
    for (const [changes, pointer, detail] of [
      [
        { startDate: dayFromToday({ months: 19 }) },
        "/slots/0/startDate",
        `Date de début : le ${latest} au plus tard (18 mois à l'avance au maximum).`,
      ],
      [
        { endDate: dayFromToday({ months: 19 }) },
        "/slots/0/endDate",
        `Date de fin : le ${latest} au plus tard (18 mois à l'avance au maximum).`,
      ],
      [{ endDate: "2027-02-30" }, "/slots/0/endDate", "Date de fin : cette date n'existe pas."],
    ] as const) {
      const response = await put(changes);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect((await response.json()).errors).toEqual([{ pointer, detail }]);
    }
    expect(await db.availabilityPublication.count({ where: { facilityId: facility.id } })).toBe(before);
    expect((await put({ endDate: dayFromToday({ months: 18 }) })).status).toBe(200);
  });

  it("@hardening the Cnaf's forms: a Caf's phone (its 3230 kept) and postcode, an agent's name", async () => {
    const admin = await sessionUserByEmail("admin.cnaf@demo.monenfant.fr");
    const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "01" } });
    const input = {
      name: caf.name,
      directorCivility: "Madame",
      directorName: caf.directorName,
      directorTitle: "Directrice",
      street: caf.street,
      postcode: caf.postcode,
      city: caf.city,
      email: caf.email,
    };
    const messagesOf = async (work: Promise<unknown>) =>
      (
        (await work.then(
          () => null,
          (error: unknown) => error,
        )) as { issues?: { message: string }[] } | null
      )?.issues?.map((issue) => issue.message);
    expect(await messagesOf(updateCaf(admin, caf.id, { ...input, phone: "06-12-34-56" }))).toEqual([
      "Téléphone : numéro français attendu, par exemple 05 53 12 34 56 ou 3230.",
    ]);
    expect(await messagesOf(updateCaf(admin, caf.id, { ...input, phone: "", postcode: "99999" }))).toEqual([
      "Code postal : ce n'est pas un code postal français.",
    ]);
    await updateCaf(admin, caf.id, { ...input, phone: "+33474450000" });
    expect((await db.caf.findUniqueOrThrow({ where: { id: caf.id } })).phone).toBe("04 74 45 00 00");
    await updateCaf(admin, caf.id, { ...input, phone: caf.phone ?? "" });
    expect((await db.caf.findUniqueOrThrow({ where: { id: caf.id } })).phone).toBe(caf.phone);

    const invite = (firstName: string) =>
      inviteCafAgent(admin, {
        firstName,
        lastName: "Essai",
        email: `agent.nom.${Date.now()}@caf-exemple.fr`,
        jobTitle: "",
        cafId: caf.id,
      });
    expect(await messagesOf(invite("H0rtense"))).toEqual([
      "Prénom : lettres, espaces, traits d'union et apostrophes uniquement.",
    ]);
    expect(await messagesOf(invite("H"))).toEqual(["Prénom : 2 caractères au moins."]);
  });
});
