"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { eraseProspectAction } from "@/lib/actions/research";
import { secondaryButton, useAction } from "./use-action";

/** listHref: the list the person came from (its search and filters), where an erased prospect's page leads. */
export function PrivacyPanel({ prospectId, name, source, collectedAt, listHref }: { prospectId: string; name: string; source: string; collectedAt: string; listHref: string }) {
  const t = useTranslations("prospects");
  const format = useFormatter();
  const router = useRouter();
  const { run, pending, error } = useAction();
  const erase = (objection: boolean) => {
    if (!window.confirm(t(objection ? "objectConfirm" : "eraseConfirm", { name }))) return;
    run(() => eraseProspectAction(prospectId, objection), () => router.push(listHref));
  };
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading" className="text-base font-semibold text-slate-900">
        {t("privacy")}
      </h2>
      <p className="mt-1 text-sm text-slate-500">{t("source", { source, date: format.dateTime(new Date(collectedAt), { dateStyle: "medium" }) })}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <a href={`/prospects/${prospectId}/export`} className={secondaryButton} download>
          {t("exportData")}
        </a>
        <button type="button" disabled={pending} className={`${secondaryButton} text-rose-700`} onClick={() => erase(false)}>
          {t("erase")}
        </button>
        <button type="button" disabled={pending} className={`${secondaryButton} text-rose-700`} onClick={() => erase(true)}>
          {t("object")}
        </button>
      </div>
      {error ? <p className="mt-2 text-sm text-rose-700">{error}</p> : null}
    </section>
  );
}
