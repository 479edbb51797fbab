import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { isoDay, pastOrTodayDate } from "@/lib/validation/dates";
import { transitionConvention } from "@/lib/conventions/transition-convention";
import { findRequestInScope } from "./find-request-in-scope";
import { transitionRequest } from "./transition-request";

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

/** The signed convention came back: its signature date is the effective date. */
export async function recordConventionSignature(actor: SessionUser, requestId: string, input: unknown) {
  const { signedOn, scan } = signatureSchema.parse(input);
  const content = scan ? Buffer.from(await scan.arrayBuffer()) : null;
  // The declared type is the browser's guess: check the bytes really are a PDF.
  if (content && content.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new DomainError("Convention signée : le fichier n'est pas un PDF valide.", 422);
  await db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    const convention = await tx.convention.findUnique({ where: { requestId } });
    if (!convention) throw new DomainError("Produisez d'abord la convention.", 409);
    if (convention.sentAt && isoDay(signedOn) < isoDay(convention.sentAt))
      throw new DomainError("Date de signature : elle ne peut pas précéder l'envoi postal.", 422);
    await transitionConvention(tx, convention, "SIGNED", actor, { signedAt: signedOn });
    await transitionRequest(tx, request, "SIGNED", actor);
    if (scan && content) {
      await tx.conventionDocument.create({
        data: {
          conventionId: convention.id,
          fileName: scan.name.slice(0, 200),
          mimeType: "application/pdf",
          size: content.length,
          content,
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
        cafId: request.cafId,
        data: { signedOn: isoDay(signedOn), scan: Boolean(scan) },
      },
      tx,
    );
  });
}
