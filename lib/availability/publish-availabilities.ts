import "server-only";
import { randomUUID } from "node:crypto";
import { queryPrepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AccessDeniedError, type SessionUser } from "@/lib/auth/session";
import { partnerFacilitySql } from "@/lib/portal/facility-permissions";
import { availabilitySetSchema, type AvailabilitySet } from "./availability-schema";

/** When the set comes from management software: the key used, bound to one provider's conventions. */
export type ApiSource = { apiKeyId: string; providerId: string };

export type PublishedSlot = AvailabilitySet["slots"][number];

export type PublishedAvailabilities = {
  publicationId: string;
  facilityId: string;
  publishedAt: Date;
  noPlaceAvailable: boolean;
  // As stored and as read back by the API: by start day, then in the order given.
  slots: PublishedSlot[];
};

/**
 * Replaces the whole current availability set of an EAJE, public at once (SPEC §5), and records it in the
 * audit trail. Scope check and write are ONE statement, atomic without a transaction round trip and a
 * single exchange with PostgreSQL (this is the busiest write of the product: every crèche, every week, and
 * management software through the API). Its first step checks the person's scope and locks the facility
 * row: concurrent publications (portal, API) run one after the other, the current pointer always
 * designates one complete set, and every set stays in the history.
 * Throws ZodError for an invalid set, AccessDeniedError(404) outside the person's scope.
 */
export async function publishAvailabilities(
  actor: SessionUser,
  facilityId: string,
  input: unknown,
  source: ApiSource | null = null,
): Promise<PublishedAvailabilities> {
  const set = availabilitySetSchema.parse(input);
  const slots = set.slots
    .map((slot) => ({ ...slot, weekdays: [...slot.weekdays].sort((a, b) => a - b) }))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const publicationId = randomUUID();
  // Slot ids sort in the order above, so that reading the set back (by start day, then id) gives it unchanged.
  const slotRows = slots.map((slot, index) => ({ ...slot, id: `${publicationId}-${String(index).padStart(3, "0")}` }));
  const auditData = { publicationId, noPlaceAvailable: set.noPlaceAvailable, slotCount: slots.length };
  const apiKeyId = source?.apiKeyId ?? null;
  const [written] = await queryPrepared<{ publishedAt: string }>(Prisma.sql`
    WITH locked AS (
      SELECT f.id, f."cafId" FROM "Facility" f WHERE f.id = ${facilityId} AND ${partnerFacilitySql("f", actor.id, "availabilities", source?.providerId)}
      FOR UPDATE OF f
    ), stamp AS (
      -- Read once the lock is held: the current pointer is always the latest publication.
      SELECT (clock_timestamp() AT TIME ZONE 'UTC')::timestamp(3) AS at FROM locked
    ), publication AS (
      INSERT INTO "AvailabilityPublication" (id, "facilityId", "noPlaceAvailable", "publishedAt", "publishedById", "publishedByPersonalNumber", "apiKeyId")
      SELECT ${publicationId}::text, locked.id, ${set.noPlaceAvailable}::boolean, stamp.at, ${actor.id}::text, ${actor.personalNumber}::int, ${apiKeyId}::text FROM locked, stamp
      RETURNING id, "facilityId", "publishedAt"
    ), slots AS (
      INSERT INTO "AvailabilitySlot" (id, "publicationId", "startDate", "endDate", "minAgeMonths", "maxAgeMonths", "careType", weekdays, "startTime", "endTime", places)
      SELECT s.id, publication.id, s."startDate", s."endDate", s."minAgeMonths", s."maxAgeMonths", s."careType"::"CareType", s.weekdays, s."startTime", s."endTime", s.places
      FROM publication, jsonb_to_recordset(${JSON.stringify(slotRows)}::jsonb) AS s(
        id text, "startDate" date, "endDate" date, "minAgeMonths" int, "maxAgeMonths" int, "careType" text, weekdays int[], "startTime" text, "endTime" text, places int)
    ), pointer AS (
      UPDATE "Facility" f SET "currentAvailabilityPublicationId" = publication.id, "availabilitiesUpdatedAt" = publication."publishedAt",
        "hasAvailablePlaces" = ${slots.length > 0}::boolean, "updatedAt" = publication."publishedAt"
      FROM publication WHERE f.id = publication."facilityId"
    ), audit AS (
      INSERT INTO "AuditEvent" (id, at, "actorId", "actorPersonalNumber", "apiKeyId", "cafId", action, "entityType", "entityId", data)
      SELECT ${randomUUID()}::text, stamp.at, ${actor.id}::text, ${actor.personalNumber}::int, ${apiKeyId}::text, locked."cafId",
        'availability.publish', 'Facility', locked.id, ${JSON.stringify(auditData)}::jsonb
      FROM locked, stamp
    )
    SELECT to_char("publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt" FROM publication`);
  if (!written) throw new AccessDeniedError(404, "Structure introuvable.");
  return {
    publicationId,
    facilityId,
    publishedAt: new Date(written.publishedAt),
    noPlaceAvailable: set.noPlaceAvailable,
    slots,
  };
}
