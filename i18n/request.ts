import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { timeZoneFromCookie, TIME_ZONE_COOKIE } from "@/lib/time-zone";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "./locales";

// No locale in the URL: the switch sets a cookie, otherwise the browser's language decides.
// The time zone is the browser's, from the cookie it writes (lib/time-zone.ts), Europe/Berlin until
// then; never the server's own, which next-intl would take (and pass to the browser) without one.
export default getRequestConfig(async () => {
  const jar = await cookies();
  const cookie = jar.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookie) ? cookie : localeFromAcceptLanguage((await headers()).get("accept-language"));
  const timeZone = timeZoneFromCookie(jar.get(TIME_ZONE_COOKIE)?.value);
  return { locale, timeZone, messages: (await import(`../messages/${locale}.json`)).default };
});
