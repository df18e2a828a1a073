#!/usr/bin/env bash
# Starts Ansprache with the demo workspace on the embedded SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
node node_modules/prisma/build/index.js migrate deploy
node --import tsx scripts/seed.ts
node_modules/.bin/next build
echo "Ansprache runs on http://127.0.0.1:${PORT:-3000}"
exec node_modules/.bin/next start --hostname "${HOST:-127.0.0.1}" --port "${PORT:-3000}"
