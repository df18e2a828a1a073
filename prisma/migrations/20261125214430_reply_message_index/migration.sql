-- CreateIndex
CREATE INDEX "Reply_messageId_idx" ON "Reply"("messageId");

