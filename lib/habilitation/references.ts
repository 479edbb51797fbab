import { randomInt } from "node:crypto";

// No 0/O or 1/I: references are read over the phone and typed back.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** "HAB-47-2026-7K3Q9P": kind, département, year, then 6 random characters (unique index on the column). */
export function newReference(prefix: "HAB" | "CONV" | "DI", departementCode: string, now = new Date()): string {
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += ALPHABET.charAt(randomInt(ALPHABET.length));
  return `${prefix}-${departementCode}-${now.getFullYear()}-${suffix}`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** Runs `create` (a whole transaction) with a fresh reference, again on the rare collision. */
export async function withUniqueReference<T>(
  prefix: "HAB" | "CONV" | "DI",
  departementCode: string,
  create: (reference: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create(newReference(prefix, departementCode));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
