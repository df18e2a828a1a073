/**
 * The user's time zone, for formatting dates on the server as the user reads them. The browser
 * writes its IANA zone into a cookie (components/ui/time-zone-cookie.tsx); i18n/request.ts reads it
 * here and hands it to next-intl, which formats server-side and passes it on to the browser.
 * Without it next-intl took the server's zone: on a UTC server a message sent at 00:30 in Berlin
 * showed the day before.
 */
export const TIME_ZONE_COOKIE = "tz";

/**
 * Until the browser has said (the first request, or no JavaScript): Europe/Berlin. Ansprache is
 * for the DACH market first, and Germany, Austria and Switzerland share this zone's offsets and
 * switches, so their users see the right day from the first page. UTC, what servers run on, is off
 * by one or two hours for all of them and shows the day before for every message sent just after
 * midnight.
 */
export const DEFAULT_TIME_ZONE = "Europe/Berlin";

/**
 * A time zone the runtime knows, in its canonical spelling ("europe/berlin" → "Europe/Berlin"), or
 * null. Only the characters of IANA names, at most 64 of them: the value comes from a cookie
 * anyone can set.
 */
export function validTimeZone(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The time zone to format dates in, from the cookie's value; Europe/Berlin when it is missing or not a zone. */
export function timeZoneFromCookie(value: string | undefined): string {
  return validTimeZone(value) ?? DEFAULT_TIME_ZONE;
}
