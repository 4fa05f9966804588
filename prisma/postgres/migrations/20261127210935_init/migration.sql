-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "access" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'active',
    "statusReason" TEXT,
    "presetKey" TEXT,
    "method" TEXT NOT NULL DEFAULT 'GET',
    "urlTemplate" TEXT NOT NULL,
    "headers" TEXT NOT NULL DEFAULT '[]',
    "bodyType" TEXT NOT NULL DEFAULT 'none',
    "bodyTemplate" TEXT NOT NULL DEFAULT '',
    "scope" TEXT NOT NULL DEFAULT 'attributed',
    "connectTimeoutMs" INTEGER NOT NULL DEFAULT 5000,
    "timeoutMs" INTEGER NOT NULL DEFAULT 15000,
    "rateLimitPerSec" INTEGER,
    "concurrency" INTEGER NOT NULL DEFAULT 8,
    "retrySchedule" TEXT,
    "acceptanceWindowHours" INTEGER,
    "autoDisableAfter" INTEGER,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "configVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkSecret" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkSecret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForwardingRule" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "partnerEventName" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "sendRevenue" BOOLEAN NOT NULL DEFAULT false,
    "currencyMode" TEXT NOT NULL DEFAULT 'as_received',
    "targetCurrency" TEXT,
    "postInstallWindowDays" INTEGER,
    "platforms" TEXT NOT NULL DEFAULT '[]',
    "countries" TEXT NOT NULL DEFAULT '[]',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ForwardingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FxRate" (
    "id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FxRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversionEvent" (
    "id" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "networkSlug" TEXT,
    "clickId" TEXT,
    "clickAt" TIMESTAMP(3),
    "installAt" TIMESTAMP(3),
    "campaignId" TEXT,
    "campaignName" TEXT,
    "adgroupId" TEXT,
    "adgroupName" TEXT,
    "creativeId" TEXT,
    "creativeName" TEXT,
    "platform" TEXT,
    "advertisingId" TEXT,
    "idfa" TEXT,
    "gaid" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "country" TEXT,
    "appId" TEXT,
    "appVersion" TEXT,
    "revenue" TEXT,
    "revenueMicros" BIGINT,
    "currency" TEXT,
    "properties" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "ConversionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "ruleId" TEXT,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "errorClass" TEXT,
    "eventName" TEXT NOT NULL,
    "partnerEventName" TEXT,
    "attributed" BOOLEAN NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "sendRevenue" BOOLEAN NOT NULL DEFAULT false,
    "revenue" TEXT,
    "revenueMicros" BIGINT,
    "currency" TEXT,
    "fxRate" TEXT,
    "deadlineAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "retryBase" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "lockedBy" TEXT,
    "lastStatusCode" INTEGER,
    "lastLatencyMs" INTEGER,
    "firstAttemptAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryAttempt" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "latencyMs" INTEGER NOT NULL,
    "requestMethod" TEXT NOT NULL,
    "requestUrl" TEXT NOT NULL,
    "requestHeaders" TEXT NOT NULL DEFAULT '[]',
    "requestBody" TEXT,
    "responseStatus" INTEGER,
    "responseHeaders" TEXT,
    "responseBody" TEXT,
    "errorClass" TEXT,
    "errorMessage" TEXT,
    "outcome" TEXT NOT NULL,
    "workerId" TEXT,
    "test" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "DeliveryAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkReport" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "revenueMicros" BIGINT,
    "currency" TEXT NOT NULL DEFAULT '',
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT,

    CONSTRAINT "NetworkReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryRollup" (
    "bucket" TIMESTAMP(3) NOT NULL,
    "networkId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,
    "revenueMicros" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DeliveryRollup_pkey" PRIMARY KEY ("bucket","networkId","eventName","status","currency")
);

-- CreateTable
CREATE TABLE "AttributionRollup" (
    "bucket" TIMESTAMP(3) NOT NULL,
    "networkSlug" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,
    "revenueMicros" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AttributionRollup_pkey" PRIMARY KEY ("bucket","networkSlug","eventName","currency")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "networkId" TEXT,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL DEFAULT 'warning',
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "notifiedAt" TIMESTAMP(3),

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "WorkerHeartbeat" (
    "id" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "stats" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "WorkerHeartbeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplayJob" (
    "id" TEXT NOT NULL,
    "networkId" TEXT,
    "filter" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'running',
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ReplayJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Network_slug_key" ON "Network"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkSecret_networkId_name_key" ON "NetworkSecret"("networkId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ForwardingRule_networkId_eventName_key" ON "ForwardingRule"("networkId", "eventName");

-- CreateIndex
CREATE UNIQUE INDEX "FxRate_currency_quote_key" ON "FxRate"("currency", "quote");

-- CreateIndex
CREATE INDEX "ConversionEvent_occurredAt_idx" ON "ConversionEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "ConversionEvent_networkSlug_occurredAt_idx" ON "ConversionEvent"("networkSlug", "occurredAt");

-- CreateIndex
CREATE INDEX "ConversionEvent_clickId_idx" ON "ConversionEvent"("clickId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversionEvent_sender_externalId_key" ON "ConversionEvent"("sender", "externalId");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_networkId_status_nextAttemptAt_idx" ON "Delivery"("networkId", "status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_networkId_createdAt_idx" ON "Delivery"("networkId", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_networkId_status_createdAt_idx" ON "Delivery"("networkId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_createdAt_idx" ON "Delivery"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_eventId_networkId_key" ON "Delivery"("eventId", "networkId");

-- CreateIndex
CREATE INDEX "DeliveryAttempt_deliveryId_number_idx" ON "DeliveryAttempt"("deliveryId", "number");

-- CreateIndex
CREATE INDEX "DeliveryAttempt_networkId_startedAt_idx" ON "DeliveryAttempt"("networkId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkReport_networkId_day_eventName_currency_key" ON "NetworkReport"("networkId", "day", "eventName", "currency");

-- CreateIndex
CREATE INDEX "DeliveryRollup_networkId_bucket_idx" ON "DeliveryRollup"("networkId", "bucket");

-- CreateIndex
CREATE INDEX "Alert_resolvedAt_createdAt_idx" ON "Alert"("resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkSecret" ADD CONSTRAINT "NetworkSecret_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForwardingRule" ADD CONSTRAINT "ForwardingRule_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ConversionEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryAttempt" ADD CONSTRAINT "DeliveryAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkReport" ADD CONSTRAINT "NetworkReport_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

