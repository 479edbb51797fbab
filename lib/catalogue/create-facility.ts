import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isEajeKind } from "./facility-kinds";
import { facilityFormSchema } from "./facility-schema";
import { checkCommune } from "./check-commune";
import { targetCafOf } from "./find-facility-in-scope";
import { duplicateExternalIdGuard } from "./duplicate-external-id";

/** Adds one facility to a Caf's catalogue (the agent's own Caf; any Caf for the Cnaf). */
export async function createFacility(actor: SessionUser, input: Record<string, unknown>) {
  const { externalId, ...fields } = facilityFormSchema.parse(input);
  return duplicateExternalIdGuard(() =>
    db.$transaction(async (tx) => {
      const caf = await targetCafOf(actor, input.cafId, tx);
      await checkCommune(tx, fields, caf.departementCode);
      const facility = await tx.facility.create({
        data: {
          ...fields,
          externalId,
          isEaje: isEajeKind(fields.kind),
          locationIsPrecise: fields.latitude !== null,
          cafId: caf.id,
          departementCode: caf.departementCode,
          createdByPersonalId: actor.personalNumber,
          updatedByPersonalId: actor.personalNumber,
        },
        select: { id: true },
      });
      await recordAuditEvent(
        actor,
        {
          action: "facility.create",
          entityType: "Facility",
          entityId: facility.id,
          cafId: caf.id,
          data: { ...fields, externalId },
        },
        tx,
      );
      return facility;
    }),
  );
}
