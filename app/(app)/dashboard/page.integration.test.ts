import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../../test/database";
import type { PrismaClient } from "@/lib/db-client";

// The dashboard page as the server renders it, for a signed-in member with a sent message, in both
// interface languages: the page's own elements are read from the tree it returns.

let cookie = "";
let locale: "en" | "de" = "en";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const catalogues = { en: (await import("../../../messages/en.json")).default, de: (await import("../../../messages/de.json")).default };
  return {
    getTranslations: async (namespace: string) => createTranslator({ locale, messages: catalogues[locale], namespace: namespace as "dashboard" }),
    getLocale: async () => locale,
    getFormatter: async () => createFormatter({ locale, timeZone: "Europe/Berlin" }),
  };
});

let db: PrismaClient;
let cleanup: () => Promise<void>;
let page: typeof import("./page");

beforeAll(async () => {
  const t = createTestDatabase();
  ({ db, cleanup } = t);
  process.env.DATABASE_URL = t.url; // lib/db reads it when first imported, below
  page = await import("./page");
  cookie = (await (await import("../../../test/auth")).signUp("Dana Dashboard")).cookie;
  const { actorFromHeaders } = await import("@/lib/auth/actor");
  const actor = (await actorFromHeaders(new Headers({ cookie })))!;
  const { saveMessage } = await import("@/lib/data/messages");
  // sent at Monday 00:30 in Berlin, which is still Sunday in UTC
  const sent = await saveMessage(db, actor, { channel: "message", body: "Hi Lena, your talk on picking errors stuck with me. Would a short write-up help?" }, true, new Date("2026-11-22T23:30:00Z"));
  expect(sent.ok).toBe(true);
}, 60_000);

afterAll(async () => {
  await (await import("@/lib/db")).db.$disconnect();
  await cleanup?.();
});

/** The elements of a rendered tree with their text (not expanding components, whose props hold their own). */
function find(node: unknown, testId: string): string | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = find(child, testId);
      if (found !== null) return found;
    }
    return null;
  }
  if (!node || typeof node !== "object" || !("props" in node)) return null;
  const props = (node as { props: { children?: unknown; "data-testid"?: string } }).props;
  if (props["data-testid"] === testId) return text(props.children);
  return find(props.children, testId);
}
const text = (node: unknown): string =>
  typeof node === "string" || typeof node === "number" ? String(node) : Array.isArray(node) ? node.map(text).join("") : node && typeof node === "object" && "props" in node ? text((node as { props: { children?: unknown } }).props.children) : "";

describe("the dashboard page", () => {
  it("says where its weeks start and end, in English and German, next to the weeks it shows", async () => {
    locale = "en";
    const en = await page.default({ searchParams: Promise.resolve({ period: "all" }) });
    // one message, in the singular
    expect(find(en, "dashboard-summary")).toMatch(/^1 sent message · /);
    expect(find(en, "dashboard-weeks")).toBe("Weeks run Monday to Sunday, UTC: a message sent just after midnight on a Monday in Berlin still counts in the week before.");
    locale = "de";
    const de = await page.default({ searchParams: Promise.resolve({ period: "all" }) });
    expect(find(de, "dashboard-weeks")).toMatch(/^Wochen laufen von Montag bis Sonntag, UTC/);
    expect(find(de, "dashboard-summary")).toMatch(/^1 gesendete Nachricht · /);
  });

  it("counts the message sent on Monday 00:30 in Berlin in the UTC week before, as the note says", async () => {
    const { getDashboard, parseDashboardFilters } = await import("@/lib/data/dashboard");
    const { actorFromHeaders } = await import("@/lib/auth/actor");
    const d = await getDashboard(db, (await actorFromHeaders(new Headers({ cookie })))!, parseDashboardFilters({ period: "all" }));
    expect(d.quality.team.filter((w) => w.sent > 0).map((w) => w.week)).toEqual(["2026-11-16"]);
  });
});
