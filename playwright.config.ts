import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    locale: "en-US",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not possible here
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // a fresh database per run, migrated as the app is, with the demo workspace (its manager signs
    // in in auth.spec.ts; every other test signs up a user of its own), then the production build
    command: `rm -f prisma/e2e.db prisma/e2e.db-journal && node node_modules/prisma/build/index.js migrate deploy && node --import tsx scripts/seed.ts && node .next/ansprache-server.mjs --hostname 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    env: {
      DATABASE_URL: "file:./prisma/e2e.db",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
      BETTER_AUTH_URL: `http://127.0.0.1:${PORT}`,
      // every test signs up a user of its own, all from 127.0.0.1: more than the default 30 a minute
      RATE_LIMIT_SIGN_UP: "1000",
    },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
