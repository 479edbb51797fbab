import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lockFacility, requirePartnerFacility } from "@/lib/portal/facility-permissions";
import { availabilitySetSchema } from "./availability-schema";

/** When the set comes from management software: the key used, bound to one provider's conventions. */
export type ApiSource = { apiKeyId: string; providerId: string };

export type PublishedAvailabilities = { publicationId: string; facilityId: string; publishedAt: Date; noPlaceAvailable: boolean; slotCount: number };

/**
 * Replaces the whole current availability set of an EAJE, public at once (SPEC §5). In one transaction
 * the facility row is locked, so concurrent publications (portal, API) run one after the other: the
 * current pointer always designates one complete set, and every set stays in the history.
 * Throws ZodError for an invalid set, AccessDeniedError(404) outside the person's scope.
 */
export async function publishAvailabilities(actor: SessionUser, facilityId: string, input: unknown, source: ApiSource | null = null): Promise<PublishedAvailabilities> {
  const set = availabilitySetSchema.parse(input);
  return db.$transaction(async (tx) => {
    const facility = await requirePartnerFacility(actor, facilityId, "availabilities", { providerId: source?.providerId, tx });
    await lockFacility(tx, facility.id);
    const publishedAt = new Date();
    const publication = await tx.availabilityPublication.create({
      data: {
        facilityId: facility.id,
        noPlaceAvailable: set.noPlaceAvailable,
        publishedAt,
        publishedById: actor.id,
        publishedByPersonalNumber: actor.personalNumber,
        apiKeyId: source?.apiKeyId ?? null,
        slots: {
          createMany: {
            data: set.slots.map((slot) => ({
              startDate: new Date(`${slot.startDate}T00:00:00Z`),
              endDate: slot.endDate ? new Date(`${slot.endDate}T00:00:00Z`) : null,
              minAgeMonths: slot.minAgeMonths,
              maxAgeMonths: slot.maxAgeMonths,
              careType: slot.careType,
              weekdays: [...slot.weekdays].sort((a, b) => a - b),
              startTime: slot.startTime,
              endTime: slot.endTime,
              places: slot.places,
            })),
          },
        },
      },
      select: { id: true },
    });
    await tx.facility.update({
      where: { id: facility.id },
      data: { currentAvailabilityPublicationId: publication.id, availabilitiesUpdatedAt: publishedAt, hasAvailablePlaces: set.slots.length > 0 },
    });
    await recordAuditEvent(
      actor,
      {
        action: "availability.publish", entityType: "Facility", entityId: facility.id, cafId: facility.cafId, apiKeyId: source?.apiKeyId ?? null,
        data: { publicationId: publication.id, noPlaceAvailable: set.noPlaceAvailable, slotCount: set.slots.length },
      },
      tx,
    );
    return { publicationId: publication.id, facilityId: facility.id, publishedAt, noPlaceAvailable: set.noPlaceAvailable, slotCount: set.slots.length };
  });
}
