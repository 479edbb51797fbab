// Loaded by scripts/production-server.ts, outside Next's bundles: no `server-only` import below it.
import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { NextRequest } from "next/server";
import type { JWT } from "next-auth/jwt";
import { proxyWithSession } from "@/proxy";

export type ProxyGate = {
  /** The session the proxy read: its token, unless absent or expired. */
  session: JWT | null;
  /** The proxy's own answer (a redirect to sign in, a refusal), to send as it is; null when it lets the request on. */
  answer: { status: number; headers: OutgoingHttpHeaders; body: string } | null;
  /** What the proxy adds to the page's answer: its Content-Security-Policy and the refreshed session cookie. */
  headers: OutgoingHttpHeaders;
};

/**
 * Runs a request the production server answers itself through proxy.ts, as Next would before a page: the same
 * CSRF refusal, Content-Security-Policy, idle timeout, cookie refresh and early redirects, from the same code.
 */
export async function passProxy(request: IncomingMessage): Promise<ProxyGate> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    for (const one of [value ?? []].flat()) headers.append(name, one);
  const nextRequest = new NextRequest(new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`), {
    method: request.method,
    headers,
  });
  const { response, session } = await proxyWithSession(nextRequest);
  const added: OutgoingHttpHeaders = {};
  const policy = response.headers.get("content-security-policy");
  if (policy) added["content-security-policy"] = policy;
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) added["set-cookie"] = cookies;
  if (response.headers.get("x-middleware-next") === "1") return { session, answer: null, headers: added };
  const location = response.headers.get("location");
  if (location) {
    // Next sends its proxy's redirects within the site as paths; so does this.
    const target = new URL(location, nextRequest.url);
    const ours = target.origin === new URL(nextRequest.url).origin;
    added.location = ours ? `${target.pathname}${target.search}` : location;
  }
  const contentType = response.headers.get("content-type");
  if (contentType) added["content-type"] = contentType;
  return {
    session,
    answer: { status: response.status, headers: added, body: await response.text() },
    headers: added,
  };
}
