// Session lifetime rules, shared by the proxy (which cannot import server-only modules) and the server.
import type { JWT } from "next-auth/jwt";

export const SESSION_DEFAULTS = { maxAgeMinutes: 8 * 60, idleMinutes: 30 } as const;

// The last-activity claim is rewritten at most once a minute, not on every request.
export const ACTIVITY_REFRESH_SECONDS = 60;

export type SessionLimits = { maxAgeSeconds: number; idleSeconds: number };

function minutes(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? "", 10);
  return (Number.isFinite(parsed) && parsed > 0 ? parsed : fallback) * 60;
}

/** lib/env.ts validates these settings at start-up; the proxy reads them from the environment directly. */
export function sessionLimitsFrom(source: Record<string, string | undefined>): SessionLimits {
  return {
    maxAgeSeconds: minutes(source.SESSION_MAX_AGE_MINUTES, SESSION_DEFAULTS.maxAgeMinutes),
    idleSeconds: minutes(source.SESSION_IDLE_MINUTES, SESSION_DEFAULTS.idleMinutes),
  };
}

export const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** A session ends after its absolute lifetime, or after the idle timeout without any request. */
export function isSessionExpired(
  token: Pick<JWT, "loginAt" | "lastActivityAt">,
  limits: SessionLimits,
  now = nowInSeconds(),
): boolean {
  if (typeof token.loginAt !== "number" || typeof token.lastActivityAt !== "number") return true;
  return now - token.loginAt >= limits.maxAgeSeconds || now - token.lastActivityAt >= limits.idleSeconds;
}
