import "server-only";
import { randomInt } from "node:crypto";
import bcrypt from "bcrypt";
import { env } from "@/lib/env";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const GENERATED_PASSWORD_LENGTH = 8;

/** SPEC §4.4: random, alphanumeric, case-sensitive, exactly 8 characters (crypto-random). */
export function generatePassword(): string {
  let password = "";
  for (let i = 0; i < GENERATED_PASSWORD_LENGTH; i++) password += ALPHANUMERIC.charAt(randomInt(ALPHANUMERIC.length));
  return password;
}

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, env.BCRYPT_COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

let decoyHash: string | null = null;

/**
 * Spends the time of a real password check when there is no account to check against, so response
 * times do not tell which identifiers exist.
 */
export async function verifyAgainstDecoy(plain: string): Promise<false> {
  decoyHash ??= await bcrypt.hash(generatePassword() + generatePassword(), env.BCRYPT_COST);
  await bcrypt.compare(plain, decoyHash);
  return false;
}
