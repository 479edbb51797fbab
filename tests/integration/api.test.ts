import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey, revokeApiKey } from "@/lib/api/manage-api-keys";
import {
  GET as readAvailabilities,
  PUT as replaceAvailabilities,
} from "@/app/api/v1/structures/[id]/disponibilites/route";
import { GET as listFacilities } from "@/app/api/v1/structures/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { earliestStartDay } from "@/lib/availability/availability-schema";
import { sessionUserByEmail } from "../support/users";
import { activeConvention } from "../support/conventions";
import { expectConforming } from "../support/openapi-contract";

const call = (
  method: "GET" | "PUT",
  url: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  new Request(`http://localhost${url}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const validSet = () => ({
  noPlaceAvailable: false,
  slots: [
    {
      startDate: earliestStartDay(),
      endDate: null,
      minAgeMonths: 10,
      maxAgeMonths: 36,
      careType: "REGULAR",
      weekdays: [1, 2, 4],
      startTime: "08:00",
      endTime: "18:00",
      places: 3,
    },
  ],
});

describe("@api software transmission API", () => {
  it("@api publishes the OpenAPI 3.1 document generated from the handlers' schemas", async () => {
    const response = openApiRoute();
    const body = await response.json();
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(["/structures", "/structures/{id}/disponibilites"]);
    expect(body.components.schemas.JeuDeDisponibilites.properties.slots.items.required).toContain("startDate");
  });

  it("@api replaces and reads availabilities; every response conforms to the OpenAPI document", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const provider = await db.provider.findFirstOrThrow({ where: { legalName: "Communauté de communes de l'Albret" } });
    const { token } = await createApiKey(director, { name: "Logiciel de test", providerId: provider.id });
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R01" } });
    const url = `/api/v1/structures/${facility.id}/disponibilites`;

    const list = await expectConforming(
      await listFacilities(call("GET", "/api/v1/structures", token)),
      "/structures",
      "get",
    );
    expect(list.structures.map((s: { id: string }) => s.id)).toContain(facility.id);

    const put = await replaceAvailabilities(call("PUT", url, token, validSet()), params(facility.id));
    expect(put.status).toBe(200);
    const published = await expectConforming(put, "/structures/{id}/disponibilites", "put");
    expect(published.slots).toHaveLength(1);
    const stored = await db.facility.findUniqueOrThrow({
      where: { id: facility.id },
      include: { currentAvailabilityPublication: true },
    });
    expect(stored.currentAvailabilityPublicationId).toBe(published.publicationId);
    expect(stored.hasAvailablePlaces).toBe(true);
    expect(stored.currentAvailabilityPublication?.apiKeyId).not.toBeNull();
    expect(stored.currentAvailabilityPublication?.publishedByPersonalNumber).toBe(director.personalNumber);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: facility.id, action: "availability.publish" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({
      actorPersonalNumber: director.personalNumber,
      apiKeyId: stored.currentAvailabilityPublication?.apiKeyId,
    });

    const read = await expectConforming(
      await readAvailabilities(call("GET", url, token), params(facility.id)),
      "/structures/{id}/disponibilites",
      "get",
    );
    expect(read.publicationId).toBe(published.publicationId);

    // Malformed bodies: 400 problem documents, nothing changes.
    for (const bad of [
      "{pas du json",
      { slots: [{ ...validSet().slots[0], places: 0, startDate: "2020-01-01" }] },
      { noPlaceAvailable: true, slots: validSet().slots },
    ]) {
      const response = await replaceAvailabilities(call("PUT", url, token, bad), params(facility.id));
      expect(response.status).toBe(400);
      const problem = await expectConforming(response, "/structures/{id}/disponibilites", "put");
      expect(problem.detail).toMatch(/[éèà]|JSON/);
    }
    const wrongType = await replaceAvailabilities(
      new Request(`http://localhost${url}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" },
        body: "x",
      }),
      params(facility.id),
    );
    expect(wrongType.status).toBe(415);
    await expectConforming(wrongType, "/structures/{id}/disponibilites", "put");
    expect((await db.facility.findUniqueOrThrow({ where: { id: facility.id } })).currentAvailabilityPublicationId).toBe(
      published.publicationId,
    );
  });

  it("@api a replayed Idempotency-Key returns the first answer without a second publication", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const provider = await db.provider.findFirstOrThrow({ where: { legalName: "Communauté de communes de l'Albret" } });
    const { token } = await createApiKey(director, { name: "Logiciel idempotent", providerId: provider.id });
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R02" } });
    const url = `/api/v1/structures/${facility.id}/disponibilites`;
    const headers = { "idempotency-key": `essai-${Date.now()}` };
    const before = await db.availabilityPublication.count({ where: { facilityId: facility.id } });
    const first = await (
      await replaceAvailabilities(call("PUT", url, token, validSet(), headers), params(facility.id))
    ).json();
    const replay = await replaceAvailabilities(call("PUT", url, token, validSet(), headers), params(facility.id));
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.json()).toEqual(first);
    expect(await db.availabilityPublication.count({ where: { facilityId: facility.id } })).toBe(before + 1);
    const reused = await replaceAvailabilities(
      call("PUT", url, token, { noPlaceAvailable: true, slots: [] }, headers),
      params(facility.id),
    );
    expect(reused.status).toBe(422);
    await expectConforming(reused, "/structures/{id}/disponibilites", "put");
  });

  it("@api refuses a missing or revoked key (401) and another provider's facility (403)", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const provider = await db.provider.findFirstOrThrow({ where: { legalName: "Communauté de communes de l'Albret" } });
    const { id, token } = await createApiKey(director, { name: "Clé à révoquer", providerId: provider.id });
    const own = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R01" } });

    const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
    const [otherFacility] = await db.facility.findMany({
      where: { departementCode: "47", isEaje: true, providerId: null },
      take: 1,
    });
    const other = await activeConvention(agent, `api${Date.now()}`, {
      type: "STRUCTURES",
      facilityIds: [otherFacility!.id],
    });
    await db.conventionFacility.updateMany({
      where: { conventionId: other.conventionId },
      data: { availabilities: true },
    });

    const foreign = await replaceAvailabilities(
      call("PUT", `/api/v1/structures/${otherFacility!.id}/disponibilites`, token, validSet()),
      params(otherFacility!.id),
    );
    expect(foreign.status).toBe(403);
    await expectConforming(foreign, "/structures/{id}/disponibilites", "put");
    const unknown = await readAvailabilities(
      call("GET", "/api/v1/structures/inconnue/disponibilites", token),
      params("inconnue"),
    );
    expect(unknown.status).toBe(404);
    await expectConforming(unknown, "/structures/{id}/disponibilites", "get");

    const anonymous = await readAvailabilities(
      call("GET", `/api/v1/structures/${own.id}/disponibilites`, null),
      params(own.id),
    );
    expect(anonymous.status).toBe(401);
    await expectConforming(anonymous, "/structures/{id}/disponibilites", "get");
    await revokeApiKey(director, id);
    const revoked = await replaceAvailabilities(
      call("PUT", `/api/v1/structures/${own.id}/disponibilites`, token, validSet()),
      params(own.id),
    );
    expect(revoked.status).toBe(401);
    await expectConforming(revoked, "/structures/{id}/disponibilites", "put");
    const forged = await listFacilities(call("GET", "/api/v1/structures", `${token.slice(0, -4)}AAAA`));
    expect(forged.status).toBe(401);
  });

  it("@api limits the requests of each key", async () => {
    const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
    const provider = await db.provider.findFirstOrThrow({ where: { legalName: "Communauté de communes de l'Albret" } });
    const { token } = await createApiKey(director, { name: "Clé pressée", providerId: provider.id });
    let status = 200;
    let calls = 0;
    while (status !== 429 && calls < 700) {
      const response = await listFacilities(call("GET", "/api/v1/structures", token));
      status = response.status;
      calls += 1;
      if (status === 429) {
        expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
        await expectConforming(response, "/structures", "get");
      }
    }
    expect(status).toBe(429);
    expect(calls).toBe(601);
  });
});
