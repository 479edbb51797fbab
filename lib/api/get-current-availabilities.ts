import "server-only";
import { db } from "@/lib/db";
import type { z } from "zod";
import type { PublishedAvailabilities } from "@/lib/availability/publish-availabilities";
import type { currentAvailabilitiesSchema } from "./v1-schemas";

export type CurrentAvailabilities = z.infer<typeof currentAvailabilitiesSchema>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const day = (date: Date | null) => (date ? isoDay(date) : null);

/** The current (non-withdrawn) set of a facility, in the API's published shape. */
export async function getCurrentAvailabilities(facilityId: string): Promise<CurrentAvailabilities> {
  const facility = await db.facility.findUniqueOrThrow({
    where: { id: facilityId },
    select: {
      id: true,
      availabilitiesUpdatedAt: true,
      currentAvailabilityPublication: { include: { slots: { orderBy: [{ startDate: "asc" }, { id: "asc" }] } } },
    },
  });
  const publication = facility.currentAvailabilityPublication?.withdrawnAt
    ? null
    : facility.currentAvailabilityPublication;
  return {
    structureId: facility.id,
    publicationId: publication?.id ?? null,
    misAJourLe: facility.availabilitiesUpdatedAt?.toISOString() ?? null,
    noPlaceAvailable: publication?.noPlaceAvailable ?? false,
    slots: (publication?.slots ?? []).map((slot) => ({
      startDate: isoDay(slot.startDate),
      endDate: day(slot.endDate),
      minAgeMonths: slot.minAgeMonths,
      maxAgeMonths: slot.maxAgeMonths,
      careType: slot.careType,
      weekdays: slot.weekdays,
      startTime: slot.startTime,
      endTime: slot.endTime,
      places: slot.places,
    })),
  };
}

/** The set just published, in the same shape, without reading it back. */
export function publishedAvailabilities(published: PublishedAvailabilities): CurrentAvailabilities {
  return {
    structureId: published.facilityId,
    publicationId: published.publicationId,
    misAJourLe: published.publishedAt.toISOString(),
    noPlaceAvailable: published.noPlaceAvailable,
    slots: published.slots.map((slot) => ({ ...slot, endDate: slot.endDate ?? null })),
  };
}
