import "server-only";
import { cookies } from "next/headers";
import type { JWT } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "@/lib/http/session-token";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/http/session-cookie";

/**
 * Rewrites the caller's own session token (e.g. with the new session version after a password change)
 * so that this session goes on while every other one ends. Only from server actions and route handlers.
 */
export async function reissueSessionToken(changes: Partial<JWT>) {
  const jar = await cookies();
  const secure = jar.has(sessionCookieName(true));
  const name = sessionCookieName(secure);
  const current = await decodeSessionToken({ token: jar.get(name)?.value, secret: env.NEXTAUTH_SECRET });
  if (!current) return;
  const maxAge = env.SESSION_MAX_AGE_MINUTES * 60;
  const token = await encodeSessionToken({ token: { ...current, ...changes }, secret: env.NEXTAUTH_SECRET, maxAge });
  jar.set(name, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}
