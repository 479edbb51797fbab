import "server-only";
import { headers } from "next/headers";

export type RequestInfo = { ip: string | null; userAgent: string | null };

// Behind the load balancer the client address is the first X-Forwarded-For entry.
export function requestInfoFrom(get: (name: string) => string | null | undefined): RequestInfo {
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ip: forwarded || get("x-real-ip") || null, userAgent: get("user-agent")?.slice(0, 500) ?? null };
}

export async function currentRequestInfo(): Promise<RequestInfo> {
  const h = await headers();
  return requestInfoFrom((name) => h.get(name));
}
