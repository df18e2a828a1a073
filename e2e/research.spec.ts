import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createProspect, expectAccessible, signUp } from "./helpers";

// every test signs up a fresh user: a workspace of its own
test.beforeEach(async ({ page }) => {
  await signUp(page);
});

const labels = { name: "Name", role: "Role or headline", company: "Company", notes: "Research notes (one per line)", submit: "Add prospect" };

test.beforeEach(async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1:3100" }]);
});

test("from research notes to a message whose relevance check uses them", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await createProspect(page, { name: "Priya Raman", role: "Head of Customer Success", company: "Lumenfold", notes: "" }, labels);

  // a note, rendered as text: markup in it does nothing
  await page.getByLabel("Note", { exact: true }).fill("Posted about onboarding stalls in week two <img src=x onerror=alert(1)>");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note")).toContainText("onboarding stalls in week two <img src=x onerror=alert(1)>");
  // a touchpoint: commented on her post
  await page.locator('button[data-touch="commented"]').click();
  await expect(page.getByTestId("touchpoints")).toContainText("Commented");
  await expectAccessible(page);
  expect(dialogs).toBe(0);

  await page.getByRole("link", { name: "Write a message" }).first().click();
  await expect(page).toHaveURL(/\/compose\?prospect=/);
  const editor = page.getByLabel("Message", { exact: true });
  await editor.fill("Hi Priya, your post about onboarding stalls in week two rang true. A 14-day milestone check halved early churn at two SaaS teams. Connect?");
  await page.getByLabel("Channel").selectOption("connection-note");
  await expect(page.locator('li[data-rule-id="relevance"]')).toHaveAttribute("data-status", "pass");
  await expect(page.locator('li[data-rule-id="relevance"]')).toContainText("onboarding");

  // a claim that no note backs is flagged: a warning next to research the notes do back …
  await editor.fill("Hi Priya, your post about hiring ten engineers in Lisbon rang true, as did the onboarding stalls in week two. Happy to share what worked elsewhere. Connect?");
  await expect(page.locator('li[data-rule-id="relevance"]')).toHaveAttribute("data-status", "warn");
  await expect(page.locator('mark[data-rule-ids~="relevance"]')).toHaveCount(1);
  // … and a failure where nothing of the notes is used
  await editor.fill("Hi Priya, your post about hiring ten engineers in Lisbon rang true. Happy to share what worked elsewhere. Connect?");
  await expect(page.locator('li[data-rule-id="relevance"]')).toHaveAttribute("data-status", "fail");
  await expect(page.locator('mark[data-rule-ids~="relevance"]')).toHaveCount(1);
});

test("CSV import with preview, then export, erase and objection", async ({ page }) => {
  await page.goto("/prospects/import");
  await expectAccessible(page);
  const csv = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Jana,Köhler,https://www.linkedin.com/in/jana-koehler,,Radwerk Mobility,Head of Growth,12 Mar 2019",
    "Felix,Brandt,https://www.linkedin.com/in/felix-brandt,,=HYPERLINK(1),CTO,01 Feb 2020",
    ",,https://www.linkedin.com/in/nobody,,X,,",
    `Olaf,Overlong,https://www.linkedin.com/in/olaf-overlong,,Okay AG,${"x".repeat(301)},01 Feb 2020`,
  ].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + csv) });
  await expect(page.getByTestId("import-counts")).toContainText("2 new");
  await expect(page.getByTestId("import-counts")).toContainText("2 with errors");
  // the rows with errors, in words: the over-long cell names its column and the limit
  await page.getByText("Rows with errors (not imported)").click();
  // the line as an editor shows it: the notes, the blank line and the header come first
  await expect(page.getByText("Line 7: No name.", { exact: true })).toBeVisible();
  await expect(page.getByText("Line 8: Column “Position” is longer than 300 characters.", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByTestId("import-done")).toContainText("2 new");

  await page.goto("/prospects?q=K%C3%B6hler");
  await expect(page.getByTestId("prospect-list")).toContainText("Jana Köhler");
  const download = page.waitForEvent("download");
  await page.goto("/prospects");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, "utf8");
  expect(exported).toContain("'=HYPERLINK(1)");

  // objection: erased and suppressed, so the same import cannot bring it back
  await page.goto("/prospects?q=Felix");
  await page.getByTestId("prospect-list").getByRole("link", { name: "Felix Brandt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Felix Brandt" })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Objection: erase and never re-add" }).click();
  await expect(page).toHaveURL(/\/prospects$/);
  await page.goto("/prospects/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("import-counts")).toContainText("1 suppressed");
});
