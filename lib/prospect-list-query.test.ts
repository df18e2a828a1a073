import { describe, expect, it } from "vitest";
import { listHref, listQuery, prospectHref } from "./prospect-list-query";

describe("the way back from a prospect to the list", () => {
  it("keeps the list's search, filters, sorting and page", () => {
    const query = listQuery({ q: "Köhler", list: "clx1", tag: "saas", company: "Radwerk", touched: "30", sort: "name", page: "3" });
    const href = prospectHref("p1", query);
    expect(href).toBe("/prospects/p1?back=q%3DK%25C3%25B6hler%26list%3Dclx1%26tag%3Dsaas%26company%3DRadwerk%26touched%3D30%26sort%3Dname%26page%3D3");
    const back = new URL(href, "http://x").searchParams.get("back")!;
    expect(listHref(back)).toBe("/prospects?q=K%C3%B6hler&list=clx1&tag=saas&company=Radwerk&touched=30&sort=name&page=3");
    expect(new URL(listHref(back), "http://x").searchParams.get("q")).toBe("Köhler");
  });

  it("is the plain list without a query, and the plain link without one to carry", () => {
    expect(listHref(undefined)).toBe("/prospects");
    expect(listHref("")).toBe("/prospects");
    expect(prospectHref("p1", listQuery({}))).toBe("/prospects/p1");
    expect(listQuery({ page: "1", q: "" })).toBe("");
  });

  it("never leads off the list: only the list's parameters, with values it can take", () => {
    for (const bad of ["//evil.example/", "https://evil.example/?q=x", "javascript:alert(1)", "/dashboard", "%2F%2Fevil.example"]) {
      expect(listHref(bad), bad).toBe("/prospects");
    }
    expect(listHref("q=x&next=https://evil.example&redirect=//evil")).toBe("/prospects?q=x");
    expect(listHref("?sort=name")).toBe("/prospects?sort=name");
    expect(listHref("sort=drop-table&touched=1000&page=0&page2=3")).toBe("/prospects");
    expect(listHref("page=99999999")).toBe("/prospects");
    expect(listHref(`q=${"x".repeat(101)}`)).toBe("/prospects");
    expect(listHref("q=x".padEnd(2001, "x"))).toBe("/prospects");
    expect(listHref(["tag=a", "tag=b"])).toBe("/prospects?tag=a");
  });
});
