import "server-only";
import type { Tx } from "@/lib/db";
import type { FacilityPhotoStatus } from "@/lib/generated/prisma/enums";
import type { AuditActor } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";

/**
 * Every allowed move of a facility photo; anything else is refused. A photo waits for the Caf (PENDING);
 * a newer upload replaces a waiting one, an approved one replaces the published one; the Caf may withdraw
 * the published photo at any time (SPEC §5).
 */
export const FACILITY_PHOTO_TRANSITIONS: Record<FacilityPhotoStatus, readonly FacilityPhotoStatus[]> = {
  PENDING: ["APPROVED", "REJECTED", "REPLACED"],
  APPROVED: ["REPLACED", "WITHDRAWN"],
  REJECTED: [],
  REPLACED: [],
  WITHDRAWN: [],
};

// The upload itself (creation as PENDING) is recorded as "facility.photo-upload" by its use case.
export const FACILITY_PHOTO_AUDIT_ACTIONS: Record<Exclude<FacilityPhotoStatus, "PENDING">, string> = {
  APPROVED: "facility-photo.approve",
  REJECTED: "facility-photo.reject",
  REPLACED: "facility-photo.replace",
  WITHDRAWN: "facility-photo.withdraw",
};

export const PHOTO_ALREADY_REVIEWED =
  "Cette photo a déjà été traitée, ou une nouvelle photo l'a remplacée : rechargez la page.";

/**
 * Moves a photo to `to` and records who, when and why in the audit trail. Compare-and-set on the current
 * status, so that two agents acting at once (or a review crossing a new upload) cannot both succeed.
 */
export async function transitionFacilityPhoto(
  tx: Tx,
  photo: { id: string; facilityId: string; status: FacilityPhotoStatus },
  to: Exclude<FacilityPhotoStatus, "PENDING">,
  actor: AuditActor,
  audit: { cafId: string; reason?: string },
) {
  if (!FACILITY_PHOTO_TRANSITIONS[photo.status].includes(to)) throw new DomainError(PHOTO_ALREADY_REVIEWED, 409);
  const review = to === "APPROVED" || to === "REJECTED";
  const updated = await tx.facilityPhoto.updateMany({
    where: { id: photo.id, status: photo.status },
    data: {
      status: to,
      ...(review ? { reviewedAt: new Date(), reviewedById: actor?.id ?? null } : {}),
      ...(to === "REJECTED" ? { rejectionReason: audit.reason } : {}),
    },
  });
  if (updated.count !== 1) throw new DomainError(PHOTO_ALREADY_REVIEWED, 409);
  await recordAuditEvent(
    actor,
    {
      action: FACILITY_PHOTO_AUDIT_ACTIONS[to],
      entityType: "Facility",
      entityId: photo.facilityId,
      cafId: audit.cafId,
      reason: audit.reason ?? null,
      data: { photoId: photo.id, from: photo.status, to },
    },
    tx,
  );
}
