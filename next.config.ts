import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CSP, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // next dev refuses its own assets to 127.0.0.1 otherwise, and the e2e tests use that address
  allowedDevOrigins: ["127.0.0.1"],
  // keep next dev from writing into AGENTS.md
  agentRules: false,
  poweredByHeader: false,
  // gzip belongs to the reverse proxy in front (nginx, Caddy): done in-process it costs a share of
  // every API answer's CPU time and halves the lint API's throughput (npm run load)
  compress: false,
  // CSV imports arrive through a server action; 10,000 rows are ~1 MB
  experimental: { serverActions: { bodySizeLimit: "20mb" } },
  // HSTS, nosniff, Referrer-Policy, X-Frame-Options, Permissions-Policy on every response (pages, API
  // routes, static files); the API routes' fixed CSP here too (no proxy run per API request), the
  // pages' Content-Security-Policy with its per-request nonce from proxy.ts
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default withNextIntl(nextConfig);
