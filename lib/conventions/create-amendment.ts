import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { cafScopeOf } from "@/lib/auth/caf-scope";
import { amendmentSchema, projectAnnex, resolveAmendmentChanges } from "./amendment-changes";
import { buildCurrentAnnex } from "./build-current-annex";
import { isLiveConvention } from "./convention-state-machine";
import { freezeConventionPdf } from "./freeze-convention-pdf";
import { snapshotParties } from "./parties";

/**
 * Produces an avenant, on the partner's express request: people, facilities or communes to add or
 * remove, a new number, the full new Annex 1, the parties as they stand now, and its PDF. Nothing
 * changes for users until both parties have signed it (signAmendment). A leaver's access is
 * suspended separately, at once (suspendHabilitatedPerson).
 */
export async function createAmendment(actor: SessionUser, conventionId: string, input: unknown) {
  const { requestedOn, reason, ...change } = amendmentSchema.parse(input);
  const produced = await db.$transaction(async (tx) => {
    const convention = await tx.convention.findFirst({
      where: { id: conventionId, ...cafScopeOf(actor) },
      include: { request: { select: { infoPointName: true } } },
    });
    if (!convention) throw new AccessDeniedError(404, "Convention introuvable.");
    if (!isLiveConvention(convention.status))
      throw new DomainError("Seule une convention en vigueur peut faire l'objet d'un avenant.", 409);
    // Serialises amendments of one convention, so two agents cannot take the same number.
    await tx.$executeRaw`SELECT id FROM "Convention" WHERE id = ${convention.id} FOR UPDATE`;
    const pending = await tx.amendment.findFirst({ where: { conventionId, status: { not: "IN_FORCE" } } });
    if (pending)
      throw new DomainError(
        `L'avenant n° ${pending.number} attend encore ses signatures : il doit entrer en vigueur avant le suivant.`,
        409,
      );
    const resolved = await resolveAmendmentChanges(tx, convention, change);
    const number = (await tx.amendment.count({ where: { conventionId } })) + 1;
    const amendment = await tx.amendment.create({
      data: {
        conventionId,
        number,
        requestedAt: requestedOn,
        reason,
        plannedChanges: change,
        annexSnapshot: {
          annex: projectAnnex(await buildCurrentAnnex(tx, conventionId), resolved),
          changes: resolved.changes,
        },
        partiesSnapshot: await snapshotParties(tx, convention, convention.request.infoPointName),
        createdById: actor.id,
        events: { create: { fromStatus: null, toStatus: "PRODUCED", actorId: actor.id } },
      },
    });
    await recordAuditEvent(
      actor,
      {
        action: "convention.amend",
        entityType: "Convention",
        entityId: conventionId,
        cafId: convention.cafId,
        reason,
        data: { number, changes: resolved.changes },
      },
      tx,
    );
    return { id: amendment.id, number, changes: resolved.changes };
  });
  await freezeConventionPdf(conventionId, produced.id);
  return produced;
}
