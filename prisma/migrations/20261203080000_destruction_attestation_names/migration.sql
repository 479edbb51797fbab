-- The platform's destruction attestation keeps the names it was issued under (information point, Caf): a later
-- rename no longer changes an attestation already issued. Existing attestations take today's names.
ALTER TABLE "DestructionAttestation" ADD COLUMN "infoPointName" TEXT, ADD COLUMN "cafName" TEXT;

UPDATE "DestructionAttestation" a
SET "infoPointName" = p.name, "cafName" = c.name
FROM "InfoPoint" p JOIN "Caf" c ON c.id = p."cafId"
WHERE p.id = a."infoPointId";

ALTER TABLE "DestructionAttestation" ALTER COLUMN "infoPointName" SET NOT NULL, ALTER COLUMN "cafName" SET NOT NULL;
