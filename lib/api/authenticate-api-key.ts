import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import type { SessionUser } from "@/lib/auth/session";
import { parseApiKey, secretMatches } from "./api-key-format";

export type ApiCaller = { keyId: string; providerId: string; owner: SessionUser };
export type ApiAuthFailure = { kind: "unauthenticated" | "tooManyRequests"; detail: string; retryAfterSeconds?: number };

const LAST_USED_PRECISION_MS = 60_000;

/**
 * Resolves `Authorization: Bearer mek_…` to its key and owner. A revoked key, an unknown one or one
 * whose owner was deactivated are all refused the same way; each key has its own rate limit.
 */
export async function authenticateApiKey(authorization: string | null): Promise<ApiCaller | ApiAuthFailure> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const parsed = token ? parseApiKey(token) : null;
  if (!parsed) return { kind: "unauthenticated", detail: "Fournissez une clé d'API dans l'en-tête « Authorization: Bearer mek_… »." };
  const key = await db.apiKey.findUnique({
    where: { prefix: parsed.prefix },
    include: { owner: { select: { id: true, personalNumber: true, email: true, firstName: true, lastName: true, role: true, cafId: true, mustChangePassword: true, active: true } } },
  });
  if (!key || key.revokedAt || !key.owner.active || !secretMatches(parsed.secret, key.secretHash)) {
    return { kind: "unauthenticated", detail: "Cette clé d'API est inconnue, révoquée, ou son titulaire n'est plus habilité." };
  }
  const limit = await consumeRateLimit(`api:key:${key.id}`, env.API_RATE_LIMIT_PER_MINUTE, 60);
  if (!limit.allowed) return { kind: "tooManyRequests", detail: `Limite de ${env.API_RATE_LIMIT_PER_MINUTE} requêtes par minute atteinte pour cette clé.`, retryAfterSeconds: limit.retryAfterSeconds };
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  const { active: _active, ...owner } = key.owner;
  return { keyId: key.id, providerId: key.providerId, owner };
}
