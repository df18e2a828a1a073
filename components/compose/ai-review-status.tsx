"use client";

import { useTranslations } from "next-intl";
import type { AiReviewState } from "./use-ai-review";

const TONE: Record<AiReviewState["status"], string> = {
  off: "text-slate-500",
  idle: "text-slate-500",
  running: "text-slate-600",
  done: "text-emerald-700",
  unavailable: "text-amber-700",
};

/** "AI review: off / running / done / unavailable (why)", and the model's rewrite when it kept to the facts. */
export function AiReviewStatus({ state, onUseRewrite }: { state: AiReviewState; onUseRewrite: (text: string) => void }) {
  const t = useTranslations("compose.ai");
  const reason = state.status === "unavailable" ? (t.has(`reasons.${state.reason}`) ? t(`reasons.${state.reason}`) : t("reasons.unknown")) : "";
  const label = state.status === "unavailable" ? t("unavailable", { reason }) : t(state.status);
  const llm = state.status === "done" ? state.result.llm : null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="ai-review" data-status={state.status}>
      <p aria-live="polite" className={TONE[state.status]}>
        <span className="font-medium text-slate-900">{t("label")}:</span> {label}
      </p>
      {llm?.rewrite ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-slate-700">{t("rewrite")}</summary>
          {/* the model's text is shown as text, never as markup or links */}
          <p className="mt-2 whitespace-pre-wrap break-words rounded-md bg-slate-50 p-2 text-slate-800" data-testid="ai-rewrite">
            {llm.rewrite}
          </p>
          <button
            type="button"
            onClick={() => onUseRewrite(llm.rewrite!)}
            className="mt-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {t("useRewrite")}
          </button>
        </details>
      ) : null}
      {llm?.rewriteRejected?.length ? <p className="mt-2 text-slate-500">{t("rewriteWithheld", { invented: llm.rewriteRejected.join(", ") })}</p> : null}
    </div>
  );
}
