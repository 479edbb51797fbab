import "server-only";
import { db } from "@/lib/db";
import { conventionPdfInput } from "./convention-pdf-input";
import { storeFrozenDocument } from "./frozen-document";
import { renderConventionPdf } from "./render-convention-pdf";

/**
 * Renders a convention (or avenant) from its frozen parties and annex, once, and keeps the bytes.
 * Rendering runs outside any transaction (it is slow); if two callers race, the first stored PDF wins
 * and both get it.
 */
export async function freezeConventionPdf(conventionId: string, amendmentId?: string): Promise<{ id: string }> {
  const { fileName, input } = await conventionPdfInput(db, conventionId, amendmentId);
  const content = await renderConventionPdf(input);
  return db.$transaction(async (tx) => {
    const document = await storeFrozenDocument(tx, fileName, content);
    const linked = amendmentId
      ? await tx.amendment.updateMany({
          where: { id: amendmentId, documentId: null },
          data: { documentId: document.id },
        })
      : await tx.convention.updateMany({
          where: { id: conventionId, documentId: null },
          data: { documentId: document.id },
        });
    if (linked.count === 1) return document;
    await tx.frozenDocument.delete({ where: { id: document.id } });
    const owner = amendmentId
      ? await tx.amendment.findUniqueOrThrow({ where: { id: amendmentId } })
      : await tx.convention.findUniqueOrThrow({ where: { id: conventionId } });
    if (!owner.documentId)
      throw new Error(`Linking its PDF changed no row, yet ${amendmentId ?? conventionId} has no document.`);
    return { id: owner.documentId };
  });
}
