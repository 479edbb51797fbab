import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { findRequestInScope } from "./find-request-in-scope";
import { providerDecisionOf, type ProviderRevisionChange } from "./provider-details";

export const providerDecisionSchema = z.object({
  decision: z.enum(["UPDATE", "KEEP"], {
    error: "Choisissez : mettre à jour le gestionnaire avec la demande, ou conserver la fiche actuelle.",
  }),
  reason: z
    .string()
    .trim()
    .max(1000, "Motif : 1000 caractères au maximum.")
    .optional()
    .transform((reason) => reason || null),
});

/**
 * The agent's decision when a request's SIRET is known with other details: the record takes the
 * request's values ("UPDATE") or stays as it is ("KEEP"). Either way the decision, the fields, the
 * record's and the request's values are kept (ProviderRevision and the audit log). Conventions already
 * produced keep the parties they froze.
 */
export async function applyRequestDetailsToProvider(actor: SessionUser, requestId: string, input: unknown) {
  const { decision, reason } = providerDecisionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    if (request.status !== "IN_REVIEW")
      throw new DomainError(
        "Cette décision se prend pendant l'instruction : prenez d'abord la demande en charge.",
        409,
      );
    if (await tx.convention.findUnique({ where: { requestId }, select: { id: true } }))
      throw new DomainError("La convention de cette demande est déjà produite avec la fiche du gestionnaire.", 409);
    // Two agents deciding at once for two requests of the same SIRET: the second sees the first's outcome.
    await tx.$queryRaw`SELECT id FROM "Provider" WHERE siret = ${request.siret} FOR UPDATE`;
    const { provider, differences } = await providerDecisionOf(tx, request);
    if (!provider)
      throw new DomainError(
        "Ce SIRET n'est pas encore connu : la fiche sera créée avec les informations de la demande.",
        409,
      );
    if (!differences.length)
      throw new DomainError("La fiche du gestionnaire correspond déjà à la demande : il n'y a rien à décider.", 409);

    const changes: ProviderRevisionChange[] = differences.map(({ key, known, requested }) => ({
      field: key,
      before: known,
      after: requested,
    }));
    if (decision === "UPDATE")
      await tx.provider.update({
        where: { id: provider.id },
        data: Object.fromEntries(differences.map(({ key, requested }) => [key, requested])),
      });
    const revision = await tx.providerRevision.create({
      data: { providerId: provider.id, requestId, decision, changes, reason, actorId: actor.id },
      select: { id: true, decision: true },
    });
    await recordAuditEvent(
      actor,
      {
        action: decision === "UPDATE" ? "provider.update-from-request" : "provider.keep-record",
        entityType: "Provider",
        entityId: provider.id,
        cafId: request.cafId,
        reason,
        data: { requestId, revisionId: revision.id, changes },
      },
      tx,
    );
    return revision;
  });
}
