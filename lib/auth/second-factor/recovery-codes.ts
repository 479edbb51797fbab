import "server-only";
import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: the codes are copied by hand from paper.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 10;

/** Case, spaces and dashes do not matter when a code is typed back. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

// 10 characters from 31 is about 50 bits: too many to enumerate under the login throttle, so a fast
// hash is enough (a password needs bcrypt because people choose guessable ones; these are random).
export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(`recovery-code|${normalizeRecoveryCode(code)}`)
    .digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  const normalized = normalizeRecoveryCode(code);
  return normalized.length === CODE_LENGTH && normalized.split("").every((char) => ALPHABET.includes(char));
}

/** Ten new codes, shown once as XXXXX-XXXXX. */
export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let code = "";
    for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET.charAt(randomInt(ALPHABET.length));
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}
