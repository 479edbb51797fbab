// Availability fixtures for the public search tests, in plain SQL so that the integration tests (Prisma)
// and the e2e tests (a `pg` client on the e2e database) share them. They write what the publication use
// case writes: a publication with its slots, then the facility's current pointer and denormalised flags.
import { randomUUID } from "node:crypto";

export type SqlRunner = (text: string, params?: unknown[]) => Promise<unknown>;
export type SlotFixture = {
  startDate: string;
  endDate?: string | null;
  minAgeMonths: number;
  maxAgeMonths: number;
  careType: "REGULAR" | "OCCASIONAL" | "EMERGENCY";
  places: number;
};

const PUBLISHER = "directrice.albret@demo.monenfant.fr";
const DAY = 86_400_000;

/** "YYYY-MM-DD", `days` from now. */
export const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

export async function publishFixture(
  sql: SqlRunner,
  facilityId: string,
  options: { slots: SlotFixture[]; publishedAt?: Date; withdrawn?: boolean },
) {
  const publicationId = `search-${randomUUID()}`;
  const publishedAt = options.publishedAt ?? new Date();
  await sql(
    `INSERT INTO "AvailabilityPublication" (id, "facilityId", "noPlaceAvailable", "publishedAt", "publishedById", "publishedByPersonalNumber", "withdrawnAt")
     SELECT $1, $2, $3, $4, u.id, u."personalNumber", $5 FROM "User" u WHERE u.email = $6`,
    [
      publicationId,
      facilityId,
      options.slots.length === 0,
      publishedAt,
      options.withdrawn ? new Date() : null,
      PUBLISHER,
    ],
  );
  for (const slot of options.slots) {
    await sql(
      `INSERT INTO "AvailabilitySlot" (id, "publicationId", "startDate", "endDate", "minAgeMonths", "maxAgeMonths", "careType", weekdays, "startTime", "endTime", places)
       VALUES ($1, $2, $3::date, $4::date, $5, $6, $7::"CareType", ARRAY[1,2,3,4,5], '08:00', '18:00', $8)`,
      [
        randomUUID(),
        publicationId,
        slot.startDate,
        slot.endDate ?? null,
        slot.minAgeMonths,
        slot.maxAgeMonths,
        slot.careType,
        slot.places,
      ],
    );
  }
  await sql(
    `UPDATE "Facility" SET "currentAvailabilityPublicationId" = $1, "availabilitiesUpdatedAt" = $2, "hasAvailablePlaces" = $3 WHERE id = $4`,
    [publicationId, publishedAt, options.slots.length > 0 && !options.withdrawn, facilityId],
  );
  return publicationId;
}
