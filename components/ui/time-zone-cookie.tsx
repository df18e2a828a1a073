"use client";

import { useTimeZone } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE, validTimeZone } from "@/lib/time-zone";

const YEAR = 60 * 60 * 24 * 365;

/**
 * Tells the server the browser's time zone, once: writes it into a cookie that i18n/request.ts
 * reads, and when the page was formatted in another zone, refreshes it (server components render
 * again, client state stays). A cookie that already holds the zone is left alone, so a zone the
 * server does not accept cannot make it refresh over and over.
 */
export function TimeZoneCookie() {
  const pageZone = useTimeZone();
  const router = useRouter();
  useEffect(() => {
    const zone = validTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (!zone) return;
    const prefix = `${TIME_ZONE_COOKIE}=`;
    const stored = document.cookie
      .split(";")
      .map((c) => c.trim())
      .find((c) => c.startsWith(prefix))
      ?.slice(prefix.length);
    if (stored === zone) return;
    // an IANA name is made of cookie-safe characters (validTimeZone): written as it is
    document.cookie = `${prefix}${zone}; path=/; max-age=${YEAR}; samesite=lax`;
    if (zone !== pageZone) router.refresh();
  }, [pageZone, router]);
  return null;
}
