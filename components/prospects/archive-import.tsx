"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { archiveProblemList, type ArchiveProblem } from "@/lib/import/archive-problems";
import { field, primaryButton } from "./use-action";

type Result = {
  prospectsCreated: number;
  prospectsMerged: number;
  messagesImported: number;
  repliesImported: number;
  connectionNotes: number;
  alreadyImported: number;
  skipped: Record<string, number>;
  problems: ArchiveProblem[];
  problemCount: number;
  problemRows: number;
};

/** Upload a LinkedIn archive and follow the import on a progress bar (the server streams progress lines). */
export function ArchiveImport({ keepReplyTexts, canChangeKeepReplyTexts }: { keepReplyTexts: boolean; canChangeKeepReplyTexts: boolean }) {
  const t = useTranslations("archive");
  // the problems' sentences use import.rowErrors as well as archive.*
  const tRoot = useTranslations();
  const [progress, setProgress] = useState<{ phase: string; done: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress({ phase: "uploading", done: 0, total: 1 });
    try {
      const res = await fetch("/api/import/archive", { method: "POST", body: new FormData(form) });
      if (!res.ok || !res.body) {
        const body = await res.json().catch(() => null);
        setError(t.has(`errors.${body?.error?.code}`) ? t(`errors.${body.error.code}`) : t("errors.import_failed"));
        return;
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let nl: number;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (!line.trim()) continue;
          const msg = JSON.parse(line);
          if (msg.result) setResult(msg.result);
          else if (msg.error) setError(t.has(`errors.${msg.error.code}`) ? t(`errors.${msg.error.code}`) : msg.error.message);
          else setProgress(msg);
        }
      }
    } catch {
      setError(t("errors.import_failed"));
    } finally {
      setBusy(false);
    }
  }

  const pct = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  const problems = result?.problems.length ? archiveProblemList(tRoot, result.problems, undefined, { problems: result.problemCount, rows: result.problemRows }) : null;
  return (
    <div className="space-y-4">
      <form
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <label className="text-sm font-medium text-slate-700">
          {t("file")}
          <input type="file" name="file" required accept=".zip,.csv,application/zip,text/csv" className={field} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("ownProfile")}
          <input name="ownProfileUrl" inputMode="url" placeholder="https://www.linkedin.com/in/…" className={field} />
        </label>
        {/* a workspace setting: others see it, only admins send it (a disabled checkbox is not submitted) */}
        <div className="sm:col-span-2">
          <label className="flex items-center gap-2 text-sm text-slate-700">
            {canChangeKeepReplyTexts ? <input type="hidden" name="keepReplyTexts" value="off" /> : null}
            <input type="checkbox" name="keepReplyTexts" defaultChecked={keepReplyTexts} disabled={!canChangeKeepReplyTexts} aria-describedby={canChangeKeepReplyTexts ? undefined : "keep-reply-texts-hint"} />
            {t("keepReplyTexts")}
          </label>
          {canChangeKeepReplyTexts ? null : (
            <p id="keep-reply-texts-hint" className="mt-1 text-xs text-slate-500">
              {t("keepReplyTextsAdminOnly")}
            </p>
          )}
        </div>
        <div className="sm:col-span-2">
          <button type="submit" disabled={busy} className={primaryButton}>
            {t("start")}
          </button>
        </div>
      </form>
      {progress && busy ? (
        <div>
          <progress className="h-2 w-full" max={100} value={pct} aria-label={t("progress")} />
          <p className="text-sm text-slate-600">{t(`phases.${progress.phase}` as never)} · {pct}%</p>
        </div>
      ) : null}
      {error ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
      {result ? (
        <div role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900" data-testid="archive-result">
          <p className="font-medium">{t("done", { prospects: result.prospectsCreated, messages: result.messagesImported + result.connectionNotes, replies: result.repliesImported })}</p>
          <p>{t("skipped", { already: result.alreadyImported, drafts: result.skipped.drafts ?? 0, group: result.skipped.group ?? 0, suppressed: result.skipped.suppressed ?? 0 })}</p>
          {problems ? (
            <details className="mt-2">
              <summary>{t("problems", { count: problems.rows })}</summary>
              <ul className="list-disc pl-5">
                {problems.sentences.map((sentence, i) => (
                  <li key={i}>{sentence}</li>
                ))}
              </ul>
              {problems.more ? <p data-testid="archive-more-problems">{problems.more}</p> : null}
            </details>
          ) : null}
          <a href="/insights" className="mt-2 inline-block font-medium text-indigo-700 hover:underline">
            {t("seeInsights")}
          </a>
        </div>
      ) : null}
    </div>
  );
}
