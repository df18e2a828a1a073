"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createProspectAction } from "@/lib/actions/compose";
import { settle } from "@/lib/actions/settle";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30";

/** Create a prospect; on success go straight to writing to them. Field errors come back from the server's zod check. */
export function ProspectForm() {
  const t = useTranslations();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  function message(field: string) {
    const code = errors[field]?.[0];
    if (!code) return null;
    return (
      <p id={`${field}-error`} className="mt-1 text-sm text-rose-700">
        {code === "network" ? t("errors.networkInput") : t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.unknown")}
      </p>
    );
  }

  return (
    <form
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const form = {
          name: String(data.get("name") ?? ""),
          role: String(data.get("role") ?? ""),
          company: String(data.get("company") ?? ""),
          profileUrl: String(data.get("profileUrl") ?? ""),
          language: String(data.get("language") ?? "") as "" | "en" | "de",
          notes: String(data.get("notes") ?? ""),
        };
        startTransition(async () => {
          // settle: a call that fails on the way is a notice under the form, and what was typed stays
          const r = await settle(() => createProspectAction(form));
          if (!r.ok) return setErrors(r.errors);
          setErrors({});
          router.push(`/prospects/${r.value.id}`);
        });
      }}
    >
      <h2 className="text-base font-semibold text-slate-900 sm:col-span-2">{t("prospects.create")}</h2>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.name")}
        <input name="name" required maxLength={200} className={field} aria-invalid={!!errors.name} aria-describedby={errors.name ? "name-error" : undefined} />
        {message("name")}
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.role")}
        <input name="role" maxLength={300} className={field} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.company")}
        <input name="company" maxLength={300} className={field} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.profileUrl")}
        <input name="profileUrl" inputMode="url" maxLength={500} placeholder="https://www.linkedin.com/in/…" className={field} aria-invalid={!!errors.profileUrl} aria-describedby={errors.profileUrl ? "profileUrl-error" : undefined} />
        {message("profileUrl")}
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.preferredLanguage")}
        <select name="language" className={field} defaultValue="">
          <option value="">{t("languages.auto")}</option>
          <option value="en">{t("languages.en")}</option>
          <option value="de">{t("languages.de")}</option>
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700 sm:col-span-2">
        {t("prospects.notes")}
        <textarea name="notes" rows={3} maxLength={10000} className={field} />
      </label>
      {message("form")}
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50">
          {t("prospects.create")}
        </button>
      </div>
    </form>
  );
}
