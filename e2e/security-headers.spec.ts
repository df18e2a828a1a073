import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { createProspect, e2eOrigin, signIn, signUp } from "./helpers";

// security.md "Input and output": CSP with a nonce, HSTS, nosniff, Referrer-Policy (ASVS 3.4.x)

// "Copy and mark as sent" writes to the clipboard
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const STATIC_HEADERS = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

/** Each security header exactly once (next.config.ts and proxy.ts must not both set one), with its value. */
function expectSecurityHeaders(res: APIResponse) {
  const all = res.headersArray().map(({ name, value }) => ({ name: name.toLowerCase(), value }));
  for (const [name, value] of Object.entries(STATIC_HEADERS)) {
    expect(all.filter((h) => h.name === name).map((h) => h.value), name).toEqual([value]);
  }
  const permissions = all.filter((h) => h.name === "permissions-policy").map((h) => h.value);
  expect(permissions).toHaveLength(1);
  for (const feature of ["camera", "microphone", "geolocation"]) expect(permissions[0]).toContain(`${feature}=()`);
  const csp = all.filter((h) => h.name === "content-security-policy").map((h) => h.value);
  expect(csp, "one Content-Security-Policy header").toHaveLength(1);
  return csp[0];
}

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/** The page policy, and the nonce in it. */
function expectPagePolicy(csp: string): string {
  const d = directives(csp);
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(d["script-src"].join(" "))?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(d["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(d).toMatchObject({
    "default-src": ["'self'"],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
  expect(csp).not.toContain("unsafe-eval");
  return nonce!;
}

test("pages, the API and static files send the security headers", async ({ page, request }) => {
  // signed out: the sign-in page
  const signInPage = await request.get("/sign-in", { maxRedirects: 0 });
  expect(signInPage.status()).toBe(200);
  expectPagePolicy(expectSecurityHeaders(signInPage));

  // signed in: the compose page itself, not a redirect to sign-in
  await signUp(page);
  const compose = await page.request.get("/compose", { maxRedirects: 0 });
  expect(compose.status()).toBe(200);
  expectPagePolicy(expectSecurityHeaders(compose));

  // an API route: JSON, nothing may load from it or frame it
  const lint = await request.post("/api/lint", { data: { message: "Hi Anna, saw your post on churn. Connect?", channel: "connection-note" } });
  expect(lint.status()).toBe(200);
  expect(directives(expectSecurityHeaders(lint))).toEqual({
    "default-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["'none'"],
  });
  // and its error answers too
  const bad = await request.post("/api/lint", { data: { channel: "message" } });
  expect(bad.status()).toBe(400);
  expectSecurityHeaders(bad);

  // a script chunk of the build: nosniff and HSTS from next.config.ts (no CSP needed on a script)
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await signInPage.text())?.[1];
  expect(src).toBeTruthy();
  const chunk = await request.get(src!);
  expect(chunk.status()).toBe(200);
  expect(chunk.headers()["x-content-type-options"]).toBe("nosniff");
  expect(chunk.headers()["strict-transport-security"]).toBe(STATIC_HEADERS["strict-transport-security"]);
});

test("every page gets a fresh nonce, and every script and style element in it carries that nonce", async ({ page, request }) => {
  const seen = new Set<string>();
  const check = async (res: APIResponse) => {
    expect(res.status()).toBe(200);
    const nonce = expectPagePolicy(res.headers()["content-security-policy"]);
    expect(seen.has(nonce), "a nonce is never reused").toBe(false);
    seen.add(nonce);
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of [...scripts, ...(html.match(/<style\b[^>]*>/g) ?? [])]) expect(tag).toContain(`nonce="${nonce}"`);
  };
  await check(await request.get("/sign-in"));
  await check(await request.get("/sign-in"));
  await signUp(page);
  await check(await page.request.get("/compose"));
  await check(await page.request.get("/dashboard"));
  expect(seen.size).toBe(4);
});

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** Collects CSP violations (the DOM event, and Chromium's console messages) and uncaught errors, across navigations. */
async function watch(page: Page) {
  const violations: Violation[] = [];
  const console: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction("__cspViolation", (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (v: Violation) => void }).__cspViolation({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) console.push(msg.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { violations, console, errors };
}

test("the main pages load and work under the policy without a single violation", async ({ page }) => {
  const seen = await watch(page);
  const { email, password } = await signUp(page);
  await page.context().clearCookies();
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: e2eOrigin() }]);

  // the sign-in form is hydrated and signs in
  await signIn(page, email, password);

  // the prospects page: its form creates a prospect (a server action)
  await createProspect(page, { name: "Nina Berg", role: "Head of Revenue Operations", company: "Falkwerk", notes: "Wrote about forecast accuracy in Q3" }, { name: "Name", role: "Role or headline", company: "Company", notes: "Research notes (one per line)", submit: "Add prospect" });
  await page.goto("/prospects");
  await expect(page.getByTestId("prospect-list")).toContainText("Nina Berg");

  // compose, loaded as a document for the prospect: typing runs the linter in the browser and
  // updates the checklist; sending is a server action
  await page.getByTestId("prospect-list").getByRole("link", { name: "Nina Berg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nina Berg" })).toBeVisible();
  const compose = await page.getByRole("link", { name: "Write a message" }).getAttribute("href");
  expect(compose).toMatch(/^\/compose\?prospect=/);
  await page.goto(compose!);
  const editor = page.getByLabel("Message", { exact: true });
  await editor.fill("Hi {{first_name}}, have a look: bit.ly/3abcd");
  await expect(page.locator('li[data-rule-id="placeholder"]')).toHaveAttribute("data-status", "fail");
  await editor.fill("Hi Nina,\n\nyour piece on forecast accuracy in Q3 stuck with me: a forecast that misses by 20% usually costs a team its hiring plan.\n\nAt a similar team we halved the miss within one quarter by adding one weekly pipeline review.\n\nWould a short write-up be useful?\n\nBest,\nMax");
  await expect(page.locator('li[data-rule-id="placeholder"]')).toHaveAttribute("data-status", "pass");
  await page.getByRole("button", { name: "Copy and mark as sent" }).click();
  await expect(page.getByTestId("thread").locator('li[data-kind="message"]')).toHaveCount(1);

  // the dashboard draws its charts (recharts) from the sent message
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Team dashboard" })).toBeVisible();
  await expect(page.getByTestId("chart").first().locator("svg").first()).toBeVisible();

  await page.goto("/insights");
  await expect(page.getByRole("heading", { level: 1, name: "What gets replies" })).toBeVisible();

  // signed out again, the sign-in page as a stranger sees it
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();

  expect(seen.violations).toEqual([]);
  expect(seen.console).toEqual([]);
  expect(seen.errors).toEqual([]);
});
