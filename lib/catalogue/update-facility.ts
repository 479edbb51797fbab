import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isEajeKind } from "./facility-kinds";
import { facilityFormSchema } from "./facility-schema";
import { checkCommune } from "./check-commune";
import { preciseLocationOf } from "./facility-location";
import { findFacilityInScope } from "./find-facility-in-scope";
import { duplicateExternalIdGuard } from "./duplicate-external-id";

/** Edits a catalogue entry; the audit event keeps the old and new value of each changed field. */
export async function updateFacility(actor: SessionUser, facilityId: string, input: Record<string, unknown>) {
  const fields = facilityFormSchema.parse(input);
  return duplicateExternalIdGuard(() =>
    db.$transaction(async (tx) => {
      const current = await findFacilityInScope(actor, facilityId, tx);
      await checkCommune(tx, fields, current.departementCode);
      const stored = { ...current, ...preciseLocationOf(current) };
      const changes = Object.fromEntries(
        (Object.keys(fields) as (keyof typeof fields)[])
          .filter((key) => stored[key] !== fields[key])
          .map((key) => [key, { from: stored[key], to: fields[key] }]),
      );
      if (Object.keys(changes).length === 0) return { id: current.id, changed: false };
      await tx.facility.update({
        where: { id: current.id },
        data: {
          ...fields,
          isEaje: isEajeKind(fields.kind),
          locationIsPrecise: fields.latitude !== null,
          updatedByPersonalId: actor.personalNumber,
        },
      });
      await recordAuditEvent(
        actor,
        {
          action: "facility.update",
          entityType: "Facility",
          entityId: current.id,
          cafId: current.cafId,
          data: changes,
        },
        tx,
      );
      return { id: current.id, changed: true };
    }),
  );
}
