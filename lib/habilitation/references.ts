import { randomInt } from "node:crypto";

// No 0/O or 1/I: references are read over the phone and typed back.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** "HAB-47-2026-7K3Q9P": kind, département, year, then 6 random characters (unique index on the column). */
export function newReference(prefix: "HAB" | "CONV", departementCode: string, now = new Date()): string {
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${departementCode}-${now.getFullYear()}-${suffix}`;
}
