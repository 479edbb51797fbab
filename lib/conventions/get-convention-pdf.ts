import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { myConventionsWhere } from "@/lib/conventions/find-my-convention";
import { freezeConventionPdf } from "./freeze-convention-pdf";

/**
 * The convention (or one of its avenants) as the PDF produced for signature: always the same bytes.
 * A document produced before PDFs were stored is rendered once, then kept.
 */
export async function getConventionPdf(actor: SessionUser, conventionId: string, amendmentNumber?: number) {
  const convention = await db.convention.findFirst({
    // The Caf's agents (their Caf) and the partner's habilitated people (their own conventions in force).
    where: {
      id: conventionId,
      ...(actor.role === "PROVIDER_USER" || actor.role === "INFO_POINT_USER"
        ? myConventionsWhere(actor)
        : cafScopeOf(actor)),
    },
    select: {
      id: true,
      documentId: true,
      amendments: amendmentNumber
        ? { where: { number: amendmentNumber }, select: { id: true, documentId: true } }
        : false,
    },
  });
  if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
  const amendment = amendmentNumber ? convention.amendments[0] : undefined;
  if (amendmentNumber && !amendment) throw new AccessDeniedError(404, "Avenant introuvable.");

  const documentId =
    (amendment ? amendment.documentId : convention.documentId) ??
    (await freezeConventionPdf(convention.id, amendment?.id)).id;
  const document = await db.frozenDocument.findUniqueOrThrow({ where: { id: documentId } });
  return { fileName: document.fileName, pdf: Buffer.from(document.content), sha256: document.sha256 };
}
