import { describe, expect, it } from "vitest";
import { API_CSP, createNonce, pageCsp, pageCspDirectives, serializeCsp, STATIC_SECURITY_HEADERS } from "./security-headers";

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function parse(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("createNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("the page policy", () => {
  const nonce = createNonce();
  const csp = parse(pageCsp({ nonce }));

  it("allows scripts only from our origin or with this request's nonce, and no eval", () => {
    expect(csp["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(pageCsp({ nonce })).not.toContain("unsafe-eval");
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("allows <style> only from our origin or with the nonce, inline style attributes only", () => {
    expect(csp["style-src"]).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp["style-src-attr"]).toEqual(["'unsafe-inline'"]);
    expect(csp["style-src-elem"]).toBeUndefined();
  });

  it("loads everything else from our origin only, and nobody may frame, embed or re-base it", () => {
    expect(csp).toMatchObject({
      "default-src": ["'self'"],
      "img-src": ["'self'"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("mentions no other origin and no scheme", () => {
    for (const sources of Object.values(csp)) {
      for (const source of sources) expect(source).toMatch(/^'[^']+'$/);
    }
  });

  it("in development allows eval (React's dev stack traces) and unnonced styles, nothing else", () => {
    const dev = parse(pageCsp({ nonce, dev: true }));
    expect(dev["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(dev["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    const { "script-src": _s, "style-src": _t, ...rest } = dev;
    const { "script-src": _u, "style-src": _v, ...prodRest } = csp;
    expect(rest).toEqual(prodRest);
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => pageCspDirectives({ nonce: "abc'; script-src *" })).toThrow();
    expect(() => pageCspDirectives({ nonce: "" })).toThrow();
  });
});

describe("the API policy", () => {
  it("lets nothing load and nobody frame a response", () => {
    expect(parse(API_CSP)).toEqual({
      "default-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
      "frame-ancestors": ["'none'"],
    });
  });
});

describe("serializeCsp", () => {
  it("joins directives with semicolons and sources with spaces", () => {
    expect(serializeCsp({ "default-src": ["'self'"], "img-src": ["'self'", "data:"] })).toBe("default-src 'self'; img-src 'self' data:");
  });
});

describe("the static headers", () => {
  const headers = Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));

  it("are HSTS for two years, nosniff, a same-origin referrer, no framing, no camera, microphone or location", () => {
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    for (const feature of ["camera", "microphone", "geolocation"]) expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  });

  it("do not include the CSP, which needs a nonce per request", () => {
    expect(headers["content-security-policy"]).toBeUndefined();
    expect(STATIC_SECURITY_HEADERS).toHaveLength(new Set(Object.keys(headers)).size);
  });
});
