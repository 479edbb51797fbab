-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('PRODUCED', 'SENT', 'SIGNED', 'IN_FORCE');

-- AlterEnum
ALTER TYPE "ConventionStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "Amendment" ADD COLUMN     "cafSignatory" TEXT,
ADD COLUMN     "cafSignedAt" TIMESTAMP(3),
ADD COLUMN     "cafSignedPlace" TEXT,
ADD COLUMN     "documentId" TEXT,
ADD COLUMN     "inForceAt" TIMESTAMP(3),
ADD COLUMN     "partiesSnapshot" JSONB,
ADD COLUMN     "partnerSignatory" TEXT,
ADD COLUMN     "partnerSignedAt" TIMESTAMP(3),
ADD COLUMN     "partnerSignedPlace" TEXT,
ADD COLUMN     "plannedChanges" JSONB,
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "status" "AmendmentStatus" NOT NULL DEFAULT 'PRODUCED';

-- AlterTable
ALTER TABLE "Caf" ADD COLUMN     "directorCivility" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "directorTitle" TEXT NOT NULL DEFAULT 'Directeur';

-- AlterTable
ALTER TABLE "Convention" ADD COLUMN     "cafSignatory" TEXT,
ADD COLUMN     "cafSignedAt" TIMESTAMP(3),
ADD COLUMN     "cafSignedPlace" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "documentId" TEXT,
ADD COLUMN     "paperCopyStatementAt" TIMESTAMP(3),
ADD COLUMN     "paperCopyStatementById" TEXT,
ADD COLUMN     "partiesSnapshot" JSONB,
ADD COLUMN     "partnerSignatory" TEXT,
ADD COLUMN     "partnerSignedAt" TIMESTAMP(3),
ADD COLUMN     "partnerSignedPlace" TEXT,
ADD COLUMN     "registeredLetterReceivedAt" TIMESTAMP(3),
ADD COLUMN     "registeredLetterReference" TEXT,
ADD COLUMN     "registeredLetterSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ConventionPerson" ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "suspendedById" TEXT,
ADD COLUMN     "suspensionReason" TEXT;

-- CreateTable
CREATE TABLE "FrozenDocument" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrozenDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmendmentEvent" (
    "id" TEXT NOT NULL,
    "amendmentId" TEXT NOT NULL,
    "fromStatus" "AmendmentStatus",
    "toStatus" "AmendmentStatus" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmendmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AmendmentEvent_amendmentId_at_idx" ON "AmendmentEvent"("amendmentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_documentId_key" ON "Amendment"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_documentId_key" ON "Convention"("documentId");

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "FrozenDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "FrozenDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmendmentEvent" ADD CONSTRAINT "AmendmentEvent_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Avenants made before this change took effect as soon as they were saved; conventions had one
-- signature date, now recorded as both parties'.
UPDATE "Amendment" SET "status" = 'IN_FORCE', "inForceAt" = "createdAt";
UPDATE "Convention" SET "partnerSignedAt" = "signedAt", "cafSignedAt" = "signedAt" WHERE "signedAt" IS NOT NULL;
