"use client";

import { useTranslations } from "next-intl";
import { setRetentionAction } from "@/lib/actions/research";
import { field, secondaryButton, useAction } from "./use-action";

export function RetentionForm({ months }: { months: number | null }) {
  const t = useTranslations("prospects");
  const { run, pending, error } = useAction();
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const v = String(new FormData(e.currentTarget).get("months") ?? "");
        run(() => setRetentionAction(v ? Number(v) : null));
      }}
    >
      <label className="text-sm font-medium text-slate-700">
        {t("retention")}
        <select name="months" defaultValue={months ?? ""} className={field}>
          <option value="">{t("retentionNone")}</option>
          {[6, 12, 18, 24, 36].map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {t("save")}
      </button>
      <p className="w-full text-xs text-slate-500">{t("retentionHelp")}</p>
      {error ? <p className="text-sm text-rose-700">{error}</p> : null}
    </form>
  );
}
