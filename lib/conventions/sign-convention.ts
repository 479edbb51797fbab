import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { isoDay, pastOrTodayDate } from "@/lib/validation/dates";
import { transitionConvention } from "./transition-convention";

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

export const signatureSchema = z.object({
  signedOn: pastOrTodayDate("Date de signature"),
  scan: z
    .instanceof(File)
    .optional()
    .transform((file) => (file && file.size > 0 ? file : undefined))
    .refine((file) => !file || file.size <= MAX_SCAN_BYTES, "Convention signée : 10 Mo au maximum.")
    .refine(
      (file) => !file || file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf"),
      "Convention signée : un fichier PDF est attendu.",
    ),
});

export type Signature = { signedOn: Date; scan: { fileName: string; content: Buffer<ArrayBuffer> } | null };

/** Validates the form and reads the scan's bytes (outside any transaction: uploads can be slow). */
export async function parseSignature(input: unknown): Promise<Signature> {
  const { signedOn, scan } = signatureSchema.parse(input);
  if (!scan) return { signedOn, scan: null };
  const content = Buffer.from(await scan.arrayBuffer());
  // The declared type is the browser's guess: check the bytes really are a PDF.
  if (content.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new DomainError("Convention signée : le fichier n'est pas un PDF valide.", 422);
  return { signedOn, scan: { fileName: scan.name.slice(0, 200), content } };
}

/** The signed convention came back: its signature date is the effective date. */
export async function signConvention(
  tx: Tx,
  actor: SessionUser,
  convention: Parameters<typeof transitionConvention>[1] & { cafId: string; sentAt: Date | null },
  { signedOn, scan }: Signature,
) {
  if (convention.sentAt && isoDay(signedOn) < isoDay(convention.sentAt))
    throw new DomainError("Date de signature : elle ne peut pas précéder l'envoi postal.", 422);
  await transitionConvention(tx, convention, "SIGNED", actor, { signedAt: signedOn });
  if (scan) {
    await tx.conventionDocument.create({
      data: {
        conventionId: convention.id,
        fileName: scan.fileName,
        mimeType: "application/pdf",
        size: scan.content.length,
        content: scan.content,
        uploadedById: actor.id,
      },
    });
  }
  await recordAuditEvent(
    actor,
    {
      action: "convention.sign",
      entityType: "Convention",
      entityId: convention.id,
      cafId: convention.cafId,
      data: { signedOn: isoDay(signedOn), scan: Boolean(scan) },
    },
    tx,
  );
}
