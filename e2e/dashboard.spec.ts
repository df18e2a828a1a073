import { expect, test } from "@playwright/test";
import { createProspect, expectAccessible, signUp } from "./helpers";

// every test signs up a fresh user: a workspace of its own
test.beforeEach(async ({ page }) => {
  await signUp(page);
});

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const labels = { name: "Name", role: "Role or headline", company: "Company", notes: "Research notes (one per line)", submit: "Add prospect" };

test("the dashboard shows sent messages and replies as charts with tables, and exports CSV", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  // data through the app: a prospect, a sent message, a logged reply
  await createProspect(page, { name: "Dana Meyer", role: "Head of Operations", company: "Lindwerk", notes: "Posted about late supplier deliveries" }, labels);
  await page.getByRole("link", { name: "Write a message" }).click();
  await page
    .getByLabel("Message", { exact: true })
    .fill("Hi Dana,\n\nyour post on late supplier deliveries stuck with me: a missed delivery usually costs a plant days of output.\n\nAt a similar plant we cut late deliveries by 40% within a quarter by adding one weekly supplier check.\n\nWould a short write-up be useful?\n\nBest,\nMax");
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  const thread = page.getByTestId("thread");
  await expect(thread.locator('li[data-kind="message"]')).toHaveCount(1);
  await thread.getByRole("button", { name: "Log reply" }).click();
  await thread.getByLabel("Reply (optional)").fill("Sounds useful, send it.");
  await thread.getByRole("button", { name: "Log reply" }).click();
  await expect(thread.locator('li[data-kind="reply"]')).toHaveCount(1);

  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team dashboard" })).toBeVisible();
  await expect(page.getByTestId("dashboard-summary")).toContainText("1 sent message ·");
  await expect(page.getByTestId("dashboard-weeks")).toContainText("Weeks run Monday to Sunday, UTC");
  // every chart is drawn and has its table
  await expect(page.getByTestId("chart").first().locator("svg").first()).toBeVisible();
  expect(await page.getByTestId("chart").count()).toBeGreaterThanOrEqual(3);
  for (const id of ["quality", "verdicts", "bands"]) {
    const section = page.getByTestId(`section-${id}`);
    await section.getByText("Show the data as a table").click();
    await expect(section.locator("table caption")).toHaveCount(1);
  }
  // the reply counts in its score band
  const bands = page.getByTestId("table-bands");
  const replied = await bands.locator("tbody tr").evaluateAll((rows) => rows.reduce((sum, r) => sum + Number(r.querySelectorAll("td")[1]?.textContent ?? 0), 0));
  expect(replied).toBeGreaterThanOrEqual(1);
  await expectAccessible(page);

  // filters are a GET form; a filter that matches nothing shows the empty state
  await page.goto("/dashboard?period=4&rep=nobody");
  await expect(page.getByTestId("dashboard-empty")).toBeVisible();
  await expect(page.getByLabel("Period")).toHaveValue("4");
  await expectAccessible(page);

  // the export needs the session: the page's request context shares its cookies
  const csv = await page.request.get("/api/dashboard/export?period=all");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("section,week,rep,metric,value");
});
