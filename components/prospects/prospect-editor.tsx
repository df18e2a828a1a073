"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateProspectAction } from "@/lib/actions/research";
import type { ProspectDetail } from "@/lib/data/prospects";
import { field, primaryButton, useAction } from "./use-action";

export function ProspectEditor({ prospect }: { prospect: ProspectDetail }) {
  const t = useTranslations();
  const { run, pending, error } = useAction();
  const [saved, setSaved] = useState(false);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">{t("prospects.edit")}</summary>
      <form
        className="mt-3 grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          const d = new FormData(e.currentTarget);
          const get = (k: string) => String(d.get(k) ?? "");
          setSaved(false);
          run(
            () =>
              updateProspectAction(prospect.id, {
                name: get("name"),
                role: get("role"),
                company: get("company"),
                profileUrl: get("profileUrl"),
                location: get("location"),
                language: get("language") as "" | "en" | "de",
                formOfAddress: get("formOfAddress") as "" | "du" | "sie",
                tags: get("tags"),
              }),
            () => setSaved(true),
          );
        }}
      >
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.name")}
          <input name="name" required maxLength={200} defaultValue={prospect.name} className={field} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.role")}
          <input name="role" maxLength={300} defaultValue={prospect.role} className={field} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.company")}
          <input name="company" maxLength={300} defaultValue={prospect.company} className={field} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.profileUrl")}
          <input name="profileUrl" inputMode="url" maxLength={500} defaultValue={prospect.profileUrl ?? ""} className={field} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.location")}
          <input name="location" maxLength={200} defaultValue={prospect.location} className={field} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.tags")}
          <input name="tags" maxLength={1000} defaultValue={prospect.tags.join(", ")} className={field} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.preferredLanguage")}
          <select name="language" defaultValue={prospect.language ?? ""} className={field}>
            <option value="">{t("languages.auto")}</option>
            <option value="en">{t("languages.en")}</option>
            <option value="de">{t("languages.de")}</option>
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("prospects.formOfAddress")}
          <select name="formOfAddress" defaultValue={prospect.formOfAddress ?? ""} className={field}>
            <option value="">{t("prospects.formAny")}</option>
            <option value="sie">{t("prospects.formSie")}</option>
            <option value="du">{t("prospects.formDu")}</option>
          </select>
        </label>
        <div className="flex items-center gap-3 sm:col-span-2">
          <button type="submit" disabled={pending} className={primaryButton}>
            {t("prospects.save")}
          </button>
          <span role="status" className="text-sm">
            {error ? <span className="text-rose-700">{error}</span> : saved ? <span className="text-emerald-700">{t("prospects.saved")}</span> : null}
          </span>
        </div>
      </form>
    </details>
  );
}
