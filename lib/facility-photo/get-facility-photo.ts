import "server-only";
import { db } from "@/lib/db";
import { photoFileSelect } from "./photo-response";

/** The public photo of an open facility: only the one the Caf approved, never one waiting or refused. */
export async function getFacilityPhoto(facilityId: string) {
  return db.facilityPhoto.findFirst({
    where: { status: "APPROVED", publishedOfFacility: { is: { id: facilityId, status: "OPEN" } } },
    select: photoFileSelect,
  });
}
