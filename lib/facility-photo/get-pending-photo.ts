import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { requirePartnerFacility } from "@/lib/portal/facility-permissions";
import { photoFileSelect } from "./photo-response";

/** The facility's photo waiting for the Caf, for people habilitated for its operating information. */
export async function getPendingPhoto(actor: SessionUser, facilityId: string) {
  const facility = await requirePartnerFacility(actor, facilityId, "operatingInfo");
  return db.facilityPhoto.findFirst({
    where: { facilityId: facility.id, status: "PENDING" },
    select: photoFileSelect,
  });
}
