import { NextResponse, type NextRequest } from "next/server";
import { createNonce, pageCsp } from "@/lib/http/security-headers";
import { REQUEST_PATH_HEADER } from "@/lib/auth/next-path";

/**
 * Sets the Content-Security-Policy, with a fresh nonce per request (Next.js's documented way: the
 * policy goes on the request too, Next reads the nonce from it and puts it on its own scripts).
 * The other security headers come from next.config.ts.
 *
 * Headers only: nothing here authorizes anything. Every page, action and route handler checks the
 * session itself in the data layer (security.md; CVE-2025-29927 was a middleware bypass).
 */
export function proxy(request: NextRequest) {
  // a path that is not percent-encoded UTF-8 (%ED%A0%80, %ZZ) names nothing here; Next.js 16 would
  // answer it with a 500 from its route matcher (vercel/next.js#92527)
  if (!decodes(request.nextUrl.pathname)) return new NextResponse("Bad Request: the path is not valid percent-encoded UTF-8.", { status: 400 });
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = createNonce();
  const csp = pageCsp({ nonce, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // the page's path and query, for the sign-in redirect to come back to (requirePageActor); set
  // here, over anything the client sent
  requestHeaders.set(REQUEST_PATH_HEADER, pageAddress(request.nextUrl));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // the one API route with a dynamic segment, for the path check only
    "/api/auth/:path*",
    {
      // not for build assets (hashed, served as files), not for the API (its fixed CSP comes from
      // next.config.ts, sparing every API request a proxy run), and not for prefetches (RSC data)
      source: "/((?!_next/static|_next/image|favicon.ico|api/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

/** The path and query of a page request, without the router's internal _rsc parameter. */
function pageAddress(url: URL): string {
  const query = new URLSearchParams(url.search);
  query.delete("_rsc");
  const q = query.toString();
  return q ? `${url.pathname}?${q}` : url.pathname;
}

/** Whether decodeURIComponent accepts the path. */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
