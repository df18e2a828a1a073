import { expect, test, type Page } from "@playwright/test";
import { createProspect, signUp } from "./helpers";

// The bad inputs of security.md ("Reliability") in the browser: markup and javascript: links in
// notes fire nothing, invisible characters are marked in the editor and flagged, emoji sequences
// survive rendering and highlighting, and odd query strings never break a page.

const labels = { name: "Name", role: "Role or headline", company: "Company", notes: "Research notes (one per line)", submit: "Add prospect" };

/** Counts every dialog (alert, confirm, prompt) in any page of the context, and dismisses it. */
async function watchDialogs(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.context().on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // the watcher sees a real alert (an empty list at the end means something)
  await page.goto("/compose");
  await page.evaluate(() => alert("probe"));
  expect(dialogs).toEqual(["probe"]);
  dialogs.length = 0;
  return dialogs;
}

test.beforeEach(async ({ page }) => {
  await signUp(page);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1:3100" }]);
  // links in notes lead outside: answer them here instead of from the internet
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "outside" }));
});

test("HTML and javascript: links in research notes are shown as text and fire nothing", async ({ page }) => {
  const dialogs = await watchDialogs(page);
  const markup = "<img src=x onerror=alert(1)> <script>alert(2)</script>";
  await createProspect(page, { name: "Hanna Markup", role: "CTO", company: "Tagwerk", notes: markup }, labels);

  // a note with links that would run script, and a javascript: source URL, which the form refuses
  const links = '[the case study](javascript:alert(3)) <a href="javascript:alert(3)">case study</a> javascript:alert(3) 👩‍👩‍👧';
  await page.getByLabel("Note", { exact: true }).fill(links);
  await page.getByLabel("Source URL (optional)").fill("javascript:alert(4)");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Use an http or https address.")).toBeVisible();
  await expect(page.getByTestId("note")).toHaveCount(1);
  await page.getByLabel("Source URL (optional)").fill("https://example.com/post?x=<script>alert(5)</script>");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note")).toHaveCount(2);

  await page.reload();
  const notes = page.getByTestId("note");
  await expect(notes.filter({ hasText: markup })).toHaveCount(1);
  await expect(notes.filter({ hasText: links })).toHaveCount(1);
  await expect(notes.locator("img, script, iframe, object, embed")).toHaveCount(0);
  // only the http(s) source URL is a link; every link on the page is http(s) or the app's own
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]')).toHaveCount(0);
  const protocols = await page.locator("a[href]").evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).protocol))]);
  expect(protocols.every((p) => p === "http:" || p === "https:")).toBe(true);

  // click every link and every piece of text in the notes area
  const noteLinks = notes.locator("a");
  expect(await noteLinks.count()).toBe(1);
  for (let i = 0; i < (await noteLinks.count()); i++) {
    const popup = page.waitForEvent("popup");
    await noteLinks.nth(i).click();
    await (await popup).close();
  }
  await notes.getByText(markup).click();
  await notes.getByText(links).click();
  await page.waitForTimeout(500); // an onerror or a timer would have fired by now

  // the same notes feed the compose page's checks
  await page.getByRole("link", { name: "Write a message" }).first().click();
  await expect(page).toHaveURL(/\/compose\?prospect=/);
  await page.getByLabel("Message", { exact: true }).fill("Hi Hanna, your note on <script>alert(6)</script> rang true. Worth a chat?");
  await expect(page.locator('li[data-rule-id="relevance"]')).toBeVisible();
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test("zero-width and bidi control characters are marked in the editor and flagged by the checklist", async ({ page }) => {
  const dialogs = await watchDialogs(page);
  await createProspect(page, { name: "Anna Schmidt", role: "Head of Payroll", company: "Lohnwerk", notes: "Posted about payroll errors in March" }, labels);
  await page.getByRole("link", { name: "Write a message" }).first().click();
  await expect(page).toHaveURL(/\/compose\?prospect=/);

  const body = "Hi Anna, your post on pay\u200broll errors rang true. The numbers are in invoice\u202Efdp.exe. Worth a chat?";
  const editor = page.getByLabel("Message", { exact: true });
  await editor.fill(body);
  const links = page.locator('li[data-rule-id="links"]');
  await expect(links).toHaveAttribute("data-status", "fail");
  await expect(links).toContainText("U+200B");
  await expect(links).toContainText("U+202E");
  await expect(page.getByTestId("verdict").first()).toHaveAttribute("data-verdict", "block");

  // each invisible character has a mark of its own, outlined so that it takes up no room and still shows
  const marks = page.locator('mark[data-invisible][data-rule-ids~="links"]');
  await expect(marks).toHaveCount(2);
  const shown = await marks.evaluateAll((ms) =>
    ms.map((m) => {
      const style = getComputedStyle(m);
      const box = m.getBoundingClientRect();
      return { text: m.textContent, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), height: box.height };
    }),
  );
  expect(shown.map((s) => s.text)).toEqual(["\u200b", "\u202E"]);
  for (const s of shown) {
    expect(s.outline).toBe("solid");
    expect(s.width).toBeGreaterThanOrEqual(2);
    expect(s.height).toBeGreaterThan(0);
  }

  // saved and opened again, the characters are still there and still marked
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("drafts").locator("li")).toHaveCount(1);
  await page.getByTestId("drafts").getByRole("link", { name: "Open" }).click();
  await expect(editor).toHaveValue(body);
  await expect(marks).toHaveCount(2);
  expect(dialogs).toEqual([]);
});

test("emoji and ZWJ sequences render whole in notes, drafts and highlights", async ({ page }) => {
  const family = "👩‍👩‍👧";
  const note = `Family trip ${family} with 🧑🏻‍💻 laptop, 🏳️‍🌈 flag and 🇩🇪 team`;
  await createProspect(page, { name: `Anna ${family} Schmidt`, role: "Head of Payroll", company: "Lohnwerk", notes: note }, labels);
  await expect(page.getByTestId("note")).toHaveText(new RegExp(note.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await page.getByRole("link", { name: "Write a message" }).first().click();

  // a ZWJ inside an emoji is not a hidden character; findings next to emoji keep them whole
  const body = `Hi {{first_name}} 👋🏽, your family trip ${family} post rang true 🧑🏻‍💻. See bit.ly/x${family} Worth a chat? 🙂`;
  const editor = page.getByLabel("Message", { exact: true });
  await editor.fill(body);
  await expect(page.locator('li[data-rule-id="placeholder"]')).toHaveAttribute("data-status", "fail");
  await expect(page.locator('li[data-rule-id="links"]')).toContainText("bit.ly");
  await expect(page.locator("mark[data-invisible]")).toHaveCount(0);
  const highlights = page.getByTestId("highlights");
  // the backdrop holds exactly the message (plus its trailing zero-width space), every piece well-formed
  await expect.poll(() => highlights.evaluate((el) => el.textContent)).toBe(`${body}\u200b`);
  await expect(highlights.locator('mark[data-rule-ids~="placeholder"]')).toHaveCount(1);
  const pieces = await highlights.locator("mark, span").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  for (const piece of pieces) expect(piece.isWellFormed(), JSON.stringify(piece)).toBe(true);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("drafts").locator("li")).toHaveCount(1);
  await page.getByTestId("drafts").getByRole("link", { name: "Open" }).click();
  await expect(editor).toHaveValue(body);
});

test("odd query strings and ids never break a page", async ({ page }) => {
  const dialogs = await watchDialogs(page);
  const urls = [
    "/prospects?q=%00",
    "/prospects?q=%ED%A0%80", // a lone surrogate, UTF-8 encoded
    "/prospects?q=%FF%FE",
    "/prospects?q=%25",
    "/prospects?q=%27%3B%20DROP%20TABLE%20%22Prospect%22%3B%20--",
    `/prospects?q=${"x".repeat(5_000)}`,
    "/prospects?page=-1&sort=__proto__&__proto__=1&constructor=prototype&q=a&q=b",
    "/prospects?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/prospects/%00",
    "/prospects/%EF%BF%BD",
    "/prospects/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "/prospects/%27%3B%20DROP%20TABLE%20%22Prospect%22%3B%20--/export",
    "/compose?draft=%00&prospect=%27%20OR%201%3D1",
    "/compose?channel=__proto__&draft=%ED%A0%80",
    "/dashboard?period=%00&rep=%ED%A0%80&channel=%3Cscript%3E",
    "/insights?rep=%00",
  ];
  for (const url of urls) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(500);
    if (url.endsWith("/export")) continue; // a JSON download: 404 for an id that is none
    await expect(page.locator("main#main"), url).toBeVisible();
    await expect(page.getByText("This page could not be loaded."), url).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
});

// Next.js 16 answers a dynamic segment that does not decode as UTF-8 with 500 in production, before
// any of the app's code runs (vercel/next.js#92527); proxy.ts answers 400 first
test("a path that is not valid percent-encoded UTF-8 gets 400, not a 500", async ({ request }) => {
  for (const url of ["/prospects/%ED%A0%80", "/prospects/%ZZ", "/prospects/x%C3/export", "/invite/%FF", "/api/auth/%FF", "/api/auth/get-session%ZZ"]) {
    expect((await request.get(url)).status(), url).toBe(400);
  }
  expect((await request.get("/api/auth/get-session")).status()).toBe(200);
});
