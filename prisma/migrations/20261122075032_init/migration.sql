-- CreateEnum
CREATE TYPE "FacilityKind" AS ENUM ('MULTI_ACCUEIL', 'CRECHE_COLLECTIVE', 'CRECHE_FAMILIALE', 'MICRO_CRECHE', 'HALTE_GARDERIE', 'LAEP', 'RPE', 'ACCUEIL_LOISIRS_EXTRASCOLAIRE', 'ACCUEIL_LOISIRS_PERISCOLAIRE', 'ACCUEIL_LOISIRS_ADOLESCENTS');

-- CreateEnum
CREATE TYPE "FacilityStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConventionType" AS ENUM ('STRUCTURES', 'INFO_POINT');

-- CreateEnum
CREATE TYPE "HabilitationStatus" AS ENUM ('RECEIVED', 'IN_REVIEW', 'CONVENTION_SENT', 'SIGNED', 'ACTIVE', 'REFUSED');

-- CreateEnum
CREATE TYPE "ConventionStatus" AS ENUM ('DRAFT', 'SENT', 'SIGNED', 'ACTIVE', 'TERMINATION_NOTIFIED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CNAF_ADMIN', 'CAF_AGENT', 'PROVIDER_USER', 'INFO_POINT_USER');

-- CreateEnum
CREATE TYPE "ConnectionEventType" AS ENUM ('LOGIN_SUCCESS', 'LOGIN_FAILURE', 'ACCOUNT_LOCKED', 'LOGOUT', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_CHANGED', 'SESSION_REVOKED');

-- CreateEnum
CREATE TYPE "CareType" AS ENUM ('REGULAR', 'OCCASIONAL', 'EMERGENCY');

-- CreateEnum
CREATE TYPE "OperatingInfoStatus" AS ENUM ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'WITHDRAWN', 'REPLACED');

-- CreateEnum
CREATE TYPE "FamilyRequestStatus" AS ENUM ('NEW', 'DOWNLOADED', 'HANDLED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "Departement" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,

    CONSTRAINT "Departement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Commune" (
    "inseeCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "departementCode" TEXT NOT NULL,
    "postcodes" TEXT[],
    "population" INTEGER,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("inseeCode")
);

-- CreateTable
CREATE TABLE "Caf" (
    "id" TEXT NOT NULL,
    "departementCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "directorName" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Caf_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "siret" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "legalRepresentativeName" TEXT NOT NULL,
    "legalRepresentativeTitle" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoPoint" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "cafId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "facilityId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Facility" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "kind" "FacilityKind" NOT NULL,
    "isEaje" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "communeInsee" TEXT NOT NULL,
    "departementCode" TEXT NOT NULL,
    "cafId" TEXT NOT NULL,
    "providerId" TEXT,
    "managerName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "website" TEXT,
    "capacity" INTEGER,
    "status" "FacilityStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "currentAvailabilityPublicationId" TEXT,
    "availabilitiesUpdatedAt" TIMESTAMP(3),
    "hasAvailablePlaces" BOOLEAN NOT NULL DEFAULT false,
    "lastAvailabilityReminderAt" TIMESTAMP(3),
    "publishedOperatingInfoId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdByPersonalId" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedByPersonalId" INTEGER,

    CONSTRAINT "Facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FacilityPhoto" (
    "facilityId" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "altText" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedByPersonalId" INTEGER NOT NULL,

    CONSTRAINT "FacilityPhoto_pkey" PRIMARY KEY ("facilityId")
);

-- CreateTable
CREATE TABLE "HabilitationRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "type" "ConventionType" NOT NULL,
    "status" "HabilitationStatus" NOT NULL DEFAULT 'RECEIVED',
    "cafId" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "siret" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "legalRepresentativeName" TEXT NOT NULL,
    "legalRepresentativeTitle" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "infoPointName" TEXT,
    "providerId" TEXT,
    "infoPointId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitterIp" TEXT,
    "refusalReason" TEXT,
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HabilitationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HabilitationRequestPerson" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,

    CONSTRAINT "HabilitationRequestPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HabilitationRequestFacility" (
    "requestId" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "operatingInfo" BOOLEAN NOT NULL,
    "availabilities" BOOLEAN NOT NULL,

    CONSTRAINT "HabilitationRequestFacility_pkey" PRIMARY KEY ("requestId","facilityId")
);

-- CreateTable
CREATE TABLE "HabilitationRequestCommune" (
    "requestId" TEXT NOT NULL,
    "communeInsee" TEXT NOT NULL,

    CONSTRAINT "HabilitationRequestCommune_pkey" PRIMARY KEY ("requestId","communeInsee")
);

-- CreateTable
CREATE TABLE "HabilitationRequestEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "fromStatus" "HabilitationStatus",
    "toStatus" "HabilitationStatus" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HabilitationRequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionTemplate" (
    "id" TEXT NOT NULL,
    "type" "ConventionType" NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "ConventionTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Convention" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "type" "ConventionType" NOT NULL,
    "status" "ConventionStatus" NOT NULL DEFAULT 'DRAFT',
    "requestId" TEXT NOT NULL,
    "cafId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "infoPointId" TEXT,
    "templateId" TEXT NOT NULL,
    "annexSnapshot" JSONB NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "signedAt" TIMESTAMP(3),
    "activatedAt" TIMESTAMP(3),
    "terminationRequestedBy" TEXT,
    "terminationNotifiedAt" TIMESTAMP(3),
    "terminationEffectiveAt" TIMESTAMP(3),
    "terminationReason" TEXT,
    "terminatedAt" TIMESTAMP(3),

    CONSTRAINT "Convention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionDocument" (
    "conventionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" TEXT NOT NULL,

    CONSTRAINT "ConventionDocument_pkey" PRIMARY KEY ("conventionId")
);

-- CreateTable
CREATE TABLE "ConventionEvent" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "fromStatus" "ConventionStatus",
    "toStatus" "ConventionStatus" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConventionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionPerson" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "userId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedByAmendmentId" TEXT,
    "removedAt" TIMESTAMP(3),
    "removedByAmendmentId" TEXT,

    CONSTRAINT "ConventionPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionFacility" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "operatingInfo" BOOLEAN NOT NULL,
    "availabilities" BOOLEAN NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedByAmendmentId" TEXT,
    "removedAt" TIMESTAMP(3),
    "removedByAmendmentId" TEXT,

    CONSTRAINT "ConventionFacility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConventionCommune" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "communeInsee" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "addedByAmendmentId" TEXT,
    "removedAt" TIMESTAMP(3),
    "removedByAmendmentId" TEXT,

    CONSTRAINT "ConventionCommune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL,
    "conventionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "annexSnapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "personalNumber" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "jobTitle" TEXT,
    "role" "Role" NOT NULL,
    "cafId" TEXT,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "passwordChangedAt" TIMESTAMP(3),
    "pendingPasswordHash" TEXT,
    "pendingPasswordAt" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectionLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "identifier" TEXT NOT NULL,
    "event" "ConnectionEventType" NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectionLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "UsedCaptcha" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedCaptcha_pkey" PRIMARY KEY ("signature")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorPersonalNumber" INTEGER,
    "apiKeyId" TEXT,
    "cafId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "reason" TEXT,
    "data" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "statusCode" INTEGER NOT NULL,
    "responseBody" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AvailabilityPublication" (
    "id" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "noPlaceAvailable" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT NOT NULL,
    "publishedByPersonalNumber" INTEGER NOT NULL,
    "apiKeyId" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawalReason" TEXT,

    CONSTRAINT "AvailabilityPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilitySlot" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "minAgeMonths" INTEGER NOT NULL,
    "maxAgeMonths" INTEGER NOT NULL,
    "careType" "CareType" NOT NULL,
    "weekdays" INTEGER[],
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "places" INTEGER NOT NULL,

    CONSTRAINT "AvailabilitySlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperatingInfoVersion" (
    "id" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "status" "OperatingInfoStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT NOT NULL,
    "submittedByPersonalNumber" INTEGER NOT NULL,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "rejectionReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawalReason" TEXT,

    CONSTRAINT "OperatingInfoVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "FamilyRequestStatus" NOT NULL DEFAULT 'NEW',
    "communeInsee" TEXT NOT NULL,
    "infoPointId" TEXT NOT NULL,
    "cafId" TEXT NOT NULL,
    "contactFirstName" TEXT,
    "contactLastName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "contactAddress" TEXT,
    "children" JSONB,
    "message" TEXT,
    "wishedStartDate" DATE,
    "schedule" TEXT,
    "careKinds" TEXT[],
    "consentAt" TIMESTAMP(3) NOT NULL,
    "transmittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstDownloadedAt" TIMESTAMP(3),
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,
    "personalDataDeletedAt" TIMESTAMP(3),

    CONSTRAINT "FamilyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DestructionAttestation" (
    "id" TEXT NOT NULL,
    "infoPointId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "requestCount" INTEGER NOT NULL,
    "references" TEXT[],
    "destroyedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DestructionAttestation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "uniqueKey" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Commune_departementCode_idx" ON "Commune"("departementCode");

-- CreateIndex
CREATE INDEX "Commune_searchName_idx" ON "Commune"("searchName");

-- CreateIndex
CREATE INDEX "Commune_postcodes_idx" ON "Commune" USING GIN ("postcodes");

-- CreateIndex
CREATE UNIQUE INDEX "Caf_departementCode_key" ON "Caf"("departementCode");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_siret_key" ON "Provider"("siret");

-- CreateIndex
CREATE UNIQUE INDEX "InfoPoint_facilityId_key" ON "InfoPoint"("facilityId");

-- CreateIndex
CREATE INDEX "InfoPoint_providerId_idx" ON "InfoPoint"("providerId");

-- CreateIndex
CREATE INDEX "InfoPoint_cafId_idx" ON "InfoPoint"("cafId");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_currentAvailabilityPublicationId_key" ON "Facility"("currentAvailabilityPublicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_publishedOperatingInfoId_key" ON "Facility"("publishedOperatingInfoId");

-- CreateIndex
CREATE INDEX "Facility_departementCode_kind_status_idx" ON "Facility"("departementCode", "kind", "status");

-- CreateIndex
CREATE INDEX "Facility_communeInsee_idx" ON "Facility"("communeInsee");

-- CreateIndex
CREATE INDEX "Facility_postcode_idx" ON "Facility"("postcode");

-- CreateIndex
CREATE INDEX "Facility_cafId_status_idx" ON "Facility"("cafId", "status");

-- CreateIndex
CREATE INDEX "Facility_providerId_idx" ON "Facility"("providerId");

-- CreateIndex
CREATE INDEX "Facility_isEaje_hasAvailablePlaces_departementCode_idx" ON "Facility"("isEaje", "hasAvailablePlaces", "departementCode");

-- CreateIndex
CREATE INDEX "Facility_availabilitiesUpdatedAt_idx" ON "Facility"("availabilitiesUpdatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Facility_cafId_externalId_key" ON "Facility"("cafId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "HabilitationRequest_reference_key" ON "HabilitationRequest"("reference");

-- CreateIndex
CREATE INDEX "HabilitationRequest_cafId_status_submittedAt_idx" ON "HabilitationRequest"("cafId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "HabilitationRequest_cafId_submittedAt_idx" ON "HabilitationRequest"("cafId", "submittedAt");

-- CreateIndex
CREATE INDEX "HabilitationRequest_siret_idx" ON "HabilitationRequest"("siret");

-- CreateIndex
CREATE UNIQUE INDEX "HabilitationRequestPerson_requestId_email_key" ON "HabilitationRequestPerson"("requestId", "email");

-- CreateIndex
CREATE INDEX "HabilitationRequestFacility_facilityId_idx" ON "HabilitationRequestFacility"("facilityId");

-- CreateIndex
CREATE INDEX "HabilitationRequestEvent_requestId_at_idx" ON "HabilitationRequestEvent"("requestId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ConventionTemplate_type_version_key" ON "ConventionTemplate"("type", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_number_key" ON "Convention"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Convention_requestId_key" ON "Convention"("requestId");

-- CreateIndex
CREATE INDEX "Convention_cafId_status_idx" ON "Convention"("cafId", "status");

-- CreateIndex
CREATE INDEX "Convention_status_terminationEffectiveAt_idx" ON "Convention"("status", "terminationEffectiveAt");

-- CreateIndex
CREATE INDEX "Convention_providerId_idx" ON "Convention"("providerId");

-- CreateIndex
CREATE INDEX "ConventionEvent_conventionId_at_idx" ON "ConventionEvent"("conventionId", "at");

-- CreateIndex
CREATE INDEX "ConventionPerson_conventionId_removedAt_idx" ON "ConventionPerson"("conventionId", "removedAt");

-- CreateIndex
CREATE INDEX "ConventionPerson_userId_removedAt_idx" ON "ConventionPerson"("userId", "removedAt");

-- CreateIndex
CREATE INDEX "ConventionPerson_email_idx" ON "ConventionPerson"("email");

-- CreateIndex
CREATE INDEX "ConventionFacility_conventionId_removedAt_idx" ON "ConventionFacility"("conventionId", "removedAt");

-- CreateIndex
CREATE INDEX "ConventionFacility_facilityId_removedAt_idx" ON "ConventionFacility"("facilityId", "removedAt");

-- CreateIndex
CREATE INDEX "ConventionCommune_conventionId_removedAt_idx" ON "ConventionCommune"("conventionId", "removedAt");

-- CreateIndex
CREATE INDEX "ConventionCommune_communeInsee_removedAt_idx" ON "ConventionCommune"("communeInsee", "removedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_conventionId_number_key" ON "Amendment"("conventionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "User_personalNumber_key" ON "User"("personalNumber");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_cafId_role_idx" ON "User"("cafId", "role");

-- CreateIndex
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");

-- CreateIndex
CREATE INDEX "ConnectionLog_userId_at_idx" ON "ConnectionLog"("userId", "at");

-- CreateIndex
CREATE INDEX "ConnectionLog_at_idx" ON "ConnectionLog"("at");

-- CreateIndex
CREATE INDEX "ConnectionLog_identifier_at_idx" ON "ConnectionLog"("identifier", "at");

-- CreateIndex
CREATE INDEX "RateLimitCounter_resetAt_idx" ON "RateLimitCounter"("resetAt");

-- CreateIndex
CREATE INDEX "UsedCaptcha_expiresAt_idx" ON "UsedCaptcha"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_cafId_at_idx" ON "AuditEvent"("cafId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_ownerId_idx" ON "ApiKey"("ownerId");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- CreateIndex
CREATE INDEX "AvailabilityPublication_facilityId_publishedAt_idx" ON "AvailabilityPublication"("facilityId", "publishedAt");

-- CreateIndex
CREATE INDEX "AvailabilitySlot_publicationId_idx" ON "AvailabilitySlot"("publicationId");

-- CreateIndex
CREATE INDEX "OperatingInfoVersion_facilityId_status_idx" ON "OperatingInfoVersion"("facilityId", "status");

-- CreateIndex
CREATE INDEX "OperatingInfoVersion_status_submittedAt_idx" ON "OperatingInfoVersion"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FamilyRequest_reference_key" ON "FamilyRequest"("reference");

-- CreateIndex
CREATE INDEX "FamilyRequest_infoPointId_status_transmittedAt_idx" ON "FamilyRequest"("infoPointId", "status", "transmittedAt");

-- CreateIndex
CREATE INDEX "FamilyRequest_cafId_status_transmittedAt_idx" ON "FamilyRequest"("cafId", "status", "transmittedAt");

-- CreateIndex
CREATE INDEX "FamilyRequest_transmittedAt_personalDataDeletedAt_idx" ON "FamilyRequest"("transmittedAt", "personalDataDeletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DestructionAttestation_infoPointId_month_key" ON "DestructionAttestation"("infoPointId", "month");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_uniqueKey_key" ON "Job"("uniqueKey");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_departementCode_fkey" FOREIGN KEY ("departementCode") REFERENCES "Departement"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Caf" ADD CONSTRAINT "Caf_departementCode_fkey" FOREIGN KEY ("departementCode") REFERENCES "Departement"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPoint" ADD CONSTRAINT "InfoPoint_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPoint" ADD CONSTRAINT "InfoPoint_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPoint" ADD CONSTRAINT "InfoPoint_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_communeInsee_fkey" FOREIGN KEY ("communeInsee") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_departementCode_fkey" FOREIGN KEY ("departementCode") REFERENCES "Departement"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_currentAvailabilityPublicationId_fkey" FOREIGN KEY ("currentAvailabilityPublicationId") REFERENCES "AvailabilityPublication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Facility" ADD CONSTRAINT "Facility_publishedOperatingInfoId_fkey" FOREIGN KEY ("publishedOperatingInfoId") REFERENCES "OperatingInfoVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FacilityPhoto" ADD CONSTRAINT "FacilityPhoto_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequest" ADD CONSTRAINT "HabilitationRequest_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequest" ADD CONSTRAINT "HabilitationRequest_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequest" ADD CONSTRAINT "HabilitationRequest_infoPointId_fkey" FOREIGN KEY ("infoPointId") REFERENCES "InfoPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestPerson" ADD CONSTRAINT "HabilitationRequestPerson_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestFacility" ADD CONSTRAINT "HabilitationRequestFacility_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestFacility" ADD CONSTRAINT "HabilitationRequestFacility_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestCommune" ADD CONSTRAINT "HabilitationRequestCommune_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestCommune" ADD CONSTRAINT "HabilitationRequestCommune_communeInsee_fkey" FOREIGN KEY ("communeInsee") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestEvent" ADD CONSTRAINT "HabilitationRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HabilitationRequestEvent" ADD CONSTRAINT "HabilitationRequestEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionTemplate" ADD CONSTRAINT "ConventionTemplate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HabilitationRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_infoPointId_fkey" FOREIGN KEY ("infoPointId") REFERENCES "InfoPoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Convention" ADD CONSTRAINT "Convention_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ConventionTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionDocument" ADD CONSTRAINT "ConventionDocument_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionEvent" ADD CONSTRAINT "ConventionEvent_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionEvent" ADD CONSTRAINT "ConventionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionPerson" ADD CONSTRAINT "ConventionPerson_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionPerson" ADD CONSTRAINT "ConventionPerson_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionPerson" ADD CONSTRAINT "ConventionPerson_addedByAmendmentId_fkey" FOREIGN KEY ("addedByAmendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionPerson" ADD CONSTRAINT "ConventionPerson_removedByAmendmentId_fkey" FOREIGN KEY ("removedByAmendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionFacility" ADD CONSTRAINT "ConventionFacility_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionFacility" ADD CONSTRAINT "ConventionFacility_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionFacility" ADD CONSTRAINT "ConventionFacility_addedByAmendmentId_fkey" FOREIGN KEY ("addedByAmendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionFacility" ADD CONSTRAINT "ConventionFacility_removedByAmendmentId_fkey" FOREIGN KEY ("removedByAmendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionCommune" ADD CONSTRAINT "ConventionCommune_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionCommune" ADD CONSTRAINT "ConventionCommune_communeInsee_fkey" FOREIGN KEY ("communeInsee") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionCommune" ADD CONSTRAINT "ConventionCommune_addedByAmendmentId_fkey" FOREIGN KEY ("addedByAmendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConventionCommune" ADD CONSTRAINT "ConventionCommune_removedByAmendmentId_fkey" FOREIGN KEY ("removedByAmendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_conventionId_fkey" FOREIGN KEY ("conventionId") REFERENCES "Convention"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionLog" ADD CONSTRAINT "ConnectionLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityPublication" ADD CONSTRAINT "AvailabilityPublication_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityPublication" ADD CONSTRAINT "AvailabilityPublication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityPublication" ADD CONSTRAINT "AvailabilityPublication_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityPublication" ADD CONSTRAINT "AvailabilityPublication_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilitySlot" ADD CONSTRAINT "AvailabilitySlot_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "AvailabilityPublication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatingInfoVersion" ADD CONSTRAINT "OperatingInfoVersion_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatingInfoVersion" ADD CONSTRAINT "OperatingInfoVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatingInfoVersion" ADD CONSTRAINT "OperatingInfoVersion_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatingInfoVersion" ADD CONSTRAINT "OperatingInfoVersion_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyRequest" ADD CONSTRAINT "FamilyRequest_communeInsee_fkey" FOREIGN KEY ("communeInsee") REFERENCES "Commune"("inseeCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyRequest" ADD CONSTRAINT "FamilyRequest_infoPointId_fkey" FOREIGN KEY ("infoPointId") REFERENCES "InfoPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyRequest" ADD CONSTRAINT "FamilyRequest_cafId_fkey" FOREIGN KEY ("cafId") REFERENCES "Caf"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyRequest" ADD CONSTRAINT "FamilyRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DestructionAttestation" ADD CONSTRAINT "DestructionAttestation_infoPointId_fkey" FOREIGN KEY ("infoPointId") REFERENCES "InfoPoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

