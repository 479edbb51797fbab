import "server-only";
import { db, queryPrepared } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { rateLimitResult, rateLimitUpsertSql } from "@/lib/security/rate-limit";
import type { SessionUser } from "@/lib/auth/session";
import { hashSecret, parseApiKey, secretMatches } from "./api-key-format";

export type ApiCaller = { keyId: string; providerId: string; owner: SessionUser };
export type ApiAuthFailure = {
  kind: "unauthenticated" | "tooManyRequests";
  detail: string;
  retryAfterSeconds?: number;
};

const LAST_USED_PRECISION_MS = 60_000;

// The key, its owner as a session user, and the key's rate-limit counter, in one row.
type KeyRow = SessionUser & {
  keyId: string;
  providerId: string;
  secretHash: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  active: boolean;
  count: number | null;
  resetAt: Date | null;
};

/**
 * Resolves `Authorization: Bearer mek_…` to its key and owner. A revoked key, an unknown one or one
 * whose owner was deactivated are all refused the same way; each key has its own rate limit. Every call
 * makes this lookup: key, owner and rate-limit count are one statement, and only a call presenting the
 * right secret of a usable key is counted (knowing a key's prefix does not let anyone use up its quota).
 */
export async function authenticateApiKey(authorization: string | null): Promise<ApiCaller | ApiAuthFailure> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const parsed = token ? parseApiKey(token) : null;
  if (!parsed)
    return {
      kind: "unauthenticated",
      detail: "Fournissez une clé d'API dans l'en-tête « Authorization: Bearer mek_… ».",
    };
  const now = new Date();
  const [key] = await queryPrepared<KeyRow>(Prisma.sql`
    WITH key AS (
      SELECT k.id AS "keyId", k."providerId", k."secretHash", k."revokedAt" AT TIME ZONE 'UTC' AS "revokedAt", k."lastUsedAt" AT TIME ZONE 'UTC' AS "lastUsedAt",
        u.id, u."personalNumber", u.email, u."firstName", u."lastName", u.role::text AS role, u."cafId", u."mustChangePassword", u.active
      FROM "ApiKey" k JOIN "User" u ON u.id = k."ownerId" WHERE k.prefix = ${parsed.prefix}::text
    ), counter AS (
      ${rateLimitUpsertSql(Prisma.sql`'api:key:' || key."keyId"`, Prisma.sql`FROM key WHERE key."secretHash" = ${hashSecret(parsed.secret)}::text AND key."revokedAt" IS NULL AND key.active`, 60, now)}
    )
    SELECT key.*, counter.count, counter."resetAt" FROM key LEFT JOIN counter ON true`);
  if (
    !key ||
    key.revokedAt ||
    !key.active ||
    !secretMatches(parsed.secret, key.secretHash) ||
    key.count === null ||
    !key.resetAt
  ) {
    return {
      kind: "unauthenticated",
      detail: "Cette clé d'API est inconnue, révoquée, ou son titulaire n'est plus habilité.",
    };
  }
  const limit = rateLimitResult({ count: key.count, resetAt: key.resetAt }, env.API_RATE_LIMIT_PER_MINUTE, now);
  if (!limit.allowed)
    return {
      kind: "tooManyRequests",
      detail: `Limite de ${env.API_RATE_LIMIT_PER_MINUTE} requêtes par minute atteinte pour cette clé.`,
      retryAfterSeconds: limit.retryAfterSeconds,
    };
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.apiKey.update({ where: { id: key.keyId }, data: { lastUsedAt: now } });
  }
  const { keyId, providerId, id, personalNumber, email, firstName, lastName, role, cafId, mustChangePassword } = key;
  return {
    keyId,
    providerId,
    owner: { id, personalNumber, email, firstName, lastName, role, cafId, mustChangePassword },
  };
}
