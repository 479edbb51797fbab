-- CreateIndex
CREATE INDEX "Facility_cafId_isEaje_status_availabilitiesUpdatedAt_idx" ON "Facility"("cafId", "isEaje", "status", "availabilitiesUpdatedAt");


