/**
 * The prospect list's search, filters, sorting and page, carried to a prospect's page and back:
 * the list links to /prospects/[id]?back=<its query>, and "All prospects" there goes to
 * /prospects?<that query>. Only the list's own parameters with values it can take survive, and
 * the link always starts with /prospects?, so a crafted `back` can lead nowhere else.
 */
const TEXT_LIMITS = { q: 100, list: 100, tag: 50, company: 300 } as const;
const CHOICES = { touched: ["7", "30", "90", "none"], sort: ["recent", "name", "company", "last-touch"] } as const;

/** The list's query string (without "?") for its current parameters; "" for the plain list. */
export function listQuery(params: Record<string, string | string[] | undefined>): string {
  const out = new URLSearchParams();
  const value = (k: string) => {
    const v = params[k];
    return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : "";
  };
  for (const [k, limit] of Object.entries(TEXT_LIMITS)) {
    const v = value(k);
    if (v && v.length <= limit) out.set(k, v);
  }
  for (const [k, allowed] of Object.entries(CHOICES)) {
    const v = value(k);
    if ((allowed as readonly string[]).includes(v)) out.set(k, v);
  }
  const page = value("page");
  if (/^[1-9]\d{0,4}$/.test(page) && Number(page) > 1) out.set("page", page);
  return out.toString();
}

/** Where "All prospects" leads: the list with the query it was left with, or the plain list. */
export function listHref(back: string | string[] | undefined): string {
  const raw = Array.isArray(back) ? back[0] : back;
  if (typeof raw !== "string" || raw.length > 2000) return "/prospects";
  const query = listQuery(Object.fromEntries(new URLSearchParams(raw.startsWith("?") ? raw.slice(1) : raw)));
  return query ? `/prospects?${query}` : "/prospects";
}

/** A prospect's page, remembering the list's query for the way back. */
export function prospectHref(id: string, query: string): string {
  return `/prospects/${encodeURIComponent(id)}${query ? `?${new URLSearchParams({ back: query })}` : ""}`;
}
