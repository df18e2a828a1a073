"use client";

import { useFormatter, useTranslations } from "next-intl";
import { deleteTouchpointAction, logTouchpointAction } from "@/lib/actions/research";
import { TOUCHPOINT_KINDS } from "@/lib/validations/compose";
import { secondaryButton, useAction } from "./use-action";

export function TouchpointsPanel({ prospectId, touchpoints }: { prospectId: string; touchpoints: { id: string; kind: string; at: string; note: string | null }[] }) {
  const t = useTranslations("prospects");
  const format = useFormatter();
  const { run, pending, error } = useAction();
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
          {touchpoints.map((tp) => (
            <li key={tp.id} className="flex items-center gap-2 text-sm">
              <span className="text-slate-500">{format.dateTime(new Date(tp.at), { dateStyle: "medium" })}</span>
              <span className="text-slate-800">{t(`touchKinds.${tp.kind}` as never)}</span>
              {tp.note ? <span className="truncate text-slate-500">· {tp.note}</span> : null}
              <button type="button" aria-label={t("deleteNote")} className="ml-auto text-xs text-slate-400 hover:text-rose-700" onClick={() => run(() => deleteTouchpointAction(tp.id, prospectId))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
