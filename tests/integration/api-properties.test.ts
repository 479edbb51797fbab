// Property-based tests of /api/v1 driven by its own OpenAPI document: requests drawn from the document's
// schemas (valid, broken in one place, or plain odd input), sent to the real route handlers with a real key,
// and every answer checked against the document. The seed is fixed (FC_SEED overrides it); on failure
// fast-check reports the seed, the path and the smallest failing request it found.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey, revokeApiKey } from "@/lib/api/manage-api-keys";
import { earliestStartDay, latestDay } from "@/lib/availability/availability-schema";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { GET as listFacilities } from "@/app/api/v1/structures/route";
import {
  GET as readAvailabilities,
  PUT as replaceAvailabilities,
} from "@/app/api/v1/structures/[id]/disponibilites/route";
import { sessionUserByEmail } from "../support/users";
import { activeConvention } from "../support/conventions";
import { expectConforming, operationOf, requestBodyErrors, type ApiPath } from "../support/openapi-contract";
import { brokenValue, oddValue, validValue } from "../support/openapi-arbitraries";

const seed = Number(process.env.FC_SEED ?? 20_261_202);
const AVAILABILITIES: ApiPath = "/structures/{id}/disponibilites";

type Fixture = { facilityId: string; foreignFacilityId: string; token: string; revokedToken: string };
let fixture: Fixture;

beforeAll(async () => {
  // A facility of its own: the hundreds of publications below touch no demo facility other tests read.
  const agent = await sessionUserByEmail("agent.caf47@demo.monenfant.fr");
  const caf = await db.caf.findUniqueOrThrow({ where: { departementCode: "47" } });
  const commune = await db.commune.findFirstOrThrow({
    where: { departementCode: "47", postcodes: { isEmpty: false } },
  });
  const tag = `props${Date.now()}`;
  const facility = await db.facility.create({
    data: {
      kind: "MICRO_CRECHE",
      isEaje: true,
      name: `Propriétés ${tag}`,
      street: "2 rue des Essais",
      postcode: commune.postcodes[0]!,
      communeInsee: commune.inseeCode,
      departementCode: "47",
      cafId: caf.id,
    },
  });
  const { conventionId, team } = await activeConvention(agent, tag, {
    type: "STRUCTURES",
    facilityIds: [facility.id],
    scope: { operatingInfo: true, availabilities: true },
  });
  const owner = await sessionUserByEmail(team[0]!.email);
  const { providerId } = await db.convention.findUniqueOrThrow({ where: { id: conventionId } });
  const { token } = await createApiKey(owner, { name: "Logiciel sous propriétés", providerId });
  const revoked = await createApiKey(owner, { name: "Clé révoquée", providerId });
  await revokeApiKey(owner, revoked.id);
  // Exists, outside the key's scope: 403.
  const foreign = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R01" } });
  fixture = { facilityId: facility.id, foreignFacilityId: foreign.id, token, revokedToken: revoked.token };
});

type ApiCall = {
  operation: "list" | "read" | "replace";
  id: string;
  authorization?: string;
  address?: string;
  contentType?: string;
  idempotencyKey?: string;
  body?: string;
};

async function send(call: ApiCall): Promise<Response> {
  const headers = new Headers();
  if (call.authorization !== undefined) headers.set("authorization", call.authorization);
  if (call.address) headers.set(CLIENT_ADDRESS_HEADER, call.address);
  if (call.contentType) headers.set("content-type", call.contentType);
  if (call.idempotencyKey !== undefined) headers.set("idempotency-key", call.idempotencyKey);
  const params = { params: Promise.resolve({ id: call.id }) };
  const url = `http://localhost/api/v1/structures/${encodeURIComponent(call.id)}/disponibilites`;
  switch (call.operation) {
    case "list":
      return listFacilities(new Request("http://localhost/api/v1/structures", { headers }));
    case "read":
      return readAvailabilities(new Request(url, { headers }), params);
    case "replace":
      return replaceAvailabilities(new Request(url, { method: "PUT", headers, body: call.body }), params);
  }
}

const where = {
  list: ["/structures", "get"],
  read: [AVAILABILITIES, "get"],
  replace: [AVAILABILITIES, "put"],
} as const;

// What a client can put in a header: Latin-1 without CR, LF or NUL (Headers refuses anything else, as HTTP does).
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)),
  maxLength: 80,
});
const oddText = oddValue.map((value) => (typeof value === "string" ? value : JSON.stringify(value)));
const requestBody = validValue(operationOf(AVAILABILITIES, "put").requestBody!.content["application/json"]!.schema);
const bodyValue = fc.oneof(requestBody, requestBody.chain(brokenValue));
const hugeBody = JSON.stringify({ noPlaceAvailable: true, slots: [], padding: "x".repeat(300 * 1024) });

function apiCall({ facilityId, foreignFacilityId, token, revokedToken }: Fixture): fc.Arbitrary<ApiCall> {
  return fc.record({
    operation: fc.constantFrom("list", "read", "replace"),
    id: fc
      .oneof(
        { weight: 6, arbitrary: fc.constant(facilityId) },
        fc.constant(foreignFacilityId),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        oddText,
      )
      // A URL cannot carry a lone surrogate: the router would never hand one over.
      .map((id) => id.toWellFormed()),
    authorization: fc.oneof(
      { weight: 8, arbitrary: fc.constant(`Bearer ${token}`) },
      fc.constant(undefined),
      fc.constant(`Bearer ${revokedToken}`),
      fc.constant(`bearer  ${token}`),
      fc.constant(`Bearer ${token.slice(0, -4)}AAAA`),
      fc.constant(`Basic ${Buffer.from(`x:${token}`).toString("base64")}`),
      headerText.map((text) => `Bearer ${text}`),
      headerText,
    ),
    // Mostly distinct addresses; a shared one reaches the throttle of invalid keys (429).
    address: fc.oneof(
      { weight: 3, arbitrary: fc.ipV4() },
      { weight: 3, arbitrary: fc.constant("198.51.100.24") },
      fc.constantFrom("2001:db8::24", undefined),
    ),
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant("application/json") },
      fc.constantFrom("application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "multipart/form-data"),
      fc.constant(undefined),
      headerText,
    ),
    idempotencyKey: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      // A reused key: the same request replays, another one is refused with 422.
      { weight: 2, arbitrary: fc.constant("propriete-0001") },
      fc.stringMatching(/^[\w\-.:]{8,100}$/),
      headerText,
    ),
    body: fc.oneof(
      { weight: 8, arbitrary: bodyValue.map((value) => JSON.stringify(value)) },
      oddText,
      fc.constantFrom("", "{", "nul", '{"slots": 1e999}', "[".repeat(5000) + "]".repeat(5000)),
      fc.constant(hugeBody),
    ),
  });
}

describe("@hardening property-based tests of the API against its OpenAPI document", () => {
  it("@hardening every generated request (valid or not) gets a declared status, never a 500, and a body valid against the document", async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(apiCall(fixture), async (call) => {
        const response = await send(call);
        seen.add(response.status);
        const [path, method] = where[call.operation];
        await expectConforming(response, path, method);
      }),
      { seed, numRuns: 250 },
    );
    // The generator reached every kind of answer, not 401 alone.
    expect([...seen]).toEqual(expect.arrayContaining([200, 400, 401, 403, 404, 415]));
  });

  it("@hardening the document's request schema and the server agree: what it refuses is refused, what it accepts passes but for the described rules", async () => {
    const { facilityId, token } = fixture;
    const put = (body: unknown) =>
      send({
        operation: "replace",
        id: facilityId,
        authorization: `Bearer ${token}`,
        contentType: "application/json",
        body: JSON.stringify(body),
      });
    const outcomes = { refusedByTheDocument: 0, refusedByARule: 0, published: 0 };
    await fc.assert(
      fc.asyncProperty(bodyValue, async (body) => {
        const documentErrors = requestBodyErrors(AVAILABILITIES, "put", body);
        const response = await put(body);
        const answer = await expectConforming(response, AVAILABILITIES, "put");
        if (documentErrors) {
          expect(response.status, documentErrors).toBe(400);
          outcomes.refusedByTheDocument += 1;
          return;
        }
        if (response.status === 400) {
          // A body the schema accepts may only break a rule listed in the schemas' descriptions.
          for (const { pointer } of answer.errors as { pointer: string }[])
            expect(pointer).toMatch(/^\/slots(\/\d+\/(startDate|endDate|maxAgeMonths|endTime))?$/);
          outcomes.refusedByARule += 1;
        } else expect(response.status).toBe(200);
        // The same body made to keep those rules is published.
        const kept = keepingTheDescribedRules(body as AvailabilitySetBody);
        expect(requestBodyErrors(AVAILABILITIES, "put", kept)).toBeNull();
        const published = await put(kept);
        expect(published.status, JSON.stringify(await published.clone().json())).toBe(200);
        await expectConforming(published, AVAILABILITIES, "put");
        outcomes.published += 1;
      }),
      { seed, numRuns: 100 },
    );
    expect(
      Object.values(outcomes).every((count) => count > 0),
      JSON.stringify(outcomes),
    ).toBe(true);
  });
});

type SlotBody = {
  startDate: string;
  endDate?: string | null;
  minAgeMonths: number;
  maxAgeMonths: number;
  startTime: string;
  endTime: string;
};
type AvailabilitySetBody = { noPlaceAvailable?: boolean; slots?: SlotBody[] };

/** The rules the document describes in words (JeuDeDisponibilites and its lines), applied to a valid body. */
function keepingTheDescribedRules(set: AvailabilitySetBody): AvailabilitySetBody {
  const [earliest, latest] = [earliestStartDay(), latestDay()];
  const clamp = (day: string) => (day < earliest ? earliest : day > latest ? latest : day);
  return {
    ...set,
    slots: set.slots?.map((slot) => {
      const [minAgeMonths, maxAgeMonths] = [slot.minAgeMonths, slot.maxAgeMonths].sort((a, b) => a - b);
      const [startTime, endTime] =
        slot.startTime === slot.endTime ? ["08:00", "18:00"] : [slot.startTime, slot.endTime].sort();
      const startDate = clamp(slot.startDate);
      const endDate =
        slot.endDate && (slot.endDate < startDate ? startDate : slot.endDate > latest ? latest : slot.endDate);
      return { ...slot, minAgeMonths, maxAgeMonths, startTime, endTime, startDate, endDate } as SlotBody;
    }),
  };
}
