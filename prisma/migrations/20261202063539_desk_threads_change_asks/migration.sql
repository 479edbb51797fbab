-- CreateEnum
CREATE TYPE "MessageAuthor" AS ENUM ('CAF', 'PARTNER');

-- CreateEnum
CREATE TYPE "ChangeAskStatus" AS ENUM ('OPEN', 'DONE');

-- AlterTable
ALTER TABLE "HabilitationRequest" ADD COLUMN     "assigneeId" TEXT;

-- CreateTable
CREATE TABLE "RequestNote" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "requestId" TEXT,
    "conventionId" TEXT,
    "from" "MessageAuthor" NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeAsk" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "cafId" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "status" "ChangeAskStatus" NOT NULL DEFAULT 'OPEN',
    "requestedById" TEXT NOT NULL,
    "assigneeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" TEXT,
    "closingNote" TEXT,

    CONSTRAINT "ChangeAsk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestNote_requestId_createdAt_idx" ON "RequestNote"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_requestId_createdAt_idx" ON "Message"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_conventionId_createdAt_idx" ON "Message"("conventionId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeAsk_cafId_status_createdAt_idx" ON "ChangeAsk"("cafId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeAsk_conventionId_idx" ON "ChangeAsk"("conventionId");

-- CreateIndex
CREATE INDEX "HabilitationRequest_email_idx" ON "HabilitationRequest"("email");

-- CreateIndex
CREATE INDEX "HabilitationRequest_cafId_assigneeId_idx" ON "HabilitationRequest"("cafId", "assigneeId");

-- AddForeignKey
ALTER TABLE "HabilitationRequest" ADD CONSTRAINT "HabilitationRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestNote" ADD CONSTRAINT "RequestNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeAsk" ADD CONSTRAINT "ChangeAsk_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeAsk" ADD CONSTRAINT "ChangeAsk_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeAsk" ADD CONSTRAINT "ChangeAsk_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeAsk" ADD CONSTRAINT "ChangeAsk_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeAsk" ADD CONSTRAINT "ChangeAsk_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

