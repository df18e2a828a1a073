#!/usr/bin/env bash
# Every test: unit and integration tests (Vitest) on SQLite, the integration tests again on a real
# PostgreSQL server that the suite starts itself, then a production build and the end-to-end tests
# (Playwright in Debian's Chromium). Ends with one plain line "N passed, N failed" summing every
# suite, which CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0

bash scripts/ensure-chromium.sh || status=1
bash scripts/audit.sh || status=1

npx vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json" || status=1

# the same integration tests on PostgreSQL (backups are SQLite's VACUUM INTO: SQLite only)
TEST_DATABASE=postgres npx vitest run integration.test --exclude lib/ops/backup.integration.test.ts \
  --reporter=default --reporter=json --outputFile="$out/vitest-postgres.json" || status=1

if npm run build; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$out/playwright.json" npx playwright test || status=1
else
  echo "next build failed: the end-to-end tests cannot run" >&2
  status=1
fi

node - "$out" <<'NODE' || status=1
const fs = require("fs");
const path = require("path");
const dir = process.argv[2];
let passed = 0, failed = 0, skipped = 0, ran = 0;
function read(name) {
  try { return JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")); } catch { return null; }
}
for (const name of ["vitest.json", "vitest-postgres.json"]) {
  const v = read(name);
  if (v && v.numTotalTests > 0) {
    ran++;
    passed += v.numPassedTests ?? 0;
    failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites && !v.numFailedTests ? v.numFailedTestSuites : 0);
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  } else { console.error(`${name}: vitest did not report or ran no test`); failed++; }
}
const p = read("playwright.json");
if (p && p.stats) {
  ran++;
  passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected ?? 0;
  skipped += p.stats.skipped ?? 0;
} else { console.error("playwright did not report"); failed++; }
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || ran < 3 ? 1 : 0);
NODE
exit $status
