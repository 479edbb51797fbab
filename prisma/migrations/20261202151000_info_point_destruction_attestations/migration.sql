-- CreateEnum
CREATE TYPE "DestructionReminderKind" AS ENUM ('DUE', 'LATE');

-- AlterTable
ALTER TABLE "FamilyRequest" ADD COLUMN     "infoPointAttestationId" TEXT;

-- CreateTable
CREATE TABLE "InfoPointDestructionAttestation" (
    "id" TEXT NOT NULL,
    "infoPointId" TEXT NOT NULL,
    "signedById" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryPersonalNumber" INTEGER NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "references" TEXT[],
    "documentId" TEXT NOT NULL,

    CONSTRAINT "InfoPointDestructionAttestation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DestructionAttestationReminder" (
    "id" TEXT NOT NULL,
    "infoPointId" TEXT NOT NULL,
    "dueBy" TIMESTAMP(3) NOT NULL,
    "kind" "DestructionReminderKind" NOT NULL,
    "requestCount" INTEGER NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DestructionAttestationReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FamilyRequest_infoPointAttestationId_idx" ON "FamilyRequest"("infoPointAttestationId");

-- CreateIndex
CREATE UNIQUE INDEX "InfoPointDestructionAttestation_documentId_key" ON "InfoPointDestructionAttestation"("documentId");

-- CreateIndex
CREATE INDEX "InfoPointDestructionAttestation_infoPointId_signedAt_idx" ON "InfoPointDestructionAttestation"("infoPointId", "signedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DestructionAttestationReminder_infoPointId_dueBy_kind_key" ON "DestructionAttestationReminder"("infoPointId", "dueBy", "kind");

-- AddForeignKey
ALTER TABLE "FamilyRequest" ADD CONSTRAINT "FamilyRequest_infoPointAttestationId_fkey" FOREIGN KEY ("infoPointAttestationId") REFERENCES "InfoPointDestructionAttestation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPointDestructionAttestation" ADD CONSTRAINT "InfoPointDestructionAttestation_infoPointId_fkey" FOREIGN KEY ("infoPointId") REFERENCES "InfoPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPointDestructionAttestation" ADD CONSTRAINT "InfoPointDestructionAttestation_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPointDestructionAttestation" ADD CONSTRAINT "InfoPointDestructionAttestation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "FrozenDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DestructionAttestationReminder" ADD CONSTRAINT "DestructionAttestationReminder_infoPointId_fkey" FOREIGN KEY ("infoPointId") REFERENCES "InfoPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
