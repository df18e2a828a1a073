-- AlterTable
ALTER TABLE "Message" ADD COLUMN "externalId" TEXT;

-- AlterTable
ALTER TABLE "Reply" ADD COLUMN "externalId" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retentionMonths" INTEGER,
    "keepReplyTexts" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_Workspace" ("createdAt", "id", "name", "retentionMonths") SELECT "createdAt", "id", "name", "retentionMonths" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Message_workspaceId_externalId_key" ON "Message"("workspaceId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Reply_externalId_key" ON "Reply"("externalId");

