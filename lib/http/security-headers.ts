/**
 * The security headers of every response (security.md "Input and output", ASVS 3.4.x). Pure: no
 * Next or Node imports, so next.config.ts, proxy.ts and the unit test can all use it.
 *
 * - The Content-Security-Policy of a page carries a fresh nonce per request; proxy.ts makes it and
 *   passes the policy on as a request header, from which Next reads the nonce and puts it on its
 *   own scripts (every page is rendered per request: the root layout reads the locale from
 *   cookies and headers).
 * - The static headers go on every response, static assets included, through next.config.ts.
 */

export interface CspOptions {
  /** base64, from {@link createNonce}; a new one for every response */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and dev styles arrive unnonced */
  dev?: boolean;
}

/** 16 random bytes (128 bits) in base64: unguessable, and a valid CSP nonce-source. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of a page (HTML, and the RSC payloads of client-side navigation), as directive → sources. */
export function pageCspDirectives({ nonce, dev = false }: CspOptions): Record<string, string[]> {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("a CSP nonce must be base64");
  const n = `'nonce-${nonce}'`;
  return {
    "default-src": ["'self'"],
    // No inline script without the nonce. 'strict-dynamic' lets the nonced Next.js scripts load
    // their chunks (browsers with CSP 3 then ignore 'self'; older ones fall back to it).
    "script-src": ["'self'", n, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // <style> and stylesheets: the Tailwind stylesheet from our origin, inline <style> only with the nonce
    // (Next puts it on the ones it writes). In development Next injects styles without a nonce.
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'", n],
    // style="" attributes cannot carry a nonce, and the server-rendered HTML has some: recharts'
    // ResponsiveContainer (width/height 100%) and the chart frame's height on the dashboard, and
    // Next's built-in 404 and error pages. Allowing inline *attributes* only (not <style> elements)
    // is the least permissive setting that keeps them: an attribute styles its own element and,
    // without selectors, cannot read the page (no CSS attribute-selector exfiltration). Styles set
    // from script through the CSSOM (element.style.x = …) are not subject to CSP at all.
    "style-src-attr": ["'unsafe-inline'"],
    // Everything on the page is our own: no data: or blob: images are used (security.md: img-src 'self')
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
}

/** API responses are JSON or CSV, never rendered: nothing may load from them, nobody may frame them. */
export const API_CSP_DIRECTIVES: Readonly<Record<string, string[]>> = {
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
};

export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

export function pageCsp(options: CspOptions): string {
  return serializeCsp(pageCspDirectives(options));
}

export const API_CSP = serializeCsp(API_CSP_DIRECTIVES);

/** Headers that are the same on every response (set in next.config.ts for all paths). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  // two years, subdomains too; browsers ignore it over plain http (the demo on 127.0.0.1)
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Full referrers stay within the app; links out (prospects' LinkedIn profiles, note sources) send
  // none, so other sites learn neither the page nor that this instance exists.
  { key: "Referrer-Policy", value: "same-origin" },
  // for browsers without CSP frame-ancestors
  { key: "X-Frame-Options", value: "DENY" },
  // nothing here needs them; the clipboard (compose's "copy and mark as sent") stays allowed
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];
