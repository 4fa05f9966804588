-- CreateTable
CREATE TABLE "ReportingTimeZone" (
    "tz" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" TIMESTAMP(3),

    CONSTRAINT "ReportingTimeZone_pkey" PRIMARY KEY ("tz")
);

-- CreateTable
CREATE TABLE "DeliveryRollupDay" (
    "tz" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT '',
    "delivered" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "filtered" INTEGER NOT NULL DEFAULT 0,
    "expired" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "sentMicros" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DeliveryRollupDay_pkey" PRIMARY KEY ("tz","day","networkId","eventName","currency")
);

-- CreateTable
CREATE TABLE "AttributionRollupDay" (
    "tz" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "networkSlug" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,
    "revenueMicros" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AttributionRollupDay_pkey" PRIMARY KEY ("tz","day","networkSlug","eventName","currency")
);


-- Every install keeps daily totals in UTC, the reconciliation default; they are built from the buckets at start (lib/cli/prepare.ts).
INSERT INTO "ReportingTimeZone" ("tz") VALUES ('UTC');
