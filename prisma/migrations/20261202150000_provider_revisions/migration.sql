-- CreateEnum
CREATE TYPE "ProviderDecision" AS ENUM ('UPDATE', 'KEEP');

-- CreateTable
CREATE TABLE "ProviderRevision" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "decision" "ProviderDecision" NOT NULL,
    "changes" JSONB NOT NULL,
    "reason" TEXT,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProviderRevision_providerId_at_idx" ON "ProviderRevision"("providerId", "at");

-- CreateIndex
CREATE INDEX "ProviderRevision_requestId_idx" ON "ProviderRevision"("requestId");

-- AddForeignKey
ALTER TABLE "ProviderRevision" ADD CONSTRAINT "ProviderRevision_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderRevision" ADD CONSTRAINT "ProviderRevision_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderRevision" ADD CONSTRAINT "ProviderRevision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
