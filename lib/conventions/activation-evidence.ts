import "server-only";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { pdfPageCount } from "@/lib/pdf/page-count";
import { MAX_SCAN_BYTES, SCAN_TOO_LARGE_MESSAGE } from "./scan-limit";

const evidenceSchema = z.object({
  scan: z
    .instanceof(File)
    .optional()
    .transform((file) => (file && file.size > 0 ? file : undefined))
    .refine((file) => !file || file.size <= MAX_SCAN_BYTES, SCAN_TOO_LARGE_MESSAGE),
  // A checkbox: "on" when ticked.
  paperCopyOnFile: z.union([z.literal("on"), z.literal(true)]).optional(),
});

export type ActivationEvidence =
  { kind: "scan"; fileName: string; content: Buffer<ArrayBuffer> } | { kind: "paper-copy-statement" };

/**
 * What proves the convention was signed before it is activated: the scan of the signed copy (a real
 * PDF, at most 10 Mo), or the agent's explicit statement that the signed paper copy is on file.
 * Read outside any transaction: uploads can be slow.
 */
export async function parseActivationEvidence(input: unknown): Promise<ActivationEvidence> {
  const { scan, paperCopyOnFile } = evidenceSchema.parse(input);
  if (scan) {
    const content = Buffer.from(await scan.arrayBuffer());
    if ((await pdfPageCount(content)) === 0)
      throw new DomainError("Convention signée : le fichier n'est pas un PDF valide.", 422);
    return { kind: "scan", fileName: scan.name.slice(0, 200), content };
  }
  if (paperCopyOnFile) return { kind: "paper-copy-statement" };
  throw new DomainError(
    "Joignez la convention signée numérisée (PDF) ou attestez que l'exemplaire papier signé est classé au dossier.",
    422,
  );
}
