-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "archivedAt" TIMESTAMP(3);

