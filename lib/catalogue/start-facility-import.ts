import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { findImportSummaryInScope, IMPORT_LOCK_MS } from "./facility-import-job";

/**
 * Confirms a previewed import: claims the job (a preview, an interrupted run or a failed one) so that
 * one instance only runs it. The caller then runs `runFacilityImport` outside the request.
 */
export async function startFacilityImport(actor: SessionUser, jobId: string) {
  const summary = await findImportSummaryInScope(actor, jobId);
  if (summary.errorCount > 0)
    throw new DomainError("Le fichier contient des lignes en erreur : corrigez-les puis déposez-le de nouveau.", 409);
  const now = new Date();
  const claimed = await db.job.updateMany({
    where: {
      id: jobId,
      OR: [{ status: "PENDING" }, { status: "FAILED" }, { status: "RUNNING", lockedUntil: { lt: now } }],
    },
    data: {
      status: "RUNNING",
      runAt: now,
      lockedUntil: new Date(now.getTime() + IMPORT_LOCK_MS),
      attempts: { increment: 1 },
      lastError: null,
    },
  });
  if (claimed.count === 0) throw new DomainError("Cet import est déjà en cours ou terminé.", 409);
  // Who confirmed the import is the actor of every change it makes.
  await db.$executeRaw`UPDATE "Job" SET payload = payload || jsonb_build_object('startedById', ${actor.id}::text, 'startedByPersonalNumber', ${actor.personalNumber}::int, 'processed', 0) WHERE id = ${jobId}`;
  return { jobId };
}
