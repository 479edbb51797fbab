import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { DomainError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { storeFrozenDocument } from "@/lib/conventions/frozen-document";
import { pdfPageCount } from "@/lib/pdf/page-count";
import { isoDay, pastOrTodayDate } from "@/lib/validation/dates";
import { requestsAwaitingAttestation } from "./destruction-attestation-schedule";
import { renderInfoPointDestructionAttestationPdf } from "./render-info-point-destruction-attestation-pdf";

// A server action's body is capped at 1 Mo: the scan and the form's other fields must fit in it.
export const MAX_RECEIVED_SCAN_BYTES = 900 * 1024;

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const receivedAttestationSchema = z
  .object({
    infoPointId: z.string().min(1).max(64),
    signatoryName: z.string().trim().min(1, "Nom du signataire : champ obligatoire.").max(200),
    signatoryRole: z.string().trim().min(1, "Qualité du signataire : champ obligatoire.").max(200),
    signedOn: pastOrTodayDate("Date de signature"),
    // Empty: every request still awaiting an attestation, which is what a convention's end calls for.
    requestIds: z
      .array(z.string().min(1).max(64))
      .max(5000, "Trop de demandes pour une seule attestation.")
      .default([]),
    scan: z
      .instanceof(File)
      .optional()
      .transform((file) => (file && file.size > 0 ? file : undefined))
      .refine((file) => !file || file.size <= MAX_RECEIVED_SCAN_BYTES, "Scan : 900 Ko au maximum."),
    paperOriginalOnFile: checkbox.optional(),
  })
  .refine((input) => input.scan !== undefined || input.paperOriginalOnFile === true, {
    error: "Joignez le scan de l'attestation (PDF) ou attestez que l'original papier est classé au dossier.",
    path: ["scan"],
  });

/**
 * A Caf agent records an information point's destruction attestation received on paper or by e-mail — the
 * only way once its convention has ended and its people's accounts are closed. The stored document is the
 * scan when there is one, else a generated record of what the agent entered; the requests it covers are
 * marked in the same transaction, so they are no longer missing or late.
 */
export async function recordReceivedDestructionAttestation(actor: SessionUser, rawInput: unknown) {
  const scope = cafScopeOf(actor);
  const input = receivedAttestationSchema.parse(rawInput);
  const infoPoint = await db.infoPoint.findFirst({
    where: { id: input.infoPointId, ...scope },
    select: { id: true, name: true, cafId: true, caf: { select: { name: true } } },
  });
  if (!infoPoint) throw new AccessDeniedError(404, "Lieu d'information introuvable.");
  const now = new Date();
  const awaiting = await requestsAwaitingAttestation({ id: infoPoint.id }, now);
  const wanted = input.requestIds.length > 0 ? new Set(input.requestIds) : null;
  const covered = wanted ? awaiting.filter((request) => wanted.has(request.id)) : awaiting;
  if (covered.length === 0) throw new DomainError("Aucune demande de ce lieu d'information n'est à attester.", 409);
  if (wanted && covered.length !== wanted.size)
    throw new DomainError(
      "Une des demandes n'est pas à attester (déjà attestée ou pas encore concernée) : rechargez la page.",
      409,
    );
  // Reading the upload and rendering are slow: both happen before the transaction, which only stores bytes.
  let content: Uint8Array;
  if (input.scan) {
    content = Buffer.from(await input.scan.arrayBuffer());
    if ((await pdfPageCount(content)) === 0)
      throw new DomainError("Scan de l'attestation : le fichier n'est pas un PDF valide.", 422);
  } else {
    content = await renderInfoPointDestructionAttestationPdf({
      cafName: infoPoint.caf.name,
      infoPointName: infoPoint.name,
      signatoryName: input.signatoryName,
      signedAt: input.signedOn,
      requests: covered,
      received: {
        signatoryRole: input.signatoryRole,
        recordedBy: `${actor.firstName} ${actor.lastName}`,
        recordedAt: now,
        paperOriginalOnFile: true,
      },
    });
  }
  const requestIds = covered.map((request) => request.id);
  return db.$transaction(async (tx) => {
    const document = await storeFrozenDocument(tx, `attestation-destruction-${isoDay(input.signedOn)}.pdf`, content);
    const attestation = await tx.infoPointDestructionAttestation.create({
      data: {
        infoPointId: infoPoint.id,
        signatoryName: input.signatoryName,
        signatoryRole: input.signatoryRole,
        signedAt: input.signedOn,
        recordedById: actor.id,
        recordedAt: now,
        paperOriginalOnFile: !!input.paperOriginalOnFile,
        references: covered.map((request) => request.reference),
        documentId: document.id,
      },
      select: { id: true, references: true },
    });
    const marked = await tx.familyRequest.updateMany({
      where: { id: { in: requestIds }, infoPointId: infoPoint.id, infoPointAttestationId: null },
      data: { infoPointAttestationId: attestation.id },
    });
    if (marked.count !== requestIds.length)
      throw new DomainError("Ces demandes viennent d'être attestées : rechargez la page.", 409);
    await recordAuditEvent(
      actor,
      {
        action: "info-point-attestation.record-received",
        entityType: "InfoPointDestructionAttestation",
        entityId: attestation.id,
        cafId: infoPoint.cafId,
        data: { infoPointId: infoPoint.id, count: requestIds.length, sha256: document.sha256, scan: !!input.scan },
      },
      tx,
    );
    return attestation;
  });
}
