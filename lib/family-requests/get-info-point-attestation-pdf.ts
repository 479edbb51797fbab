import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { attestingInfoPointsOf } from "./info-point-scope";

/** The signed attestation's stored bytes, for its information point's people, its Caf's agents and the Cnaf. */
export async function getInfoPointAttestationPdf(actor: SessionUser, id: string) {
  const infoPointWhere =
    actor.role === "CAF_AGENT" || actor.role === "CNAF_ADMIN"
      ? cafScopeOf(actor)
      : { id: { in: (await attestingInfoPointsOf(actor)).map((p) => p.id) } };
  const attestation = await db.infoPointDestructionAttestation.findFirst({
    where: { id, infoPoint: infoPointWhere },
    select: { document: { select: { fileName: true, content: true } } },
  });
  if (!attestation) throw new AccessDeniedError(404, "Attestation introuvable.");
  return {
    fileName: attestation.document.fileName,
    content: Buffer.from(attestation.document.content),
    mimeType: "application/pdf",
  };
}
