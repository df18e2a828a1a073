-- MessageCheck keeps the skipped checks of sent messages too (recordSentIn and the rebuild write
-- them from now on): the insights page counts a rule's passes as sent − raised − skipped instead of
-- reading every message's lint JSON. This fills them in for the messages sent before, from their
-- stored lint results. A row that is already there (a send by the new code) stays.
INSERT INTO "MessageCheck" ("messageId", "ruleId", "status", "workspaceId", "sentAt")
SELECT m."id", c.value ->> 'id', 'skip', m."workspaceId", m."sentAt"
FROM "Message" m, jsonb_array_elements(CAST(m."lintResult" AS jsonb) -> 'checks') AS c(value)
WHERE m."status" = 'sent' AND m."sentAt" IS NOT NULL AND c.value ->> 'status' = 'skip'
ON CONFLICT DO NOTHING;
