import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

export type RequestInfo = { ip: string | null; userAgent: string | null };

/**
 * The one source of the client address for the connection log and per-address throttling: what the production
 * server resolved from the socket and the declared proxies (lib/http/client-address.ts). X-Forwarded-For itself
 * is never read here: any client can write it. Under `next dev`, which has no such server, the address is unknown.
 */
export function requestInfoFrom(get: (name: string) => string | null | undefined): RequestInfo {
  return { ip: get(CLIENT_ADDRESS_HEADER) || null, userAgent: get("user-agent")?.slice(0, 500) ?? null };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return requestInfoFrom((name) => h.get(name));
}
