-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN "retentionMonths" INTEGER;

-- CreateTable
CREATE TABLE "ProspectTag" (
    "prospectId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("prospectId", "tag"),
    CONSTRAINT "ProspectTag_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadList_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadListMember" (
    "listId" TEXT NOT NULL,
    "prospectId" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("listId", "prospectId"),
    CONSTRAINT "LeadListMember_listId_fkey" FOREIGN KEY ("listId") REFERENCES "LeadList" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LeadListMember_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Touchpoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "prospectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Touchpoint_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Touchpoint_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Suppression" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "urlHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Suppression_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Prospect" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "company" TEXT NOT NULL DEFAULT '',
    "profileUrl" TEXT,
    "location" TEXT NOT NULL DEFAULT '',
    "language" TEXT,
    "formOfAddress" TEXT,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "collectedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastTouchAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Prospect_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Prospect" ("company", "createdAt", "id", "language", "name", "profileUrl", "role", "updatedAt", "workspaceId") SELECT "company", "createdAt", "id", "language", "name", "profileUrl", "role", "updatedAt", "workspaceId" FROM "Prospect";
DROP TABLE "Prospect";
ALTER TABLE "new_Prospect" RENAME TO "Prospect";
CREATE INDEX "Prospect_workspaceId_name_idx" ON "Prospect"("workspaceId", "name");
CREATE INDEX "Prospect_workspaceId_company_idx" ON "Prospect"("workspaceId", "company");
CREATE INDEX "Prospect_workspaceId_lastTouchAt_idx" ON "Prospect"("workspaceId", "lastTouchAt");
CREATE INDEX "Prospect_workspaceId_updatedAt_idx" ON "Prospect"("workspaceId", "updatedAt");
CREATE UNIQUE INDEX "Prospect_workspaceId_profileUrl_key" ON "Prospect"("workspaceId", "profileUrl");
CREATE TABLE "new_ResearchNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prospectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'other',
    "text" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "notedOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResearchNote_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ResearchNote" ("createdAt", "id", "kind", "notedOn", "prospectId", "sourceUrl", "text") SELECT "createdAt", "id", "kind", "notedOn", "prospectId", "sourceUrl", "text" FROM "ResearchNote";
DROP TABLE "ResearchNote";
ALTER TABLE "new_ResearchNote" RENAME TO "ResearchNote";
CREATE INDEX "ResearchNote_prospectId_idx" ON "ResearchNote"("prospectId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProspectTag_tag_idx" ON "ProspectTag"("tag");

-- CreateIndex
CREATE UNIQUE INDEX "LeadList_workspaceId_name_key" ON "LeadList"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "LeadListMember_prospectId_idx" ON "LeadListMember"("prospectId");

-- CreateIndex
CREATE INDEX "Touchpoint_prospectId_at_idx" ON "Touchpoint"("prospectId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Suppression_workspaceId_urlHash_key" ON "Suppression"("workspaceId", "urlHash");

