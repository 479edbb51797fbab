-- AlterTable
ALTER TABLE "DestructionAttestation" ADD COLUMN "finalAt" TIMESTAMP(3);

-- Attestations whose month is past the six-month retention and holds no request still to delete are final.
-- Months and instants are UTC, as the purge writes them ("transmittedAt" is a UTC timestamp).
UPDATE "DestructionAttestation" a
SET "finalAt" = a."destroyedAt"
WHERE a.month < to_char(now() AT TIME ZONE 'UTC' - interval '6 months', 'YYYY-MM')
  AND NOT EXISTS (
    SELECT 1 FROM "FamilyRequest" r
    WHERE r."infoPointId" = a."infoPointId"
      AND r."personalDataDeletedAt" IS NULL
      AND r."transmittedAt" >= (a.month || '-01')::timestamp
      AND r."transmittedAt" < (a.month || '-01')::timestamp + interval '1 month'
  );
