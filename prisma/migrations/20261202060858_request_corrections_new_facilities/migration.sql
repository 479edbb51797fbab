-- AlterEnum
ALTER TYPE "HabilitationStatus" ADD VALUE 'CHANGES_REQUESTED';

-- AlterTable
ALTER TABLE "HabilitationRequest" ADD COLUMN     "changesRequested" TEXT,
ADD COLUMN     "followUpExpiresAt" TIMESTAMP(3),
ADD COLUMN     "followUpTokenHash" TEXT;

-- CreateTable
CREATE TABLE "HabilitationRequestNewFacility" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "FacilityKind" NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "communeInsee" TEXT NOT NULL,
    "operatingInfo" BOOLEAN NOT NULL,
    "availabilities" BOOLEAN NOT NULL,
    "facilityId" TEXT,
    "createdInCatalogue" BOOLEAN NOT NULL DEFAULT false,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "HabilitationRequestNewFacility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HabilitationRequestVersion" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HabilitationRequestVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HabilitationRequestNewFacility_facilityId_idx" ON "HabilitationRequestNewFacility"("facilityId");

-- CreateIndex
CREATE UNIQUE INDEX "HabilitationRequestNewFacility_requestId_position_key" ON "HabilitationRequestNewFacility"("requestId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "HabilitationRequestVersion_requestId_number_key" ON "HabilitationRequestVersion"("requestId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "HabilitationRequest_followUpTokenHash_key" ON "HabilitationRequest"("followUpTokenHash");

-- AddForeignKey
ALTER TABLE "HabilitationRequestNewFacility" ADD CONSTRAINT "HabilitationRequestNewFacility_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestNewFacility" ADD CONSTRAINT "HabilitationRequestNewFacility_communeInsee_fkey" FOREIGN KEY ("communeInsee") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestNewFacility" ADD CONSTRAINT "HabilitationRequestNewFacility_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestNewFacility" ADD CONSTRAINT "HabilitationRequestNewFacility_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestVersion" ADD CONSTRAINT "HabilitationRequestVersion_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

