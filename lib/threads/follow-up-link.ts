import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import type { HabilitationStatus } from "@/lib/generated/prisma/enums";

// The link lives as long as the request can still move; once activated, the partner's space takes
// over, so the link stays open for a month to see the outcome, then closes.
const FOLLOW_UP_DAYS = 365;
const AFTER_ACTIVATION_DAYS = 30;
const DAY_MS = 86_400_000;

export const FOLLOW_UP_REFUSED_MESSAGE =
  "Ce lien de suivi n'est pas valide ou n'est plus actif. Pour toute question, contactez votre Caf en rappelant la référence de votre demande.";

/** 256 random bits: unguessable. Only its SHA-256 is stored, so a database read gives no usable link. */
export function createFollowUpToken(now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashFollowUpToken(token), expiresAt: new Date(now.getTime() + FOLLOW_UP_DAYS * DAY_MS) };
}

export function hashFollowUpToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function followUpUrl(token: string): string {
  return `${env.APP_URL}/suivi/${token}`;
}

type FollowUpState = { status: HabilitationStatus; statusChangedAt: Date; followUpExpiresAt: Date | null };

/** A refused request is closed; an active one a month after activation; any link past its expiry. */
export function isFollowUpOpen(request: FollowUpState, now = new Date()): boolean {
  if (!request.followUpExpiresAt || request.followUpExpiresAt <= now) return false;
  if (request.status === "REFUSED") return false;
  if (request.status === "ACTIVE")
    return now.getTime() - request.statusChangedAt.getTime() < AFTER_ACTIVATION_DAYS * DAY_MS;
  return true;
}

/** The request a follow-up link opens, or a refusal that says nothing about whether it exists. */
export async function findRequestByFollowUpToken(token: unknown, tx: Tx | typeof db = db) {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token))
    throw new DomainError(FOLLOW_UP_REFUSED_MESSAGE, 422);
  const request = await tx.habilitationRequest.findUnique({ where: { followUpTokenHash: hashFollowUpToken(token) } });
  if (!request || !isFollowUpOpen(request)) throw new DomainError(FOLLOW_UP_REFUSED_MESSAGE, 422);
  return request;
}
