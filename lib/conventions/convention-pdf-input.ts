import "server-only";
import type { db, Tx } from "@/lib/db";
import type { AnnexSnapshot } from "./annex";
import { snapshotParties, type ConventionParties } from "./parties";
import type { ConventionPdfInput } from "./render-convention-pdf";

/**
 * What the PDF of a convention (or of one of its avenants) prints: the frozen parties and annex.
 * Documents produced before parties were frozen take the current records, once: their PDF is then
 * stored and never rebuilt.
 */
export async function conventionPdfInput(
  tx: Tx | typeof db,
  conventionId: string,
  amendmentId?: string,
): Promise<{ fileName: string; input: ConventionPdfInput }> {
  const convention = await tx.convention.findUniqueOrThrow({
    where: { id: conventionId },
    include: { template: true, request: { select: { reference: true, infoPointName: true } } },
  });
  const amendment = amendmentId ? await tx.amendment.findUniqueOrThrow({ where: { id: amendmentId } }) : null;
  const snapshot = (amendment?.annexSnapshot ?? convention.annexSnapshot) as {
    annex: AnnexSnapshot;
    changes?: string[];
  };
  const parties =
    ((amendment ? amendment.partiesSnapshot : convention.partiesSnapshot) as ConventionParties | null) ??
    (await snapshotParties(tx, convention, convention.request.infoPointName));
  return {
    fileName: amendment ? `${convention.number}-avenant-${amendment.number}.pdf` : `${convention.number}.pdf`,
    input: {
      number: convention.number,
      type: convention.type,
      requestReference: convention.request.reference,
      generatedAt: amendment?.createdAt ?? convention.generatedAt,
      template: {
        title: convention.template.title,
        body: convention.template.body,
        version: convention.template.version,
      },
      parties,
      annex: snapshot.annex,
      signature: {
        date: convention.signedAt,
        // The convention is signed where and when the second party signed it.
        place:
          convention.partnerSignedAt && convention.cafSignedAt && convention.partnerSignedAt > convention.cafSignedAt
            ? convention.partnerSignedPlace
            : convention.cafSignedPlace,
      },
      amendment: amendment
        ? {
            number: amendment.number,
            requestedAt: amendment.requestedAt,
            reason: amendment.reason,
            changes: snapshot.changes ?? [],
          }
        : undefined,
    },
  };
}
