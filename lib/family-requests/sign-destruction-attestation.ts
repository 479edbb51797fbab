import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { storeFrozenDocument } from "@/lib/conventions/frozen-document";
import { attestingInfoPointsOf } from "./info-point-scope";
import { requestsAwaitingAttestation } from "./destruction-attestation-schedule";
import { renderInfoPointDestructionAttestationPdf } from "./render-info-point-destruction-attestation-pdf";

export const destructionAttestationSchema = z.object({
  requestIds: z
    .array(z.string().min(1).max(64))
    .min(1, "Aucune demande n'est à attester.")
    .max(5000, "Trop de demandes pour une seule attestation."),
  confirmed: z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.literal(true, { error: "Cochez la case pour attester la destruction des copies." }),
  ),
});

/**
 * A habilitated person of the information point attests on screen that it destroyed its copies of the
 * requests shown. The signed PDF is rendered once and kept with its SHA-256, and the requests are marked
 * as covered, in one transaction: a request is never covered by two attestations.
 */
export async function signDestructionAttestation(actor: SessionUser, infoPointId: string, rawInput: unknown) {
  const infoPoints = await attestingInfoPointsOf(actor);
  if (!infoPoints.some((p) => p.id === infoPointId))
    throw new AccessDeniedError(404, "Lieu d'information introuvable.");
  const input = destructionAttestationSchema.parse(rawInput);
  const requestIds = [...new Set(input.requestIds)];
  const now = new Date();
  const awaiting = new Map(
    (await requestsAwaitingAttestation({ id: infoPointId }, now)).map((request) => [request.id, request]),
  );
  const requests = requestIds.map((id) => awaiting.get(id));
  if (requests.some((request) => !request))
    throw new DomainError(
      "Une des demandes n'est pas à attester (déjà attestée ou pas encore concernée) : rechargez la page.",
      409,
    );
  const covered = requests
    .flatMap((request) => (request ? [request] : []))
    .sort((a, b) => a.transmittedAt.getTime() - b.transmittedAt.getTime());
  const infoPoint = await db.infoPoint.findUniqueOrThrow({
    where: { id: infoPointId },
    select: { name: true, cafId: true, caf: { select: { name: true } } },
  });
  const signatoryName = `${actor.firstName} ${actor.lastName}`;
  // Rendering is slow: it runs before the transaction, which only stores the bytes.
  const pdf = await renderInfoPointDestructionAttestationPdf({
    cafName: infoPoint.caf.name,
    infoPointName: infoPoint.name,
    signatoryName,
    signatoryPersonalNumber: actor.personalNumber,
    signedAt: now,
    requests: covered,
  });
  return db.$transaction(async (tx) => {
    const document = await storeFrozenDocument(
      tx,
      `attestation-destruction-${now.toISOString().slice(0, 10)}.pdf`,
      pdf,
    );
    const attestation = await tx.infoPointDestructionAttestation.create({
      data: {
        infoPointId,
        signedById: actor.id,
        signatoryName,
        signatoryPersonalNumber: actor.personalNumber,
        signedAt: now,
        references: covered.map((request) => request.reference),
        documentId: document.id,
      },
      select: { id: true, references: true },
    });
    const marked = await tx.familyRequest.updateMany({
      where: { id: { in: requestIds }, infoPointId, infoPointAttestationId: null },
      data: { infoPointAttestationId: attestation.id },
    });
    if (marked.count !== requestIds.length)
      throw new DomainError("Ces demandes viennent d'être attestées par une autre personne : rechargez la page.", 409);
    await recordAuditEvent(
      actor,
      {
        action: "info-point-attestation.sign",
        entityType: "InfoPointDestructionAttestation",
        entityId: attestation.id,
        cafId: infoPoint.cafId,
        data: { infoPointId, count: requestIds.length, sha256: document.sha256 },
      },
      tx,
    );
    return attestation;
  });
}
