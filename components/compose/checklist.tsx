"use client";

import { useTranslations } from "next-intl";
import type { Check, Fix } from "@/lib/lint";
import { rulesById } from "@/lib/lint";
import type { Locale } from "@/i18n/locales";

const ICON: Record<Check["status"], { symbol: string; className: string }> = {
  pass: { symbol: "✓", className: "bg-emerald-100 text-emerald-800" },
  warn: { symbol: "!", className: "bg-amber-100 text-amber-800" },
  fail: { symbol: "✕", className: "bg-rose-100 text-rose-800" },
  skip: { symbol: "–", className: "bg-slate-100 text-slate-500" },
};

const ORDER: Record<Check["status"], number> = { fail: 0, warn: 1, pass: 2, skip: 3 };

export function Checklist({ checks, locale, onApply }: { checks: Check[]; locale: Locale; onApply: (fix: Fix) => void }) {
  const t = useTranslations();
  const sorted = [...checks].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <ul className="divide-y divide-slate-100" aria-label={t("compose.checks")}>
      {sorted.map((c) => {
        const icon = ICON[c.status];
        return (
          <li key={c.id} data-rule-id={c.id} data-status={c.status} data-source={c.source} className="flex gap-3 py-3">
            <span aria-hidden="true" className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${icon.className}`}>
              {icon.symbol}
            </span>
            <div className="min-w-0 flex-1">
              <p className="text-sm font-medium text-slate-900">
                {rulesById[c.id].meta.title[locale]}
                {c.source === "llm" ? (
                  <span title={t("compose.ai.markerTitle")} className="ml-2 rounded bg-violet-100 px-1.5 py-0.5 align-middle text-[10px] font-semibold uppercase tracking-wide text-violet-800">
                    {t("compose.ai.marker")}
                    <span className="sr-only"> ({t("compose.ai.markerTitle")})</span>
                  </span>
                ) : null}
                <span className="sr-only">: {t(`statuses.${c.status}`)}</span>
              </p>
              <p className="text-sm text-slate-600">{c.message}</p>
              {c.suggestion && (c.status === "warn" || c.status === "fail") ? <p className="mt-1 text-sm text-slate-500">{c.suggestion}</p> : null}
              {c.fix && (c.status === "warn" || c.status === "fail") ? (
                <button
                  type="button"
                  onClick={() => onApply(c.fix!)}
                  className="mt-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-600"
                >
                  {t("compose.apply")}
                </button>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
