-- CreateTable
CREATE TABLE "MessageCheck" (
    "messageId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL,

    PRIMARY KEY ("messageId", "ruleId"),
    CONSTRAINT "MessageCheck_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MessageWeekStat" (
    "workspaceId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "send" INTEGER NOT NULL DEFAULT 0,
    "revise" INTEGER NOT NULL DEFAULT 0,
    "block" INTEGER NOT NULL DEFAULT 0,
    "massTemplate" INTEGER NOT NULL DEFAULT 0,
    "scores" TEXT NOT NULL DEFAULT '{}',
    "replied" TEXT NOT NULL DEFAULT '{}',
    "rules" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("workspaceId", "week", "authorId", "channel", "language"),
    CONSTRAINT "MessageWeekStat_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowUpStreak" (
    "prospectId" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "unanswered" INTEGER NOT NULL,
    "lastSentAt" DATETIME NOT NULL,
    CONSTRAINT "FollowUpStreak_prospectId_fkey" FOREIGN KEY ("prospectId") REFERENCES "Prospect" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUpStreak_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MessageCheck_workspaceId_ruleId_status_sentAt_idx" ON "MessageCheck"("workspaceId", "ruleId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "FollowUpStreak_workspaceId_lastSentAt_idx" ON "FollowUpStreak"("workspaceId", "lastSentAt");

