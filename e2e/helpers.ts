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
