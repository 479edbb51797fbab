import { createHash, randomBytes } from "node:crypto";

/** How long an invitation link works. */
export const INVITATION_VALIDITY_MS = 72 * 3600 * 1000;

/** A fresh link token (256 random bits) and the only form of it the database keeps. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
