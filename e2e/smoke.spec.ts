import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./helpers";

// every test signs up a fresh user: a workspace of its own
test.beforeEach(async ({ page }) => {
  await signUp(page);
});

// The smallest proof that the production build serves the app and the API.
test("the home page renders, links to compose and has no serious accessibility violation", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Ansprache");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('main a[href="/compose"]')).toBeVisible();
  await expectAccessible(page);
});

test("POST /api/lint answers with a verdict", async ({ request }) => {
  const res = await request.post("/api/lint", { data: { message: "Hi Anna, your post on CRM data quality rang true. Connect?", channel: "connection-note" } });
  expect(res.status()).toBe(200);
  expect(["send", "revise", "block"]).toContain((await res.json()).verdict);
});
