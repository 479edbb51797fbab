-- Facility photos wait for the Caf's validation like the rest of the operating information (SPEC §5).
-- Photos already online were published before that rule: they are kept as approved.
CREATE TYPE "FacilityPhotoStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'REPLACED', 'WITHDRAWN');

ALTER TABLE "FacilityPhoto" DROP CONSTRAINT "FacilityPhoto_pkey";
ALTER TABLE "FacilityPhoto" ADD COLUMN "id" TEXT;
UPDATE "FacilityPhoto" SET "id" = 'photo-' || "facilityId";
ALTER TABLE "FacilityPhoto" ALTER COLUMN "id" SET NOT NULL;
ALTER TABLE "FacilityPhoto" ADD CONSTRAINT "FacilityPhoto_pkey" PRIMARY KEY ("id");

ALTER TABLE "FacilityPhoto" ADD COLUMN "status" "FacilityPhotoStatus" NOT NULL DEFAULT 'APPROVED';
ALTER TABLE "FacilityPhoto" ALTER COLUMN "status" SET DEFAULT 'PENDING';
ALTER TABLE "FacilityPhoto" ADD COLUMN "uploadedById" TEXT,
ADD COLUMN "reviewedAt" TIMESTAMP(3),
ADD COLUMN "reviewedById" TEXT,
ADD COLUMN "rejectionReason" TEXT;

ALTER TABLE "Facility" ADD COLUMN "publishedPhotoId" TEXT;
UPDATE "Facility" SET "publishedPhotoId" = p."id" FROM "FacilityPhoto" p WHERE p."facilityId" = "Facility"."id";

CREATE UNIQUE INDEX "Facility_publishedPhotoId_key" ON "Facility"("publishedPhotoId");
CREATE INDEX "FacilityPhoto_facilityId_status_idx" ON "FacilityPhoto"("facilityId", "status");
CREATE INDEX "FacilityPhoto_status_uploadedAt_idx" ON "FacilityPhoto"("status", "uploadedAt");

ALTER TABLE "Facility" ADD CONSTRAINT "Facility_publishedPhotoId_fkey" FOREIGN KEY ("publishedPhotoId") REFERENCES "FacilityPhoto"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FacilityPhoto" ADD CONSTRAINT "FacilityPhoto_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FacilityPhoto" ADD CONSTRAINT "FacilityPhoto_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
