-- AlterTable
ALTER TABLE "Network" ADD COLUMN "archivedAt" DATETIME;

