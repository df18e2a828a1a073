import { expect, test, type Page, type Route } from "@playwright/test";
import { createProspect, expectAccessible, holdServerActions, signUp } from "./helpers";

// every test signs up a fresh user: a workspace of its own
test.beforeEach(async ({ page }) => {
  await signUp(page);
});

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

interface Flow {
  locale: "en" | "de";
  labels: { name: string; role: string; company: string; notes: string; submit: string; write: string; message: string; copySend: string; logReply: string; replyText: string; save: string };
  prospect: { name: string; role: string; company: string; notes: string };
  bad: string;
  good: string;
  reply: string;
}

const flows: Flow[] = [
  {
    locale: "en",
    labels: { name: "Name", role: "Role or headline", company: "Company", notes: "Research notes (one per line)", submit: "Add prospect", write: "Write a message", message: "Message", copySend: "Copy and mark as sent", logReply: "Log reply", replyText: "Reply (optional)", save: "Save draft" },
    prospect: { name: "Anna Schmidt", role: "Head of Sales Operations", company: "Kontor GmbH", notes: "Posted about CRM data quality on 3 Nov" },
    bad: "Hi {{first_name}}, have a look: bit.ly/3abcd",
    good: "Hi Anna,\n\nyour post on CRM data quality stuck with me: duplicate accounts usually cost sales teams hours every week.\n\nAt a similar team we cut duplicates by 60% within two months by adding one validation step.\n\nWould a short write-up be useful?\n\nBest,\nMax",
    reply: "Yes please, send it over.",
  },
  {
    locale: "de",
    labels: { name: "Name", role: "Rolle oder Headline", company: "Unternehmen", notes: "Recherche-Notizen (eine pro Zeile)", submit: "Kontakt anlegen", write: "Nachricht schreiben", message: "Nachricht", copySend: "Kopieren und als gesendet markieren", logReply: "Antwort erfassen", replyText: "Antwort (optional)", save: "Entwurf speichern" },
    prospect: { name: "Thomas Gruber", role: "Leiter Einkauf", company: "Salzburger Landmaschinen AG", notes: "Kommentar zu Lieferzeiten bei Hydraulikteilen" },
    bad: "Hallo {{first_name}}, schauen Sie hier: bit.ly/3abcd",
    good: "Guten Tag Herr Gruber,\n\nIhr Beitrag zu den Lieferzeiten bei Hydraulikteilen ist mir hängen geblieben: Verzögerungen kosten viele Betriebe wochenlang Umsatz.\n\nEin Zweitlieferant hat die Lieferzeit bei zwei Landtechnik-Firmen von 14 auf 3 Wochen gesenkt.\n\nSoll ich Ihnen die Übersicht schicken?\n\nViele Grüße\nMax",
    reply: "Gern, schicken Sie sie mir.",
  },
];

async function useLocale(page: Page, locale: "en" | "de") {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: "http://127.0.0.1:3100" }]);
}

for (const flow of flows) {
  test(`draft, check, fix, send and log a reply (${flow.locale})`, async ({ page }) => {
    await useLocale(page, flow.locale);
    await createProspect(page, flow.prospect, flow.labels);
    await expectAccessible(page);
    await page.goto("/prospects");
    await expect(page.getByTestId("prospect-list")).toContainText(flow.prospect.name);
    await expectAccessible(page);
    await page.getByTestId("prospect-list").getByRole("link", { name: flow.prospect.name }).click();
    // wait for the detail page: until the navigation ends, the list's own "write" links are still there
    await expect(page.getByRole("heading", { level: 1, name: flow.prospect.name })).toBeVisible();
    await page.getByRole("link", { name: flow.labels.write }).click();
    await expect(page).toHaveURL(/\/compose\?prospect=/);

    const editor = page.getByLabel(flow.labels.message, { exact: true });
    await editor.fill(flow.bad);
    // findings are marked in place and listed, each with its rule id
    await expect(page.locator('mark[data-rule-id="placeholder"]')).toHaveCount(1);
    await expect(page.locator('mark[data-rule-ids~="links"]')).toHaveCount(1);
    await expect(page.locator('li[data-rule-id="placeholder"]')).toHaveAttribute("data-status", "fail");
    await expect(page.locator('li[data-rule-id="links"]')).toHaveAttribute("data-status", "fail");
    await expect(page.getByTestId("verdict").first()).toHaveAttribute("data-verdict", "block");
    // a failure's underline is wavy (a warning's dashed): not told apart by colour alone, and the legend says so
    await expect(page.locator('mark[data-rule-id="placeholder"]')).toHaveCSS("text-decoration-style", "wavy");
    await expect(page.getByTestId("highlight-legend").locator('[data-status="fail"] [aria-hidden="true"]')).toHaveCSS("text-decoration-style", "wavy");
    await expect(page.getByTestId("highlight-legend").locator('[data-status="warn"] [aria-hidden="true"]')).toHaveCSS("text-decoration-style", "dashed");
    await expectAccessible(page);

    // a draft survives a reload
    await page.getByRole("button", { name: flow.labels.save }).click();
    await expect(page.getByTestId("drafts").locator("li")).toHaveCount(1);

    await editor.fill(flow.good);
    await expect(page.locator("aside").getByTestId("verdict")).toHaveAttribute("data-verdict", "send");
    await expect(page.locator("mark[data-rule-id]")).toHaveCount(0);

    await page.getByRole("button", { name: flow.labels.copySend }).click();
    await expect(page.getByTestId("notice")).toBeVisible();
    const thread = page.getByTestId("thread");
    await expect(thread.locator('li[data-kind="message"]')).toHaveCount(1);
    await expect(editor).toHaveValue("");

    await thread.getByRole("button", { name: flow.labels.logReply }).click();
    await thread.getByLabel(flow.labels.replyText).fill(flow.reply);
    await thread.getByRole("button", { name: flow.labels.logReply }).click();
    await expect(thread.locator('li[data-kind="reply"]')).toHaveCount(1);

    // everything persisted: the thread after a reload
    await page.reload();
    await expect(page.getByTestId("thread").locator('li[data-kind="message"]')).toContainText(flow.good.split("\n")[0]);
    await expect(page.getByTestId("thread").locator('li[data-kind="reply"]')).toContainText(flow.reply);
    // the saved draft became the sent message: no draft is left over
    await expect(page.getByTestId("drafts")).toHaveCount(0);
    await expectAccessible(page);
  });
}

test("a one-click fix fills the merge field from the prospect", async ({ page }) => {
  await useLocale(page, "en");
  await createProspect(page, { name: "Lena Vogt", role: "COO", company: "Brightline", notes: "Spoke at Logimat about picking errors" }, flows[0].labels);
  await page.getByRole("link", { name: "Write a message" }).click();
  const editor = page.getByLabel("Message", { exact: true });
  await editor.fill("Hi {{first_name}}, your Logimat talk on picking errors was great. Connect?");
  await page.locator('li[data-rule-id="placeholder"]').getByRole("button", { name: "Apply fix" }).click();
  await expect(editor).toHaveValue("Hi Lena, your Logimat talk on picking errors was great. Connect?");
  // the keyboard stays in the message: the caret right after the inserted name
  await expect(editor).toBeFocused();
  expect(await editor.evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])).toEqual(["Hi Lena".length, "Hi Lena".length]);
  await expect(page.locator('li[data-rule-id="placeholder"]')).toHaveAttribute("data-status", "pass");
});

/** The compose page in English with one message typed and saved as a draft. */
async function withSavedDraft(page: Page) {
  await useLocale(page, "en");
  await page.goto("/compose");
  const editor = page.getByLabel("Message", { exact: true });
  const text = "Hi Lena, your Logimat talk on picking errors stuck with me. Would a short write-up help?";
  await editor.fill(text);
  await page.getByRole("button", { name: "Save draft" }).click();
  const drafts = page.getByTestId("drafts");
  await expect(drafts.locator("li")).toHaveCount(1);
  return { editor, text, drafts };
}

test("a save, send, delete or language switch that cannot reach the server is a notice, and the typed message stays", async ({ page }) => {
  const { editor, text, drafts } = await withSavedDraft(page);

  // every server action call fails on the way (a server action is a POST with a Next-Action header)
  const offline = (route: Route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.continue();
  await page.route("**/*", offline);
  const notice = page.getByTestId("notice");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(notice).toHaveText("The server could not be reached. Your message is kept here; try again in a moment.");
  await expect(editor).toHaveValue(text);
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  await expect(notice).toHaveText("The server could not be reached. Your message is kept here; try again in a moment.");
  await expect(editor).toHaveValue(text);
  await drafts.getByRole("button", { name: "Delete", exact: true }).click();
  await drafts.getByRole("button", { name: "Yes, delete" }).click();
  await expect(notice).toContainText("The draft could not be deleted.");
  await expect(drafts.locator("li")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: "Compose" })).toBeVisible();
  // switching the interface language cannot reach the server either: said next to the switch
  await page.getByTestId("locale-switch").selectOption("de");
  await expect(page.getByTestId("locale-switch-failed")).toHaveText("Not switched: the server could not be reached.");
  await expect(page.getByTestId("locale-switch")).toHaveValue("en");
  await expect(editor).toHaveValue(text);
  await expect(page.getByRole("heading", { level: 1, name: "Compose" })).toBeVisible();

  // back online, the same click works: the draft is recorded as sent, once
  await page.unroute("**/*", offline);
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  await expect(editor).toHaveValue("");
  await expect(page.getByTestId("drafts")).toHaveCount(0);
});

test("when the browser blocks the clipboard nothing is recorded: the text stays, selected, until it is marked as sent by hand", async ({ page }) => {
  const { editor, text, drafts } = await withSavedDraft(page);

  // the browser refuses to write to the clipboard (a denied permission, a policy, an insecure origin)
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, "writeText", { configurable: true, value: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) });
  });
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  const notice = page.getByTestId("notice");
  await expect(notice).toHaveAttribute("data-kind", "error");
  await expect(notice).toContainText("blocked copying");
  await expect(editor).toHaveValue(text);
  // selected, ready for Ctrl+C
  await expect(editor).toBeFocused();
  expect(await editor.evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])).toEqual([0, text.length]);
  await expect(drafts.locator("li")).toHaveCount(1);

  // copied by hand, then recorded: the saved draft becomes the sent message
  await notice.getByRole("button", { name: "Mark as sent" }).click();
  await expect(editor).toHaveValue("");
  await expect(notice).toHaveAttribute("data-kind", "ok");
  await expect(notice).toHaveText("Recorded as sent.");
  await expect(page.getByTestId("drafts")).toHaveCount(0);
});

test("in a message long enough to scroll, the highlights keep to the text", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/compose");
  const editor = page.getByLabel("Message", { exact: true });
  const highlights = page.getByTestId("highlights");
  // forty lines that wrap, and a finding on the last one
  const line = "At a similar team we cut duplicate accounts by sixty percent within two months by adding one validation step to the import.";
  await editor.fill(`Hi Anna,\n\n${Array.from({ length: 40 }, () => line).join("\n")}\n\nSee bit.ly/3abcd`);
  await expect(highlights.locator('mark[data-rule-ids~="links"]')).toHaveCount(1);
  await editor.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const layout = async () =>
    editor.evaluate((el) => {
      const layer = document.querySelector('[data-testid="highlights"]') as HTMLElement;
      return {
        gutters: [getComputedStyle(el).scrollbarGutter, getComputedStyle(layer).scrollbarGutter],
        widths: [el.clientWidth, layer.clientWidth],
        scrolled: [el.scrollTop, layer.scrollTop],
      };
    });
  // both keep room for a scrollbar, so they wrap lines alike whether or not one is shown, and scroll together
  await expect.poll(async () => (await layout()).scrolled[1]).toBeGreaterThan(0);
  const l = await layout();
  expect(l.gutters).toEqual(["stable", "stable"]);
  expect(l.widths[1]).toBe(l.widths[0]);
  expect(l.scrolled[1]).toBe(l.scrolled[0]);
  // a shorter text clamps the textarea's scroll position: the layer follows
  await editor.fill("Hi Anna, see bit.ly/3abcd");
  await expect.poll(async () => (await layout()).scrolled).toEqual([0, 0]);
});

test("the marks stay in place while the checks catch up with typing", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/compose");
  const editor = page.getByLabel("Message", { exact: true });
  const highlights = page.getByTestId("highlights");
  await editor.fill("Hi {{first_name}}, see bit.ly/3abcd");
  await expect(highlights.locator('mark[data-rule-ids~="placeholder"]')).toHaveCount(1);
  // count every moment the placeholder's mark is missing from the layer
  await highlights.evaluate((el) => {
    const w = window as unknown as { lost: number };
    w.lost = 0;
    new MutationObserver(() => {
      if (!el.querySelector('mark[data-rule-ids~="placeholder"]')) w.lost++;
    }).observe(el, { childList: true, subtree: true, characterData: true });
  });
  await editor.press("End");
  await editor.pressSequentially(" and tell me what you think", { delay: 30 });
  await expect(page.locator('li[data-rule-id="placeholder"]')).toHaveAttribute("data-status", "fail");
  await expect(highlights.locator('mark[data-rule-ids~="placeholder"]')).toHaveText("{{first_name}}");
  expect(await page.evaluate(() => (window as unknown as { lost: number }).lost)).toBe(0);
});

test("screen readers hear the verdict and score once, when typing pauses", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/compose");
  const editor = page.getByLabel("Message", { exact: true });
  const announcement = page.getByTestId("verdict-announcement");
  await expect(announcement).toHaveAttribute("aria-live", "polite");
  await expect(announcement).toHaveText("");
  // every change of the live region, as a screen reader would be told of it
  await announcement.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new MutationObserver(() => seen.push(el.textContent ?? "")).observe(el, { childList: true, characterData: true, subtree: true });
  });
  // the verdict and score change many times while this is typed
  // (in quick steps rather than key by key: a busy machine can stall between keys for longer than a pause)
  for (const step of ["Hi", "Hi {{first_name}},", "Hi {{first_name}}, see bit.ly/3abcd"]) await editor.fill(step);
  const verdict = page.locator("aside").getByTestId("verdict");
  await expect(verdict).toHaveAttribute("data-verdict", "block");
  const score = (await verdict.textContent())?.match(/Score (\d+)/)?.[1];
  expect(score).toBeDefined();
  await expect(announcement).toHaveText(`Verdict: Do not send, score ${score}`);
  expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).toEqual([`Verdict: Do not send, score ${score}`]);
});

test("unsaved text is not lost by leaving the page or opening a draft without asking", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/compose");
  const editor = page.getByLabel("Message", { exact: true });
  // would the browser ask before unloading the page?
  const asksBeforeUnload = () =>
    page.evaluate(() => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
  expect(await asksBeforeUnload()).toBe(false);
  const saved = "Hi Lena, your Logimat talk on picking errors stuck with me. Would a short write-up help?";
  await editor.fill(saved);
  await expect.poll(asksBeforeUnload).toBe(true);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("drafts").locator("li")).toHaveCount(1);
  await expect.poll(asksBeforeUnload).toBe(false);

  const edited = `${saved} Happy to send it over.`;
  await editor.fill(edited);
  await expect.poll(asksBeforeUnload).toBe(true);
  const open = page.getByTestId("drafts").getByRole("link", { name: "Open" });
  // declined: nothing happens, the text stays
  const declined = page.waitForEvent("dialog");
  const click = open.click();
  const question = await declined;
  expect(question.type()).toBe("confirm");
  expect(question.message()).toContain("not saved");
  await question.dismiss();
  await click;
  await expect(editor).toHaveValue(edited);
  await expect(page).not.toHaveURL(/draft=/);
  // signing out (a button that navigates in code) asks too; declined, nothing happens
  await page.getByTestId("user-menu").locator("summary").click();
  const signOutAsked = page.waitForEvent("dialog");
  const signOut = page.getByRole("button", { name: "Sign out" }).click();
  await (await signOutAsked).dismiss();
  await signOut;
  await expect(page).toHaveURL(/\/compose/);
  await expect(editor).toHaveValue(edited);
  // accepted: the draft opens as it was saved
  page.once("dialog", (d) => void d.accept());
  await open.click();
  await expect(page).toHaveURL(/\/compose\?draft=/);
  await expect(editor).toHaveValue(saved);
  expect(await asksBeforeUnload()).toBe(false);
});

test("sending or deleting the draft opened from the list keeps the editor: its notice, its prospect, the text not yet saved", async ({ page }) => {
  await useLocale(page, "en");
  const en = flows[0];
  await createProspect(page, en.prospect, en.labels);
  await page.getByRole("link", { name: en.labels.write }).click();
  await expect(page).toHaveURL(/\/compose\?prospect=/);
  const editor = page.getByLabel("Message", { exact: true });
  const picker = page.getByTestId("prospect-picker");
  const prospectId = await picker.inputValue();
  const drafts = page.getByTestId("drafts");
  const notice = page.getByTestId("notice");
  const first = "Hi Anna, your post on CRM data quality stuck with me. Would a short write-up help?";
  await editor.fill(first);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(drafts.locator("li")).toHaveCount(1);
  await drafts.getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(/\/compose\?draft=/);
  await expect(editor).toHaveValue(first);
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  await expect(notice).toContainText("recorded as sent");
  await expect(drafts).toHaveCount(0);
  // the page refreshed without the sent draft, and the editor stayed with its prospect
  await expect(page.getByTestId("thread").locator('li[data-kind="message"]')).toContainText(first);
  await expect(notice).toContainText("recorded as sent");
  await expect(picker).toHaveValue(prospectId);
  await expect(editor).toHaveValue("");
  await page.reload();
  await expect(picker).toHaveValue(prospectId);

  // deleting the open draft keeps the text typed since its save
  const second = "Hi Anna, one more thought on duplicate accounts. Would a checklist help?";
  await editor.fill(second);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(drafts.locator("li")).toHaveCount(1);
  await drafts.getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(/\/compose\?draft=/);
  await editor.fill(`${second} Edited.`);
  await drafts.getByRole("button", { name: "Delete", exact: true }).click();
  await drafts.getByRole("button", { name: "Yes, delete" }).click();
  await expect(drafts).toHaveCount(0);
  await expect(editor).toHaveValue(`${second} Edited.`);
  await expect(picker).toHaveValue(prospectId);
});

test("a new message saved for the first time opens again after a reload; once sent, a reload opens a new message to the prospect", async ({ page }) => {
  await useLocale(page, "en");
  const en = flows[0];
  await createProspect(page, en.prospect, en.labels);
  await page.getByRole("link", { name: en.labels.write }).click();
  const editor = page.getByLabel("Message", { exact: true });
  const picker = page.getByTestId("prospect-picker");
  const prospectId = await picker.inputValue();
  const notice = page.getByTestId("notice");
  const text = "Hi Anna, your post on CRM data quality stuck with me. Would a short write-up help?";
  await editor.fill(text);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(notice).toHaveText("Draft saved.");
  await expect(page).toHaveURL(/\/compose\?.*saved=/);
  // the editor was not remounted by the new URL: the notice stays, and the draft is still the one saved
  await expect(notice).toHaveText("Draft saved.");
  await page.reload();
  await expect(editor).toHaveValue(text);
  await expect(picker).toHaveValue(prospectId);
  // saving again updates that draft, not a second one
  await editor.fill(`${text} Thanks!`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(notice).toHaveText("Draft saved.");
  await expect(page.getByTestId("drafts").locator("li")).toHaveCount(1);
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  await expect(notice).toContainText("recorded as sent");
  await expect(page).not.toHaveURL(/saved=/);
  await page.reload();
  await expect(editor).toHaveValue("");
  await expect(picker).toHaveValue(prospectId);
});

test("text lost without a question (the browser's Back) comes back for its prospect only, can be discarded, and is gone once saved", async ({ page }) => {
  await useLocale(page, "en");
  const en = flows[0];
  await createProspect(page, en.prospect, en.labels);
  const write = page.getByRole("link", { name: en.labels.write });
  const compose = page.getByRole("navigation").getByRole("link", { name: "Compose", exact: true });
  // navigations inside the app: Back and Forward are the router's, the leave guard cannot ask
  await write.click();
  await expect(page).toHaveURL(/\/compose\?prospect=/);
  const editor = page.getByLabel("Message", { exact: true });
  const notice = page.getByTestId("notice");
  const text = "Hi Anna, your post on CRM data quality stuck with me. Would a short write-up help?";
  await editor.fill(text);
  await page.getByLabel("Channel").selectOption("inmail");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: en.prospect.name })).toBeVisible();
  await page.goForward();
  await expect(editor).toHaveValue(text);
  await expect(page.getByLabel("Channel")).toHaveValue("inmail");
  await expect(notice).toContainText("Your unsaved text from");
  await expectAccessible(page);
  // a new message without that prospect is not offered Anna's text
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: en.prospect.name })).toBeVisible();
  await compose.click();
  await expect(page).toHaveURL(/\/compose$/);
  await expect(editor).toHaveValue("");
  await expect(notice).toHaveCount(0);
  // discarded: the empty message it was, and no copy left to offer again
  await page.goBack();
  await write.click();
  await expect(editor).toHaveValue(text);
  await notice.getByRole("button", { name: "Discard it" }).click();
  await expect(editor).toHaveValue("");
  await expect(page.getByLabel("Channel")).toHaveValue("message");
  await expect(notice).toHaveCount(0);
  await page.goBack();
  await page.goForward();
  await expect(page).toHaveURL(/\/compose\?prospect=/);
  await expect(editor).toHaveValue("");
  await expect(notice).toHaveCount(0);
  // saved: the browser's copy goes
  await editor.fill(text);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("drafts").locator("li")).toHaveCount(1);
  const copies = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("ansprache:compose:")).length);
  await expect.poll(copies).toBe(0);
  // a copy begun from an older save of the draft (saved again in another tab since) says so
  await page.getByTestId("drafts").getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(/\/compose\?draft=/);
  await editor.fill(`${text} Edited here.`);
  await expect.poll(copies).toBe(1);
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("ansprache:compose:"))!;
    const copy = JSON.parse(localStorage.getItem(key)!);
    localStorage.setItem(key, JSON.stringify({ ...copy, base: { ...copy.base, body: "an older save" } }));
  });
  // Back leads to the page the draft was first saved on, which opens that draft (its URL says so)
  await page.goBack();
  await expect(page).toHaveURL(/\/compose\?.*saved=/);
  await expect(editor).toHaveValue(`${text} Edited here.`);
  await expect(notice).toContainText("the saved draft has changed since");
  await page.goForward();
  await expect(page).toHaveURL(/\/compose\?draft=/);
  await expect(editor).toHaveValue(`${text} Edited here.`);
  // signing out leaves no copy in this browser
  await editor.fill(`${text} One more line.`);
  await expect.poll(copies).toBe(1);
  await page.getByTestId("user-menu").locator("summary").click();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await copies()).toBe(0);
});

test("deleting a draft asks first and runs once, however often it is clicked", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/compose");
  const editor = page.getByLabel("Message", { exact: true });
  await editor.fill("Hi Lena, your Logimat talk on picking errors stuck with me. Would a short write-up help?");
  await page.getByRole("button", { name: "Save draft" }).click();
  const drafts = page.getByTestId("drafts");
  await expect(drafts.locator("li")).toHaveCount(1);
  const remove = drafts.getByRole("button", { name: "Delete", exact: true });

  // the first click only asks; cancelled, the draft stays and the focus goes back to Delete
  await remove.click();
  const confirm = drafts.getByTestId("delete-confirm");
  await expect(confirm).toContainText("Really delete?");
  const yes = confirm.getByRole("button", { name: "Yes, delete" });
  await expect(yes).toBeFocused();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.press("Enter");
  await expect(yes).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(drafts.locator("li")).toHaveCount(1);

  // a slow server and a double click: one delete is sent, and the button says it is working
  const server = await holdServerActions(page);
  await remove.click();
  await yes.dblclick();
  await expect(confirm.getByRole("button", { name: "Deleting…" })).toBeDisabled();
  server.release();
  await expect(page.getByTestId("drafts")).toHaveCount(0);
  expect(server.calls()).toBe(1);
  // the text in the editor stays, and is no longer saved anywhere
  await expect(editor).not.toHaveValue("");
});

test("the message is spell-checked in its own language, not the interface's", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/compose");
  const editor = page.getByLabel("Message", { exact: true });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await editor.fill("Guten Tag Frau Becker, Ihr Beitrag zu Lieferzeiten bei Hydraulikteilen ist mir hängen geblieben. Darf ich Ihnen eine kurze Übersicht schicken?");
  await expect(editor).toHaveAttribute("spellcheck", "true");
  await expect(editor).toHaveAttribute("lang", "de");
  // a language chosen by hand wins over the detected one
  await page.locator("main").getByLabel("Language").selectOption("en");
  await expect(editor).toHaveAttribute("lang", "en");
  await page.locator("main").getByLabel("Language").selectOption("auto");
  await expect(editor).toHaveAttribute("lang", "de");
});

test("the interface language switch and the home page", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByTestId("locale-switch").selectOption("de");
  await expect(page.getByRole("link", { name: "Nachricht schreiben" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByTestId("locale-switch").selectOption("en");
  await expect(page.getByRole("link", { name: "Write a message" })).toBeVisible();
});

test("bad input to the API gets a clear 4xx", async ({ request }) => {
  const missing = await request.post("/api/lint", { data: { channel: "message" } });
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.issues[0].path).toEqual(["message"]);
  const tooBig = await request.post("/api/lint", { data: { message: "x".repeat(1_100_000) } });
  expect(tooBig.status()).toBe(413);
  const ok = await request.post("/api/lint", { data: { message: "Hi Anna, saw your post on churn. Connect?", channel: "connection-note" } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).checks).toHaveLength(14);
});
