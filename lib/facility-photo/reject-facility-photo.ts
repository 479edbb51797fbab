import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { lockFacility } from "@/lib/portal/facility-permissions";
import { reasonSchema } from "@/lib/operating-info/reject-operating-info";
import { findPhotoInScope } from "./find-photo-in-scope";
import { transitionFacilityPhoto } from "./facility-photo-state-machine";
import { notifyPhotoReview } from "./notify-photo-review";

/** Refuses a waiting photo with a reason e-mailed to its uploader; the published photo stays online. */
export async function rejectFacilityPhoto(actor: SessionUser, photoId: string, input: unknown) {
  const { reason } = reasonSchema.parse(input);
  return db.$transaction(async (tx) => {
    const photo = await findPhotoInScope(actor, photoId, tx);
    await lockFacility(tx, photo.facilityId);
    await transitionFacilityPhoto(tx, photo, "REJECTED", actor, { cafId: photo.facility.cafId, reason });
    await notifyPhotoReview(tx, photo, { outcome: "rejected", reason });
    return { facilityId: photo.facilityId };
  });
}
