#!/usr/bin/env bash
# `npm audit --audit-level=high`: fails on a high or critical advisory in any dependency. When the
# registry's audit endpoint cannot be reached (some offline mirrors answer 405), says so plainly
# instead of passing or failing silently.
set -uo pipefail
cd "$(dirname "$0")/.."
AUDIT_REPORT=$(npm audit --audit-level=high --json 2>&1) node <<'NODE'
let r = null;
try { r = JSON.parse(process.env.AUDIT_REPORT); } catch {}
const v = r?.metadata?.vulnerabilities;
if (v) {
  const bad = (v.high ?? 0) + (v.critical ?? 0);
  console.log(`npm audit: ${v.total ?? 0} advisories (${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low)`);
  process.exit(bad > 0 ? 1 : 0);
}
const why = r?.error?.summary ?? (process.env.AUDIT_REPORT ?? "").split("\n").find((l) => /error|warn/i.test(l)) ?? "no report";
console.log(`npm audit: the registry's audit endpoint did not answer (${why.trim()}); dependencies were NOT checked`);
NODE
