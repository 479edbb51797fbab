import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiKey } from "@/lib/api/manage-api-keys";
import { GET as listFacilities, POST as postFacilities } from "@/app/api/v1/structures/route";
import { PUT as replaceAvailabilities } from "@/app/api/v1/structures/[id]/disponibilites/route";
import { GET as unknownGet, POST as unknownPost } from "@/app/api/v1/[...inconnu]/route";
import { refuseConnect, refuseUnservedMethod } from "@/lib/http/method-guard";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { earliestStartDay } from "@/lib/availability/availability-schema";
import { sessionUserByEmail } from "../support/users";

async function albretKey() {
  const director = await sessionUserByEmail("directrice.albret@demo.monenfant.fr");
  const provider = await db.provider.findFirstOrThrow({ where: { legalName: "Communauté de communes de l'Albret" } });
  return (await createApiKey(director, { name: `Logiciel ${randomUUID().slice(0, 6)}`, providerId: provider.id }))
    .token;
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  return body;
}

describe("@hardening API errors are problem documents", () => {
  it("@hardening unknown routes answer 404 and unimplemented methods 405 with Allow", async () => {
    await expectProblem(unknownGet(new Request("http://localhost/api/v1/inconnu")), 404);
    await expectProblem(unknownPost(new Request("http://localhost/api/v1/a/b/c", { method: "POST" })), 404);
    const refused = postFacilities(new Request("http://localhost/api/v1/structures", { method: "POST" }));
    await expectProblem(refused, 405);
    expect(refused.headers.get("allow")).toBe("GET, HEAD");
  });

  it("@hardening a body over the limit is refused with 413 before it is read, with or without Content-Length", async () => {
    const token = await albretKey();
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R01" } });
    const url = `http://localhost/api/v1/structures/${facility.id}/disponibilites`;
    const huge = JSON.stringify({ noPlaceAvailable: true, slots: [], padding: "x".repeat(8 * 1024 * 1024) });
    const params = { params: Promise.resolve({ id: facility.id }) };
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    await expectProblem(
      await replaceAvailabilities(new Request(url, { method: "PUT", headers, body: huge }), params),
      413,
    );
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const chunked = new Request(url, { method: "PUT", headers, body: stream, duplex: "half" } as RequestInit);
    await expectProblem(await replaceAvailabilities(chunked, params), 413);
  });

  it("@hardening invalid keys (not keyless calls) are throttled per address (429 with Retry-After); 401 says WWW-Authenticate", async () => {
    const token = await albretKey();
    const address = `192.0.2.${randomUUID().slice(0, 6)}`;
    const call = (authorization: string, ip: string) =>
      listFacilities(
        new Request("http://localhost/api/v1/structures", { headers: { authorization, [CLIENT_ADDRESS_HEADER]: ip } }),
      );
    // Calls without any key guess nothing: however many, they do not count against the address.
    for (let i = 0; i < 25; i++) expect((await call("", address)).status).toBe(401);
    const first = await call("Bearer mek_faux_0000000000000000", address);
    await expectProblem(first, 401);
    expect(first.headers.get("www-authenticate")).toMatch(/^Bearer/);
    for (let i = 1; i < 20; i++) expect((await call(`Bearer mek_faux_${i}`, address)).status).toBe(401);
    // Past the limit, the address is refused before any key is looked at: even a good one.
    const throttled = await call(`Bearer ${token}`, address);
    await expectProblem(throttled, 429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(`Bearer ${token}`, `192.0.2.${randomUUID().slice(0, 6)}`)).status).toBe(200);
  });
});

describe("@hardening idempotency", () => {
  it("@hardening two concurrent PUTs with one Idempotency-Key give one publication and identical answers", async () => {
    const token = await albretKey();
    const facility = await db.facility.findFirstOrThrow({ where: { externalId: "DEMO-47-R02" } });
    const before = await db.availabilityPublication.count({ where: { facilityId: facility.id } });
    const body = JSON.stringify({
      noPlaceAvailable: false,
      slots: [
        {
          startDate: earliestStartDay(),
          endDate: null,
          minAgeMonths: 10,
          maxAgeMonths: 36,
          careType: "OCCASIONAL",
          weekdays: [1, 3],
          startTime: "09:00",
          endTime: "17:00",
          places: 2,
        },
      ],
    });
    const headers = {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "idempotency-key": `concurrent-${randomUUID()}`,
    };
    const put = () =>
      replaceAvailabilities(
        new Request(`http://localhost/api/v1/structures/${facility.id}/disponibilites`, {
          method: "PUT",
          headers,
          body,
        }),
        { params: Promise.resolve({ id: facility.id }) },
      );
    const answers = await Promise.all([put(), put(), put()]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const bodies = await Promise.all(answers.map((a) => a.json()));
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(await db.availabilityPublication.count({ where: { facilityId: facility.id } })).toBe(before + 1);
  });
});

describe("@hardening HTTP methods", () => {
  it("@hardening TRACE, TRACK, DELETE and CONNECT answer 405 with Allow, in problem+json under /api/v1", async () => {
    const server = http.createServer((request, response) => {
      if (!refuseUnservedMethod(request, response)) response.end("servi");
    });
    server.on("connect", refuseConnect);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const send = (method: string, path: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
        const request = http.request({ host: "127.0.0.1", port, method, path }, (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
        });
        request.on("connect", (response) =>
          resolve({ status: response.statusCode!, headers: response.headers, body: "" }),
        );
        request.on("error", reject);
        request.end();
      });
    try {
      // Node's own parser refuses a method it does not know (TRACK) with 400, before any application code.
      expect((await send("TRACK", "/recherche")).status).toBe(400);
      for (const method of ["TRACE", "DELETE", "PATCH", "PROPFIND"]) {
        const answer = await send(method, "/recherche");
        expect(answer.status, method).toBe(405);
        expect(answer.headers.allow).toBe("GET, HEAD, POST, PUT, OPTIONS");
        expect(answer.body).toBe("Méthode HTTP non prise en charge.");
      }
      const api = await send("TRACE", "/api/v1/structures");
      expect(api.headers["content-type"]).toBe("application/problem+json");
      expect(JSON.parse(api.body)).toMatchObject({ status: 405 });
      const connect = await send("CONNECT", "evil.example:443");
      expect(connect.status).toBe(405);
      expect(connect.headers.allow).toBe("GET, HEAD, POST, PUT, OPTIONS");
      expect((await send("GET", "/")).body).toBe("servi");
    } finally {
      server.close();
    }
  });
});
