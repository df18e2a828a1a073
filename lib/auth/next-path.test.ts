import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./next-path";

describe("the path to return to after signing in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/compose?prospect=abc&channel=inmail")).toBe("/compose?prospect=abc&channel=inmail");
    expect(safeNextPath("/prospects/cm123")).toBe("/prospects/cm123");
    expect(safeNextPath("/")).toBe("/");
  });

  it("refuses anything that could lead to another site (no open redirect)", () => {
    for (const bad of [
      "//evil.example",
      "//evil.example/compose",
      "/\\evil.example",
      "/\\/evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/ /evil.example",
      "/.\\/evil.example",
      "https://evil.example/compose",
      "javascript:alert(1)",
      "evil.example",
      "compose",
      "",
      "/" + "a".repeat(2_000),
      null,
      undefined,
      ["/compose"],
    ]) {
      expect(safeNextPath(bad), String(bad)).toBeNull();
    }
  });

  it("builds the sign-in link with the path encoded, or without one", () => {
    expect(signInPath("/compose?prospect=abc&channel=inmail")).toBe("/sign-in?next=%2Fcompose%3Fprospect%3Dabc%26channel%3Dinmail");
    expect(signInPath("//evil.example")).toBe("/sign-in");
    expect(signInPath(null)).toBe("/sign-in");
  });
});
