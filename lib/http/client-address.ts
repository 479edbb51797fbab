// The address of the person behind a request: the socket's peer, or, when that peer is a proxy the
// operator declared (TRUSTED_PROXIES), the address it reports in X-Forwarded-For — walking back only
// through declared proxies, so a client cannot choose its own address by sending that header.
// The production server resolves it once per request and hands it to the app in CLIENT_ADDRESS_HEADER,
// replacing whatever a client may have sent under that name (lib/auth/request-info.ts reads it).
// No `server-only`: scripts/production-server.ts imports it before Next loads.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-monenfant-client-address";

export type TrustedProxies = (address: string, hop: number) => boolean;

/** "10.0.0.0/8, 192.168.1.10" → a trust function; throws on an entry that is not an address or a range. */
export function compileTrustedProxies(value: string | undefined): TrustedProxies {
  const entries = (value ?? "")
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  return proxyaddr.compile(entries);
}

/** IPv4 clients of a dual-stack socket appear as "::ffff:203.0.113.9": the log shows them as IPv4. */
function plainAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

export function clientAddressOf(request: IncomingMessage, trust: TrustedProxies): string | null {
  if (!request.socket.remoteAddress) return null;
  return plainAddress(proxyaddr(request, trust));
}

export function attachClientAddress(request: IncomingMessage, trust: TrustedProxies): void {
  const address = clientAddressOf(request, trust);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else Reflect.deleteProperty(request.headers, CLIENT_ADDRESS_HEADER);
}
