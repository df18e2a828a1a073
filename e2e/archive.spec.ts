import { strToU8, zipSync } from "fflate";
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

  await page.goto("/compose?prospect=" + new URL(page.url()).pathname.split("/").pop());
  await expect(page.getByTestId("thread").locator('li[data-kind="message"]').first()).toContainText(/Ready to send|Revise|Do not send/);

  // what gets replies, per rule, without typing anything
  await page.goto("/insights");
  await expect(page.getByTestId("insights-total")).toContainText("sent messages");
  await expect(page.getByTestId("insights-rules").locator("tr[data-rule-id]")).toHaveCount(14);
  await expectAccessible(page);
});

test("rows the archive import leaves out are listed in words, with file, line and column", async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1:3100" }]);
  await page.goto("/import");
  const own = "https://www.linkedin.com/in/mara-lindqvist";
  const connections = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Kurt,Kurz,https://www.linkedin.com/in/kurt-kurz,,Kurz AG,CTO,12 Mar 2024",
    `${"F".repeat(100)},${"L".repeat(100)},https://www.linkedin.com/in/long-name,,Lang AG,CEO,12 Mar 2024`,
  ].join("\n");
  const messages = [
    "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER",
    `conv-k,Mara Lindqvist,${own},Kurt Kurz,https://www.linkedin.com/in/kurt-kurz,2026-03-02 09:00:00 UTC,"Hi Kurt,\n\nyour post on onboarding churn rang true. Worth a chat?",INBOX`,
    `conv-k,Mara Lindqvist,${own},Kurt Kurz,https://www.linkedin.com/in/kurt-kurz,not a date,"Hi again",INBOX`,
  ].join("\n");
  const zip = zipSync({ "Connections.csv": strToU8("\uFEFF" + connections), "messages.csv": strToU8("\uFEFF" + messages) });
  await page.getByLabel("Archive (ZIP) or CSV file").setInputFiles({ name: "archive.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
  await page.getByLabel("Your LinkedIn profile URL").fill(own);
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByTestId("archive-result");
  await expect(result).toContainText("Imported 1 new prospect,", { timeout: 60_000 });
  await result.getByText("2 rows could not be read").click();
  // the line as an editor shows it: LinkedIn's notes and the lines of a multi-line message count
  await expect(result.getByText("messages.csv, line 5, column “DATE”: The date cannot be read.", { exact: true })).toBeVisible();
  await expect(result.getByText("Connections.csv, line 6: The name from “First Name + Last Name” is longer than 200 characters.", { exact: true })).toBeVisible();
  await expect(result).not.toContainText("date_invalid");
  await expectAccessible(page);
});

test("a row with several problems is listed with each of them, and a cut list says how many more problems there are", async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1:3100" }]);
  await page.goto("/import");
  // 40 rows with three problems each: 120 problems, of which the page lists 100
  const connections = [
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Kurt,Kurz,https://www.linkedin.com/in/kurt-kurz,,Kurz AG,CTO,12 Mar 2024",
    ...Array.from({ length: 40 }, (_, i) => `Row,${i},not a profile,,${"c".repeat(301)},${"p".repeat(301)},12 Mar 2024`),
  ].join("\n");
  await page.getByLabel("Archive (ZIP) or CSV file").setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(connections) });
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByTestId("archive-result");
  await expect(result).toContainText("Imported 1 new prospect,", { timeout: 60_000 });
  await result.getByText("40 rows could not be read").click();
  for (const sentence of [
    "Connections.csv, line 3: Column “Position” is longer than 300 characters.",
    "Connections.csv, line 3: Column “Company” is longer than 300 characters.",
    "Connections.csv, line 3, column “URL”: Not a LinkedIn profile URL.",
  ])
    await expect(result.getByText(sentence, { exact: true })).toBeVisible();
  await expect(result.getByRole("listitem")).toHaveCount(100);
  await expect(result.getByTestId("archive-more-problems")).toHaveText("… and 20 more problems");
  await expectAccessible(page);
});
