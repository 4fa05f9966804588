-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "access" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Network" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "NetworkSecret" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NetworkSecret_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ForwardingRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ForwardingRule_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FxRate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "currency" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConversionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sender" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "networkSlug" TEXT,
    "clickId" TEXT,
    "clickAt" DATETIME,
    "installAt" DATETIME,
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
    "properties" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "ruleId" TEXT,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "errorClass" TEXT,
    "eventName" TEXT NOT NULL,
    "partnerEventName" TEXT,
    "attributed" BOOLEAN NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "sendRevenue" BOOLEAN NOT NULL DEFAULT false,
    "revenue" TEXT,
    "revenueMicros" BIGINT,
    "currency" TEXT,
    "fxRate" TEXT,
    "deadlineAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "retryBase" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "leaseUntil" DATETIME,
    "lockedBy" TEXT,
    "lastStatusCode" INTEGER,
    "lastLatencyMs" INTEGER,
    "firstAttemptAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ConversionEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeliveryAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliveryId" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
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
    CONSTRAINT "DeliveryAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NetworkReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "revenueMicros" BIGINT,
    "currency" TEXT NOT NULL DEFAULT '',
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT,
    CONSTRAINT "NetworkReport_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeliveryRollup" (
    "bucket" DATETIME NOT NULL,
    "networkId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,
    "revenueMicros" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("bucket", "networkId", "eventName", "status", "currency")
);

-- CreateTable
CREATE TABLE "AttributionRollup" (
    "bucket" DATETIME NOT NULL,
    "networkSlug" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,
    "revenueMicros" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("bucket", "networkSlug", "eventName", "currency")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL DEFAULT 'warning',
    "message" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "notifiedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WorkerHeartbeat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hostname" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    "stats" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "ReplayJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT,
    "filter" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'running',
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" TEXT NOT NULL DEFAULT '{}'
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

