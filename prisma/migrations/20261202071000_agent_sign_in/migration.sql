-- CreateEnum
CREATE TYPE "SignInMethod" AS ENUM ('PASSWORD', 'PASSWORD_TOTP', 'PASSWORD_RECOVERY_CODE', 'PROCONNECT');

-- CreateEnum
CREATE TYPE "SignInChallengeStatus" AS ENUM ('AWAITING_FACTOR', 'AWAITING_ENROLMENT', 'FACTOR_VERIFIED', 'CONSUMED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConnectionEventType" ADD VALUE 'SECOND_FACTOR_FAILURE';
ALTER TYPE "ConnectionEventType" ADD VALUE 'SECOND_FACTOR_ENROLLED';
ALTER TYPE "ConnectionEventType" ADD VALUE 'SECOND_FACTOR_RESET';

-- AlterTable
ALTER TABLE "Caf" ADD COLUMN     "requireProConnect" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "requireSecondFactor" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ConnectionLog" ADD COLUMN     "method" "SignInMethod";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "oidcSubject" TEXT;

-- CreateTable
CREATE TABLE "TotpFactor" (
    "userId" TEXT NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "lastUsedStep" INTEGER,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TotpFactor_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInChallenge" (
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "SignInChallengeStatus" NOT NULL,
    "usedPendingPassword" BOOLEAN NOT NULL DEFAULT false,
    "enrolmentSecretCiphertext" TEXT,
    "method" "SignInMethod",
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInChallenge_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCode_userId_codeHash_key" ON "RecoveryCode"("userId", "codeHash");

-- CreateIndex
CREATE INDEX "SignInChallenge_expiresAt_idx" ON "SignInChallenge"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- AddForeignKey
ALTER TABLE "TotpFactor" ADD CONSTRAINT "TotpFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignInChallenge" ADD CONSTRAINT "SignInChallenge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

