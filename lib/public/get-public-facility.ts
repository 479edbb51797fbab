// No `server-only` import: pages/ uses this module, and Next refuses `server-only` there (README, "Layout").
import { queryPrepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FacilityKind } from "@/lib/generated/prisma/enums";
import type { SlotView } from "@/lib/availability/slot-view";
import type { OperatingInfo } from "@/lib/operating-info/operating-info-schema";

type Row = {
  id: string;
  name: string;
  kind: FacilityKind;
  isEaje: boolean;
  street: string;
  postcode: string;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  capacity: number | null;
  availabilitiesUpdatedAt: Date | null;
  communeName: string;
  cafName: string;
  providerLegalName: string | null;
  // The columns of the optional parts are read only when the part exists (its `has…` flag).
  hasOperatingInfo: boolean;
  operatingInfo: OperatingInfo;
  operatingInfoPublishedAt: Date | null;
  hasPublication: boolean;
  noPlaceAvailable: boolean;
  slots: SlotView[] | null;
  hasPhoto: boolean;
  photoAltText: string | null;
  photoUploadedAt: Date;
};

/**
 * What families see of an open facility: published content only (never a pending or withdrawn version or photo).
 * The public page is never cached and asked for at every click of a search: one prepared statement (planned
 * once per connection) with the slots aggregated in it, rather than Prisma's query, whose engine cost the
 * request 3 to 4 ms of CPU for a 0.7 ms statement (issue 23).
 */
export async function getPublicFacility(facilityId: string) {
  const [row] = await queryPrepared<Row>(Prisma.sql`
    SELECT f.id, f.name, f.kind::text AS kind, f."isEaje", f.street, f.postcode, f."contactEmail", f."contactPhone",
      f.website, f.capacity, f."availabilitiesUpdatedAt" AT TIME ZONE 'UTC' AS "availabilitiesUpdatedAt",
      c.name AS "communeName", caf.name AS "cafName", pr."legalName" AS "providerLegalName",
      oi.id IS NOT NULL AS "hasOperatingInfo", oi.content AS "operatingInfo",
      oi."publishedAt" AT TIME ZONE 'UTC' AS "operatingInfoPublishedAt",
      p.id IS NOT NULL AS "hasPublication", p."noPlaceAvailable",
      (SELECT json_agg(json_build_object(
          'startDate', to_char(s."startDate", 'YYYY-MM-DD'), 'endDate', to_char(s."endDate", 'YYYY-MM-DD'),
          'minAgeMonths', s."minAgeMonths", 'maxAgeMonths', s."maxAgeMonths", 'careType', s."careType",
          'weekdays', s.weekdays, 'startTime', s."startTime", 'endTime', s."endTime", 'places', s.places)
        ORDER BY s."startDate")
       FROM "AvailabilitySlot" s WHERE s."publicationId" = p.id) AS slots,
      ph.id IS NOT NULL AS "hasPhoto", ph."altText" AS "photoAltText",
      ph."uploadedAt" AT TIME ZONE 'UTC' AS "photoUploadedAt"
    FROM "Facility" f
    JOIN "Commune" c ON c."inseeCode" = f."communeInsee"
    JOIN "Caf" caf ON caf.id = f."cafId"
    LEFT JOIN "Provider" pr ON pr.id = f."providerId"
    LEFT JOIN "OperatingInfoVersion" oi ON oi.id = f."publishedOperatingInfoId"
    LEFT JOIN "AvailabilityPublication" p ON p.id = f."currentAvailabilityPublicationId"
    LEFT JOIN "FacilityPhoto" ph ON ph.id = f."publishedPhotoId"
    WHERE f.id = ${facilityId} AND f.status = 'OPEN'`);
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    isEaje: row.isEaje,
    street: row.street,
    postcode: row.postcode,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    website: row.website,
    capacity: row.capacity,
    availabilitiesUpdatedAt: row.availabilitiesUpdatedAt,
    commune: { name: row.communeName },
    caf: { name: row.cafName },
    provider: row.providerLegalName === null ? null : { legalName: row.providerLegalName },
    photo: row.hasPhoto ? { altText: row.photoAltText, uploadedAt: row.photoUploadedAt } : null,
    operatingInfo: row.hasOperatingInfo
      ? { content: row.operatingInfo, publishedAt: row.operatingInfoPublishedAt }
      : null,
    availabilities: row.hasPublication ? { noPlaceAvailable: row.noPlaceAvailable, slots: row.slots ?? [] } : null,
  };
}
