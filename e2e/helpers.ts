import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function createProspect(page: Page, fields: { name: string; role: string; company: string; notes: string }, labels: { name: string; role: string; company: string; notes: string; submit: string }) {
  await page.goto("/prospects");
  // the create form, not the filters above it (both have a "Company" field)
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: labels.submit }) });
  await form.getByLabel(labels.name, { exact: true }).fill(fields.name);
  await form.getByLabel(labels.role).fill(fields.role);
  await form.getByLabel(labels.company, { exact: true }).fill(fields.company);
  await form.getByLabel(labels.notes).fill(fields.notes);
  await form.getByRole("button", { name: labels.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: fields.name })).toBeVisible();
}

let users = 0;

/**
 * Signs up a fresh user through Better Auth's endpoint (the page's cookie jar keeps the session), so
 * each test has a workspace of its own and stays independent of the others.
 */
export async function signUp(page: Page, name = "Max Mustermann"): Promise<{ email: string; password: string }> {
  const email = `e2e-${Date.now()}-${++users}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const password = "e2e password 1234";
  const res = await page.request.post("/api/auth/sign-up/email", { data: { email, password, name }, headers: { origin: e2eOrigin() } });
  expect(res.status(), await res.text()).toBe(200);
  return { email, password };
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/compose/);
}

export function e2eOrigin(): string {
  return `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
}

/**
 * Holds every server action call (a POST with a Next-Action header) until release(): what the page
 * shows while the server is slow, asserted without racing a timer on a busy machine.
 */
export async function holdServerActions(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  await page.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      calls++;
      await held;
    }
    await route.continue();
  });
  return { release: () => release(), calls: () => calls };
}
