import { expect, test } from "@playwright/test";
import { buildArchiveFixture } from "../lib/import/archive-fixture";
import { expectAccessible, signUp } from "./helpers";

// every test signs up a fresh user: a workspace of its own
test.beforeEach(async ({ page }) => {
  await signUp(page);
});

test("a new user uploads a LinkedIn archive and sees prospects, threads with verdicts and reply rates", async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1:3100" }]);
  await page.goto("/import");
  await expectAccessible(page);
  const { zip } = buildArchiveFixture({ conversations: 30, messagesPerConversation: 4 });
  await page.getByLabel("Archive (ZIP) or CSV file").setInputFiles({ name: "Basic_LinkedInDataExport_11-25-2026.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByTestId("archive-result");
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText("Imported 31 new prospects");

  // prospects from Connections.csv, with their thread and the verdict each message had
  await page.goto("/prospects?q=Person7");
  await page.getByTestId("prospect-list").getByRole("link", { name: "Person7 Example" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Person7 Example" })).toBeVisible();
  await expect(page.getByText("your post on onboarding stalls").first()).toBeVisible();

  await page.goto("/compose?prospect=" + page.url().split("/").pop());
  await expect(page.getByTestId("thread").locator('li[data-kind="message"]').first()).toContainText(/Ready to send|Revise|Do not send/);

  // what gets replies, per rule, without typing anything
  await page.goto("/insights");
  await expect(page.getByTestId("insights-total")).toContainText("sent messages");
  await expect(page.getByTestId("insights-rules").locator("tr[data-rule-id]")).toHaveCount(14);
  await expectAccessible(page);
});
