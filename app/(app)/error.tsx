"use client";

import { useTranslations } from "next-intl";

/** A page that failed to load: say so calmly and offer to try again; nothing typed elsewhere is lost. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-6">
      <h1 className="text-lg font-semibold text-rose-900">{t("pageTitle")}</h1>
      <p className="mt-1 text-sm text-rose-800">{t("pageText")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-rose-700 px-4 py-2 text-sm font-semibold text-white hover:bg-rose-600">
        {t("retry")}
      </button>
    </div>
  );
}
