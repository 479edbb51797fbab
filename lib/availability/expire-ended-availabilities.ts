import "server-only";
import { db } from "@/lib/db";
import { parisDay } from "@/lib/validation/paris-day";

/**
 * Scheduled job: an EAJE whose current availabilities have all ended no longer has places to offer,
 * so it leaves the "places available" search filter until its next publication.
 */
export async function expireEndedAvailabilities(now = new Date()): Promise<number> {
  const today = new Date(`${parisDay(now)}T00:00:00Z`);
  return db.$executeRaw`
    UPDATE "Facility" f SET "hasAvailablePlaces" = false
    WHERE f."hasAvailablePlaces"
      AND NOT EXISTS (
        SELECT 1 FROM "AvailabilitySlot" s
        WHERE s."publicationId" = f."currentAvailabilityPublicationId" AND (s."endDate" IS NULL OR s."endDate" >= ${today})
      )`;
}
