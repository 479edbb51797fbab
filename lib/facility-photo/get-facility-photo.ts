import "server-only";
import { db } from "@/lib/db";

/** The public photo of an open facility, or null. */
export async function getFacilityPhoto(facilityId: string) {
  return db.facilityPhoto.findFirst({
    where: { facilityId, facility: { status: "OPEN" } },
    select: { mimeType: true, size: true, content: true, uploadedAt: true },
  });
}
