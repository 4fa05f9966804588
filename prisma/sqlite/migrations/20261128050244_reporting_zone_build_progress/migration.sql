-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReportingTimeZone" (
    "tz" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" DATETIME,
    "builtBefore" DATETIME,
    "builtDays" INTEGER NOT NULL DEFAULT 0,
    "totalDays" INTEGER NOT NULL DEFAULT 0,
    "stepAt" DATETIME
);
INSERT INTO "new_ReportingTimeZone" ("createdAt", "readyAt", "tz") SELECT "createdAt", "readyAt", "tz" FROM "ReportingTimeZone";
DROP TABLE "ReportingTimeZone";
ALTER TABLE "new_ReportingTimeZone" RENAME TO "ReportingTimeZone";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

