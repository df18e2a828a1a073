// Where to go back to after signing in. Pure (no Next or Node imports): the pages, requirePageActor
// and the sign-in form (in the browser) share it.

/** The request header proxy.ts sets to the page's path and query, for requirePageActor's redirect. */
export const REQUEST_PATH_HEADER = "x-request-path";

const ORIGIN = "http://same-origin.invalid";

/**
 * `value` when it is a path on this site, else null: it starts with one "/", not "//" or "/\"
 * (browsers read both as another host), and holds no backslash, whitespace or control character
 * (browsers drop tabs and newlines, so "/\t/evil.example" would become "//evil.example"). No open
 * redirect.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2_000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    return new URL(value, ORIGIN).origin === ORIGIN ? value : null;
  } catch {
    return null;
  }
}

/** The sign-in page, with the path to return to when there is a safe one. */
export function signInPath(next: string | null | undefined): string {
  const path = safeNextPath(next);
  return path ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in";
}
