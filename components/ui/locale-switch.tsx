"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/compose";
import { LOCALES } from "@/i18n/locales";

export function LocaleSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // a switch that cannot reach the server says so; a rejection inside the transition would swap the
  // page for the error page and lose what the person was typing
  const [failed, setFailed] = useState(false);
  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      <span className="sr-only">{t("language")}</span>
      <select
        data-testid="locale-switch"
        aria-label={t("language")}
        value={locale}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => {
            try {
              await setLocaleAction(next);
            } catch {
              setFailed(true);
              return;
            }
            setFailed(false);
            router.refresh();
          });
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {l === "de" ? "Deutsch" : "English"}
          </option>
        ))}
      </select>
      {failed ? (
        <span role="alert" data-testid="locale-switch-failed" className="text-xs text-red-700">
          {t("languageFailed")}
        </span>
      ) : null}
    </label>
  );
}
