import { readFileSync } from "node:fs";
import { expect, test, type Page, type Route } from "@playwright/test";
import { createProspect, expectAccessible, holdServerActions, signUp } from "./helpers";

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
  // every column of the preview has a name, the arrow's too
  await expect(page.getByRole("columnheader", { name: "What happens to the row" })).toBeVisible();
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
  // back on the list as it was left
  await expect(page).toHaveURL(/\/prospects\?q=Felix$/);
  await page.goto("/prospects/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("import-counts")).toContainText("1 suppressed");
});

/** Every server action call fails on the way from now on (a server action is a POST with a Next-Action header). */
async function goOffline(page: Page): Promise<() => Promise<void>> {
  const offline = (route: Route) => (route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.continue());
  await page.route("**/*", offline);
  return () => page.unroute("**/*", offline);
}

const kept = "The server could not be reached. What you entered is still here; try again in a moment.";

test("a note, touchpoint, new prospect, invitation or reply that cannot reach the server is a notice, and what was typed stays", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await createProspect(page, { name: "Nora Funkloch", role: "COO", company: "Funkloch GmbH", notes: "" }, labels);
  const notes = page.locator("section").filter({ has: page.getByRole("heading", { name: "Research notes" }) });
  const touchpoints = page.locator("section").filter({ has: page.getByRole("heading", { name: "Touchpoints" }) });

  let online = await goOffline(page);
  // a research note: the form keeps its text …
  const note = page.getByLabel("Note", { exact: true });
  await note.fill("Spoke at Logimat about picking errors");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(kept)).toBeVisible();
  await expect(note).toHaveValue("Spoke at Logimat about picking errors");
  // … a touchpoint (the panels' shared useAction) is a notice too, and the page is still the prospect
  await page.locator('button[data-touch="viewed-profile"]').click();
  await expect(touchpoints.getByText(kept)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Nora Funkloch" })).toBeVisible();
  // back online, the same click works
  await online();
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note")).toContainText("Spoke at Logimat about picking errors");

  // a new prospect: the form keeps its fields
  await page.goto("/prospects");
  const create = page.locator("form").filter({ has: page.getByRole("heading", { name: "Add prospect" }) });
  await create.getByLabel("Name", { exact: true }).fill("Otto Offline");
  await create.getByLabel("Company", { exact: true }).fill("Ohne Netz AG");
  online = await goOffline(page);
  await create.getByRole("button", { name: "Add prospect" }).click();
  await expect(create.getByText(kept)).toBeVisible();
  await expect(create.getByLabel("Name", { exact: true })).toHaveValue("Otto Offline");
  await expect(create.getByLabel("Company", { exact: true })).toHaveValue("Ohne Netz AG");
  await online();

  // an invitation link (the new user is the admin of a workspace of their own)
  await page.goto("/members");
  online = await goOffline(page);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The server could not be reached. Try again in a moment." })).toBeVisible();
  await online();

  // a reply logged on the compose page: the reply and the message being written stay
  await page.goto("/prospects");
  await page.getByTestId("prospect-list").getByRole("link", { name: "Nora Funkloch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nora Funkloch" })).toBeVisible();
  await page.getByRole("link", { name: "Write a message" }).first().click();
  await expect(page).toHaveURL(/\/compose\?prospect=/);
  const editor = page.getByLabel("Message", { exact: true });
  await editor.fill("Hi Nora, your Logimat talk on picking errors stuck with me. Would a short write-up help?");
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  const thread = page.getByTestId("thread");
  await expect(thread.locator('li[data-kind="message"]')).toHaveCount(1);
  await expect(editor).toHaveValue("");
  const followUp = "Hi Nora, one more thought on picking errors: a two-minute check per shift caught most of them at a similar site.";
  await editor.fill(followUp);
  await thread.getByRole("button", { name: "Log reply" }).click();
  await thread.getByLabel("Reply (optional)").fill("Sounds good, tell me more.");
  online = await goOffline(page);
  await thread.getByRole("button", { name: "Log reply" }).click();
  await expect(thread.getByText(kept)).toBeVisible();
  await expect(thread.getByLabel("Reply (optional)")).toHaveValue("Sounds good, tell me more.");
  await expect(editor).toHaveValue(followUp);
  await online();
  await thread.getByRole("button", { name: "Log reply" }).click();
  await expect(thread.locator('li[data-kind="reply"]')).toHaveCount(1);
  await expect(editor).toHaveValue(followUp);
});

test.describe("dates in the user's time zone", () => {
  // UTC+14: for 14 hours of every day its date is the day after the UTC date, what the server runs on
  test.use({ timezoneId: "Pacific/Kiritimati" });

  test("touchpoints, the list and the privacy panel show the browser's day; a note's date is a formatted calendar date", async ({ page, context }) => {
    await createProspect(page, { name: "Kiri Timati", role: "CFO", company: "Line Islands Ltd", notes: "" }, labels);
    // the browser told the server its zone, once
    await expect.poll(async () => (await context.cookies()).find((c) => c.name === "tz")?.value).toBe("Pacific/Kiritimati");
    const today = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "Pacific/Kiritimati" }).format(new Date());

    await page.locator('button[data-touch="viewed-profile"]').click();
    await expect(page.getByTestId("touchpoints")).toContainText(today);
    await expect(page.getByText(`collected ${today}`)).toBeVisible();
    await page.getByLabel("Note", { exact: true }).fill("Keynote on treasury automation");
    await page.getByLabel("Date (optional)").fill("2024-11-03");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByTestId("note")).toContainText("Nov 3, 2024");
    await expect(page.getByTestId("note")).not.toContainText("2024-11-03");

    await page.goto("/prospects");
    await expect(page.getByTestId("prospect-list").locator("li").filter({ hasText: "Kiri Timati" })).toContainText(today);
  });
});

test("the CSV import's column mapping keeps each change at once, however quick, and the preview follows all of them", async ({ page }) => {
  await page.goto("/prospects/import");
  const csv = ["First Name,Last Name,URL,Company,Position", "Jana,Köhler,https://www.linkedin.com/in/jana-koehler,Radwerk Mobility,Head of Growth"].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("import-counts")).toContainText("1 new");
  const row = page.locator('tr[data-action="create"]');
  await expect(row).toContainText("Radwerk Mobility");

  // a slow server: no server action answers until the page has been checked
  const server = await holdServerActions(page);
  const company = page.getByRole("combobox", { name: "Company", exact: true });
  const role = page.getByRole("combobox", { name: "Role", exact: true });
  const commit = page.getByRole("button", { name: "Import 1 row" });
  await company.selectOption({ label: "— not imported —" });
  // shown at once, not when the server has answered
  await expect(company).toHaveValue("");
  await role.selectOption({ label: "— not imported —" });
  await expect(role).toHaveValue("");
  await expect(company).toHaveValue("");
  // no import from a preview of another mapping
  await expect(commit).toBeDisabled();
  server.release();

  // the preview is of both changes, and neither select snapped back
  await expect(row).not.toContainText("Radwerk Mobility");
  await expect(commit).toBeEnabled();
  await expect(company).toHaveValue("");
  await expect(role).toHaveValue("");
  await commit.click();
  await expect(page.getByTestId("import-done")).toContainText("1 new");
  await page.goto("/prospects?q=K%C3%B6hler");
  await expect(page.getByTestId("prospect-list").locator("li").filter({ hasText: "Jana Köhler" })).not.toContainText("Radwerk");
});

test("a prospect's page leads back to the list as it was left: search, filters and sorting", async ({ page }) => {
  await createProspect(page, { name: "Bea Zurück", role: "CMO", company: "Rückweg", notes: "" }, labels);
  await page.goto("/prospects?q=Zur%C3%BCck&company=R%C3%BCckweg&sort=name");
  await page.getByTestId("prospect-list").getByRole("link", { name: "Bea Zurück" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bea Zurück" })).toBeVisible();
  await page.getByRole("link", { name: "All prospects" }).click();
  await expect(page).toHaveURL(/\/prospects\?q=Zur%C3%BCck&company=R%C3%BCckweg&sort=name$/);
  await expect(page.getByLabel("Search prospects")).toHaveValue("Zurück");
  await expect(page.getByTestId("prospect-list")).toContainText("Bea Zurück");

  // a crafted way back leads to the list, never elsewhere
  const id = (await page.getByTestId("prospect-list").getByRole("link", { name: "Bea Zurück" }).getAttribute("href"))!.split("?")[0];
  await page.goto(`${id}?back=${encodeURIComponent("//evil.example/")}`);
  await expect(page.getByRole("link", { name: "All prospects" })).toHaveAttribute("href", "/prospects");

  // a page past the end (its last prospect erased, an old link) is the last page, not "no prospects yet"
  await page.goto("/prospects?sort=name&page=7");
  await expect(page).toHaveURL(/\/prospects\?sort=name&page=1$/);
  await expect(page.getByTestId("prospect-list")).toContainText("Bea Zurück");
});

test("deleting a touchpoint asks first, inline, and runs once", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await createProspect(page, { name: "Tara Tipp", role: "CTO", company: "Klickfest AG", notes: "" }, labels);
  await page.locator('button[data-touch="reacted"]').click();
  const list = page.getByTestId("touchpoints");
  await expect(list.locator("li")).toHaveCount(1);
  const cross = list.getByRole("button", { name: /^Delete touchpoint: Reacted to a post, / });

  // ✕ asks, in the list; Cancel (focused) keeps the touchpoint
  await cross.click();
  const ask = list.getByRole("group", { name: "Really delete?" });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page);
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toHaveCount(0);
  await expect(list.locator("li")).toHaveCount(1);
  // so does Escape
  await cross.click();
  await page.keyboard.press("Escape");
  await expect(ask).toHaveCount(0);

  // a slow server: while the deletion runs, it cannot be sent again
  const server = await holdServerActions(page);
  await cross.click();
  const yes = ask.getByRole("button", { name: "Yes, delete" });
  await yes.click();
  await expect(yes).toBeDisabled();
  await yes.click({ force: true });
  server.release();
  await expect(page.getByTestId("touchpoints")).toHaveCount(0);
  expect(server.calls()).toBe(1);
  expect(dialogs).toBe(0);
});
