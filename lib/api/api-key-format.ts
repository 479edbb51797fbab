import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// "mek_<prefix>_<secret>": the prefix identifies the key (shown in lists), the secret is only
// stored as a SHA-256 hash. A 32-byte random secret needs no slow hash: it cannot be guessed.
const KEY_PATTERN = /^mek_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { prefix: string; secret: string; token: string; secretHash: string } {
  const prefix = randomBytes(9)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")
    .slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  return { prefix, secret, token: `mek_${prefix}_${secret}`, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = KEY_PATTERN.exec(token.trim());
  const [, prefix, secret] = match ?? [];
  return prefix && secret ? { prefix, secret } : null;
}

export function secretMatches(secret: string, secretHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(secretHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
