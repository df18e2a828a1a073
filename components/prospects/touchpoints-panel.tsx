"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { deleteTouchpointAction, logTouchpointAction } from "@/lib/actions/research";
import { TOUCHPOINT_KINDS } from "@/lib/validations/compose";
import { secondaryButton, useAction } from "./use-action";

export function TouchpointsPanel({ prospectId, touchpoints }: { prospectId: string; touchpoints: { id: string; kind: string; at: string; note: string | null }[] }) {
  const t = useTranslations("prospects");
  const format = useFormatter();
  const { run, pending, error } = useAction();
  // the touchpoint whose ✕ was clicked: deleting asks first, inline, in place of the ✕
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="touch-heading">
      <h2 id="touch-heading" className="text-base font-semibold text-slate-900">
        {t("touchpoints")}
      </h2>
      <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label={t("logTouch")}>
        {TOUCHPOINT_KINDS.map((k) => (
          <button key={k} type="button" disabled={pending} className={secondaryButton} data-touch={k} onClick={() => run(() => logTouchpointAction({ prospectId, kind: k }))}>
            + {t(`touchKinds.${k}`)}
          </button>
        ))}
      </div>
      {error ? <p className="mt-2 text-sm text-rose-700">{error}</p> : null}
      {touchpoints.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">{t("noTouchpoints")}</p>
      ) : (
        <ol className="mt-3 space-y-1 border-l-2 border-slate-200 pl-4" data-testid="touchpoints">
          {touchpoints.map((tp) => {
            const date = format.dateTime(new Date(tp.at), { dateStyle: "medium" });
            const kind = t(`touchKinds.${tp.kind}` as never);
            return (
              <li key={tp.id} className="flex items-center gap-2 text-sm">
                <span className="text-slate-500">{date}</span>
                <span className="text-slate-800">{kind}</span>
                {tp.note ? <span className="truncate text-slate-500">· {tp.note}</span> : null}
                {confirming === tp.id ? (
                  // Cancel sits where the ✕ was and takes the focus: a double click or a second Enter keeps the touchpoint
                  <span
                    role="group"
                    aria-labelledby={`confirm-${tp.id}`}
                    className="ml-auto flex items-center gap-3 text-xs"
                    onKeyDown={(e) => {
                      if (e.key === "Escape") setConfirming(null);
                    }}
                  >
                    <span id={`confirm-${tp.id}`} className="text-slate-700">
                      {t("reallyDelete")}
                    </span>
                    <button
                      type="button"
                      disabled={pending}
                      className="font-medium text-rose-700 hover:underline disabled:opacity-50"
                      onClick={() => run(() => deleteTouchpointAction(tp.id, prospectId), () => setConfirming(null))}
                    >
                      {t("confirmDelete")}
                    </button>
                    <button type="button" autoFocus disabled={pending} className="font-medium text-slate-700 hover:underline disabled:opacity-50" onClick={() => setConfirming(null)}>
                      {t("cancel")}
                    </button>
                  </span>
                ) : (
                  <button type="button" disabled={pending} aria-label={t("deleteTouch", { kind, date })} className="ml-auto text-xs text-slate-400 hover:text-rose-700 disabled:opacity-50" onClick={() => setConfirming(tp.id)}>
                    ✕
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
