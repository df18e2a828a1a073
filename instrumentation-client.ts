import { config } from "zod/v4/core";

// Runs in the browser before the app's own modules (Next.js instrumentation-client). zod builds
// object parsers with `new Function` when eval is allowed and probes for it once, with the first
// z.object(); under our CSP (no 'unsafe-eval', lib/http/security-headers.ts) that probe fails
// anyway but is reported as a violation on every page that uses a schema. jitless skips the
// probe and takes the interpreted path the probe would have chosen.
config({ jitless: true });
