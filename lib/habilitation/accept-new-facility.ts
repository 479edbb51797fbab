import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import { isEajeKind } from "@/lib/catalogue/facility-kinds";
import { findRequestInScope } from "./find-request-in-scope";
import { isUnderReview } from "./habilitation-state-machine";

export const newFacilityDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("create") }),
  z.object({
    decision: z.literal("match"),
    facilityId: z
      .string({ error: "Choisissez la structure du catalogue qui correspond." })
      .trim()
      .min(1, "Choisissez la structure du catalogue qui correspond.")
      .max(40, "Choisissez la structure du catalogue qui correspond."),
  }),
]);

/**
 * The agent accepts a facility the requester described outside the catalogue: either it is created
 * in the Caf's catalogue, or it is the same as an existing entry. Either way it joins the request's
 * facilities, so that the convention (and its annex) lists it.
 */
export async function acceptNewFacility(actor: SessionUser, requestId: string, newFacilityId: string, input: unknown) {
  const parsed = newFacilityDecisionSchema.safeParse(input);
  if (!parsed.success) throw new DomainError(parsed.error.issues.map((issue) => issue.message).join(" "), 422);
  const decision = parsed.data;
  return db.$transaction(async (tx) => {
    const request = await findRequestInScope(actor, requestId, tx);
    if (!isUnderReview(request.status))
      throw new DomainError(
        "Prenez d'abord la demande en charge : les structures s'acceptent pendant l'instruction.",
        409,
      );
    const proposed = await tx.habilitationRequestNewFacility.findFirst({ where: { id: newFacilityId, requestId } });
    if (!proposed) throw new DomainError("Structure introuvable dans cette demande.", 422);
    if (proposed.facilityId) throw new DomainError("Cette structure a déjà été acceptée.", 409);

    let facility: { id: string; isEaje: boolean };
    if (decision.decision === "match") {
      const existing = await tx.facility.findFirst({
        where: { id: decision.facilityId, cafId: request.cafId, status: "OPEN" },
        select: { id: true, isEaje: true },
      });
      if (!existing) throw new DomainError("Cette structure n'est pas dans le catalogue ouvert de votre Caf.", 422);
      facility = existing;
    } else {
      const caf = await tx.caf.findUniqueOrThrow({ where: { id: request.cafId }, select: { departementCode: true } });
      facility = await tx.facility.create({
        data: {
          kind: proposed.kind,
          isEaje: isEajeKind(proposed.kind),
          name: proposed.name,
          street: proposed.street,
          postcode: proposed.postcode,
          communeInsee: proposed.communeInsee,
          departementCode: caf.departementCode,
          cafId: request.cafId,
          managerName: request.legalName,
          providerId: request.providerId,
          createdByPersonalId: actor.personalNumber,
          updatedByPersonalId: actor.personalNumber,
        },
        select: { id: true, isEaje: true },
      });
    }
    const availabilities = proposed.availabilities && facility.isEaje;
    await tx.habilitationRequestFacility.upsert({
      where: { requestId_facilityId: { requestId, facilityId: facility.id } },
      create: { requestId, facilityId: facility.id, operatingInfo: proposed.operatingInfo, availabilities },
      update: { operatingInfo: proposed.operatingInfo || undefined, availabilities: availabilities || undefined },
    });
    await tx.habilitationRequestNewFacility.update({
      where: { id: proposed.id },
      data: {
        facilityId: facility.id,
        createdInCatalogue: decision.decision === "create",
        resolvedAt: new Date(),
        resolvedById: actor.id,
      },
    });
    await recordAuditEvent(
      actor,
      {
        action: decision.decision === "create" ? "habilitation.new-facility.create" : "habilitation.new-facility.match",
        entityType: "HabilitationRequest",
        entityId: requestId,
        cafId: request.cafId,
        data: { newFacilityId: proposed.id, facilityId: facility.id, name: proposed.name },
      },
      tx,
    );
    return facility;
  });
}
