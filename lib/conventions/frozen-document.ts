import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";

export function sha256Of(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** Keeps a produced document's bytes for good: later downloads return exactly these bytes. */
export function storeFrozenDocument(tx: Tx, fileName: string, content: Uint8Array) {
  return tx.frozenDocument.create({
    data: { fileName, content: Buffer.from(content), sha256: sha256Of(content) },
    select: { id: true, sha256: true },
  });
}
