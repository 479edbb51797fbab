import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { lockFacility } from "@/lib/portal/facility-permissions";
import { findPhotoInScope } from "./find-photo-in-scope";
import { transitionFacilityPhoto } from "./facility-photo-state-machine";
import { notifyPhotoReview } from "./notify-photo-review";

/** Publishes a waiting photo at once, in place of the published one (kept as history, REPLACED). */
export async function approveFacilityPhoto(actor: SessionUser, photoId: string) {
  return db.$transaction(async (tx) => {
    const photo = await findPhotoInScope(actor, photoId, tx);
    await lockFacility(tx, photo.facilityId);
    const audit = { cafId: photo.facility.cafId };
    await transitionFacilityPhoto(tx, photo, "APPROVED", actor, audit);
    // Read under the lock: a withdrawal may have cleared the published photo since findPhotoInScope.
    const { publishedPhotoId } = await tx.facility.findUniqueOrThrow({
      where: { id: photo.facilityId },
      select: { publishedPhotoId: true },
    });
    if (publishedPhotoId)
      await transitionFacilityPhoto(
        tx,
        { id: publishedPhotoId, facilityId: photo.facilityId, status: "APPROVED" },
        "REPLACED",
        actor,
        audit,
      );
    await tx.facility.update({ where: { id: photo.facilityId }, data: { publishedPhotoId: photo.id } });
    await notifyPhotoReview(tx, photo, { outcome: "approved" });
    return { facilityId: photo.facilityId };
  });
}
