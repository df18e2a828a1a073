import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "../proxy";
import { REQUEST_PATH_HEADER } from "../lib/auth/next-path";

// proxy.ts hands the page's path to requirePageActor, for the sign-in redirect's "next".
// NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
const passedOn = (res: Response) => res.headers.get(`x-middleware-request-${REQUEST_PATH_HEADER}`);

describe("proxy: the page's path for the sign-in redirect", () => {
  it("is the path and query of the page request, without the router's _rsc parameter", () => {
    expect(passedOn(proxy(new NextRequest("http://127.0.0.1:3000/compose?prospect=cm1&channel=inmail")))).toBe("/compose?prospect=cm1&channel=inmail");
    expect(passedOn(proxy(new NextRequest("http://127.0.0.1:3000/prospects?_rsc=1x2y")))).toBe("/prospects");
  });

  it("overrides a value the client sent itself", () => {
    const res = proxy(new NextRequest("http://127.0.0.1:3000/dashboard", { headers: { [REQUEST_PATH_HEADER]: "//evil.example" } }));
    expect(passedOn(res)).toBe("/dashboard");
  });
});
