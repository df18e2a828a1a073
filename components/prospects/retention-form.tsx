"use client";

import { useTranslations } from "next-intl";
import { setRetentionAction } from "@/lib/actions/research";
import { field, secondaryButton, useAction } from "./use-action";

/** The workspace's retention: admins change it, everyone else sees it (setRetention checks the role too). */
export function RetentionForm({ months, editable }: { months: number | null; editable: boolean }) {
  const t = useTranslations("prospects");
  const { run, pending, error } = useAction();
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="retention-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!editable) return;
        const v = String(new FormData(e.currentTarget).get("months") ?? "");
        run(() => setRetentionAction(v ? Number(v) : null));
      }}
    >
      <label className="text-sm font-medium text-slate-700">
        {t("retention")}
        <select name="months" defaultValue={months ?? ""} disabled={!editable} aria-describedby="retention-help" className={`${field} disabled:bg-slate-50 disabled:text-slate-500`}>
          <option value="">{t("retentionNone")}</option>
          {/* a value set otherwise (not one of the choices) still shows as it is */}
          {[...new Set([6, 12, 18, 24, 36, ...(months ? [months] : [])])].sort((a, b) => a - b).map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      {editable ? (
        <button type="submit" disabled={pending} className={secondaryButton}>
          {t("save")}
        </button>
      ) : null}
      <p id="retention-help" className="w-full text-xs text-slate-500">
        {t("retentionHelp")}
        {editable ? null : ` ${t("retentionAdminOnly")}`}
      </p>
      {error ? <p className="text-sm text-rose-700">{error}</p> : null}
    </form>
  );
}
