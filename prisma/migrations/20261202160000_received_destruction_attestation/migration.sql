-- A Caf agent records an information point's destruction attestation received on paper or by e-mail.
ALTER TABLE "InfoPointDestructionAttestation" ALTER COLUMN "signedById" DROP NOT NULL;
ALTER TABLE "InfoPointDestructionAttestation" ALTER COLUMN "signatoryPersonalNumber" DROP NOT NULL;
ALTER TABLE "InfoPointDestructionAttestation" ADD COLUMN "signatoryRole" TEXT;
ALTER TABLE "InfoPointDestructionAttestation" ADD COLUMN "recordedById" TEXT;
ALTER TABLE "InfoPointDestructionAttestation" ADD COLUMN "recordedAt" TIMESTAMP(3);
ALTER TABLE "InfoPointDestructionAttestation" ADD COLUMN "paperOriginalOnFile" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "InfoPointDestructionAttestation" ADD CONSTRAINT "InfoPointDestructionAttestation_recordedById_fkey"
  FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
