#!/usr/bin/env bash
# Starts Ansprache with the demo workspace on the embedded SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# sessions are signed with BETTER_AUTH_SECRET; without one, a random secret is made once and kept
# in .auth-secret (git-ignored), so sign-ins survive restarts
if [ -z "${BETTER_AUTH_SECRET:-}" ]; then
  [ -s .auth-secret ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' > .auth-secret
  BETTER_AUTH_SECRET=$(cat .auth-secret)
  export BETTER_AUTH_SECRET
fi
node node_modules/prisma/build/index.js migrate deploy
node --import tsx scripts/seed.ts
npm run build
echo "Ansprache runs on http://127.0.0.1:${PORT:-3000} (demo sign-in: mara@demo.ansprache.app / demo-ansprache-2026)"
exec node .next/ansprache-server.mjs --hostname "${HOST:-127.0.0.1}" --port "${PORT:-3000}"
