-- CreateTable
CREATE TABLE "PeriodicJobState" (
    "name" TEXT NOT NULL,
    "lastStartedAt" TIMESTAMP(3) NOT NULL,
    "lastDurationMs" INTEGER NOT NULL,
    "lastSucceeded" BOOLEAN NOT NULL,
    "lastError" TEXT,
    "lastSuccessAt" TIMESTAMP(3),
    "failuresInARow" INTEGER NOT NULL DEFAULT 0,
    "failuresTotal" INTEGER NOT NULL DEFAULT 0,
    "runsTotal" INTEGER NOT NULL DEFAULT 0,
    "nextRunAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeriodicJobState_pkey" PRIMARY KEY ("name")
);

