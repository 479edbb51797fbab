import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lockFacility, requirePartnerFacility } from "@/lib/portal/facility-permissions";
import { operatingInfoSchema } from "./operating-info-schema";

/**
 * Submits operating information for the Caf's validation (SPEC §5): nothing changes publicly until the
 * Caf approves. A new submission replaces a pending one, under the facility lock so that a review and
 * a submission never cross.
 */
export async function submitOperatingInfo(actor: SessionUser, facilityId: string, input: unknown) {
  const content = operatingInfoSchema.parse(input);
  return db.$transaction(async (tx) => {
    const facility = await requirePartnerFacility(actor, facilityId, "operatingInfo", { tx });
    await lockFacility(tx, facility.id);
    const replaced = await tx.operatingInfoVersion.updateMany({
      where: { facilityId: facility.id, status: "PENDING" },
      data: { status: "REPLACED" },
    });
    const version = await tx.operatingInfoVersion.create({
      data: {
        facilityId: facility.id,
        status: "PENDING",
        content,
        submittedAt: new Date(),
        submittedById: actor.id,
        submittedByPersonalNumber: actor.personalNumber,
      },
      select: { id: true },
    });
    await recordAuditEvent(
      actor,
      {
        action: "operating-info.submit",
        entityType: "Facility",
        entityId: facility.id,
        cafId: facility.cafId,
        data: { versionId: version.id, replacedPending: replaced.count },
      },
      tx,
    );
    return { versionId: version.id, replacedPending: replaced.count > 0 };
  });
}
