import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
import { isoDay } from "@/lib/validation/dates";
import { sessionUserByEmail } from "../support/users";
import { facilitiesOf, people, providerDetails } from "../support/habilitation-fixtures";
import { lettersOf } from "../support/letters";

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
    const result = await submitFamilyRequest(familyForm(await nerac(), { [field]: value }), request);
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toMatch(/caractères non autorisés/);
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
    const badName = await submitHabilitationRequest(form({ legalName: "Asso\u0000ciation" }), request);
    expect(JSON.stringify(badName)).toMatch(/Raison sociale contient des caractères non autorisés/);
    const [person] = people(1, `x${Date.now()}`);
    const shortName = await submitHabilitationRequest(form({}, [{ ...person!, firstName: "x" }]), request);
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
