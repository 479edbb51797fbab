import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { apiKeyProvidersOf } from "./api-key-providers";
import { newApiKey } from "./api-key-format";

export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, "Nom de la clé : 3 caractères au minimum (par exemple le nom du logiciel).")
    .max(80, "Nom de la clé : 80 caractères au maximum."),
  providerId: z.string().min(1, "Choisissez le gestionnaire.").max(40),
});

const MAX_ACTIVE_KEYS_PER_PERSON = 10;

/** A new key for the person's management software; the full key is returned once and never stored. */
export async function createApiKey(actor: SessionUser, input: unknown) {
  const { name, providerId } = createApiKeySchema.parse(input);
  const providers = await apiKeyProvidersOf(actor);
  if (!providers.some((p) => p.id === providerId))
    throw new AccessDeniedError(
      403,
      "Votre habilitation ne permet pas de publier des disponibilités pour ce gestionnaire.",
    );
  if ((await db.apiKey.count({ where: { ownerId: actor.id, revokedAt: null } })) >= MAX_ACTIVE_KEYS_PER_PERSON) {
    throw new DomainError(`${MAX_ACTIVE_KEYS_PER_PERSON} clés actives au maximum : révoquez-en une d'abord.`, 409);
  }
  const key = newApiKey();
  const created = await db.$transaction(async (tx) => {
    const apiKey = await tx.apiKey.create({
      data: { prefix: key.prefix, secretHash: key.secretHash, name, ownerId: actor.id, providerId },
    });
    await recordAuditEvent(
      actor,
      { action: "api-key.create", entityType: "ApiKey", entityId: apiKey.id, data: { prefix: key.prefix, name } },
      tx,
    );
    return apiKey;
  });
  return { id: created.id, prefix: created.prefix, name: created.name, token: key.token };
}

export async function revokeApiKey(actor: SessionUser, keyId: string) {
  await db.$transaction(async (tx) => {
    const updated = await tx.apiKey.updateMany({
      where: { id: keyId, ownerId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (updated.count === 0) throw new AccessDeniedError(404, "Clé introuvable ou déjà révoquée.");
    await recordAuditEvent(actor, { action: "api-key.revoke", entityType: "ApiKey", entityId: keyId }, tx);
  });
}

export async function listMyApiKeys(actor: SessionUser) {
  const [keys, providers] = await Promise.all([
    db.apiKey.findMany({
      where: { ownerId: actor.id },
      select: {
        id: true,
        prefix: true,
        name: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
        provider: { select: { legalName: true } },
      },
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      take: 50,
    }),
    apiKeyProvidersOf(actor),
  ]);
  return { keys, providers };
}
