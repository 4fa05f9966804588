-- AlterTable
ALTER TABLE "ReportingTimeZone" ADD COLUMN     "builtBefore" TIMESTAMP(3),
ADD COLUMN     "builtDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stepAt" TIMESTAMP(3),
ADD COLUMN     "totalDays" INTEGER NOT NULL DEFAULT 0;

