// The connection log and the per-address login throttling see the address the production server resolves
// (lib/http/client-address.ts), over real HTTP: a client's own X-Forwarded-For is ignored unless the peer is a
// declared proxy. Each case connects from its own loopback address, so its counters are its own.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate, SignInRefusedError } from "@/lib/auth/authenticate";
import { requestInfoFrom } from "@/lib/auth/request-info";
import { serverProcessSettingsSchema } from "@/lib/server-process-settings";
import { attachClientAddress, CLIENT_ADDRESS_HEADER, compileTrustedProxies } from "@/lib/http/client-address";

const servers: http.Server[] = [];
const IP_LIMIT = env.LOGIN_MAX_FAILURES * 6;

/** A server doing what the production server and the sign-in do: resolve the address, then try a login. */
async function loginServer(trustedProxies: string): Promise<number> {
  const trust = compileTrustedProxies(trustedProxies);
  async function answer(request: http.IncomingMessage, response: http.ServerResponse) {
    attachClientAddress(request, trust);
    const info = requestInfoFrom((name) => request.headers[name] as string | undefined);
    const email = String(request.headers["x-test-email"]);
    try {
      await authenticate({ email, password: "Pas-le-bon-2026" }, info);
      response.end("refusé");
    } catch (error) {
      if (!(error instanceof SignInRefusedError)) throw error;
      response.statusCode = 429;
      response.end("refusé avant vérification");
    }
  }
  // node:http ignores what a listener returns; an unexpected error is left to fail the run, unhandled.
  const server = http.createServer((request, response) => void answer(request, response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function attempt(port: number, from: string, email: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, localAddress: from, headers: { "x-test-email": email, ...headers } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end();
  });
}

const loggedAddress = async (email: string) =>
  (await db.connectionLog.findFirstOrThrow({ where: { identifier: email }, orderBy: { at: "desc" } })).ip;

describe("@operations client address", () => {
  afterAll(async () => {
    for (const server of servers) server.close();
    const addresses = ["127.0.0.41", "203.0.113.77", "203.0.113.78", "127.0.0.43"];
    await db.rateLimitCounter.deleteMany({ where: { key: { in: addresses.map((address) => `login:ip:${address}`) } } });
  });

  it("@operations TRUSTED_PROXIES accepts addresses and CIDR ranges only, with a French message", () => {
    expect(serverProcessSettingsSchema.safeParse({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.4 ::1" }).success).toBe(true);
    const wrong = serverProcessSettingsSchema.safeParse({ TRUSTED_PROXIES: "10.0.0.0/8, passerelle" });
    expect(wrong.error?.issues[0]!.message).toMatch(/^TRUSTED_PROXIES : adresses IP ou plages CIDR/);
  });

  it("@operations with no trusted proxy, a spoofed X-Forwarded-For changes neither the log nor the throttling", async () => {
    const port = await loginServer("");
    const from = "127.0.0.41";
    const spoofed = { "x-forwarded-for": "203.0.113.50", [CLIENT_ADDRESS_HEADER]: "203.0.113.51" };
    await attempt(port, from, "usurpation.0@exemple.fr", spoofed);
    expect(await loggedAddress("usurpation.0@exemple.fr")).toBe(from);

    // A new spoofed address and a new identifier at every try: the socket's address is throttled all the same.
    for (let i = 1; i < IP_LIMIT; i++)
      await attempt(port, from, `usurpation.${i}@exemple.fr`, { "x-forwarded-for": `203.0.113.${i}` });
    expect(await attempt(port, from, "usurpation.fin@exemple.fr", { "x-forwarded-for": "198.18.0.1" })).toBe(429);
  });

  it("@operations behind a declared proxy, its X-Forwarded-For is the client address, for the log and the throttling", async () => {
    const port = await loginServer("10.0.0.0/8, 127.0.0.42");
    const proxy = "127.0.0.42";
    // The client may prepend anything: only the entry the trusted proxy added counts.
    await attempt(port, proxy, "mandataire.0@exemple.fr", { "x-forwarded-for": "192.0.2.200, 203.0.113.77" });
    expect(await loggedAddress("mandataire.0@exemple.fr")).toBe("203.0.113.77");

    for (let i = 1; i < IP_LIMIT; i++)
      await attempt(port, proxy, `mandataire.${i}@exemple.fr`, { "x-forwarded-for": "203.0.113.77" });
    expect(await attempt(port, proxy, "mandataire.fin@exemple.fr", { "x-forwarded-for": "203.0.113.77" })).toBe(429);
    // Another client behind the same proxy is not throttled with it.
    expect(await attempt(port, proxy, "mandataire.autre@exemple.fr", { "x-forwarded-for": "203.0.113.78" })).toBe(200);

    // An untrusted peer's header is still ignored on the same server.
    await attempt(port, "127.0.0.43", "mandataire.faux@exemple.fr", { "x-forwarded-for": "203.0.113.79" });
    expect(await loggedAddress("mandataire.faux@exemple.fr")).toBe("127.0.0.43");
  });
});
