"use client";

import { useTranslations, useFormatter } from "next-intl";
import { useState, useTransition } from "react";
import { logReplyAction } from "@/lib/actions/compose";
import { settle } from "@/lib/actions/settle";
import type { ThreadEntry } from "@/lib/data/messages";
import { localDateString } from "@/lib/local-date";
import { errorText } from "@/components/prospects/use-action";

const field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30";

/** Today in the user's time zone: the UTC date is yesterday or tomorrow for part of the day. */
function today(): string {
  return localDateString();
}

export function ThreadPanel({ thread, olderHidden, warmth, onLogged }: { thread: ThreadEntry[]; olderHidden: number; warmth: string; onLogged: () => Promise<void> }) {
  const t = useTranslations();
  const format = useFormatter();
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [date, setDate] = useState(today());
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(messageId: string) {
    setError(null);
    startTransition(async () => {
      // settle: a call that fails on the way is a notice here; a rejection would swap the compose
      // page for the error page and lose the reply and the message being written
      const r = await settle(() => logReplyAction({ messageId, receivedAt: date, text }));
      if (!r.ok) return setError(errorText(t, r.errors));
      setOpenFor(null);
      setText("");
      await onLogged();
    });
  }

  return (
    <section aria-labelledby="thread-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="thread">
      <div className="flex items-baseline justify-between">
        <h2 id="thread-heading" className="text-base font-semibold text-slate-900">
          {t("compose.thread")}
        </h2>
        <span className="text-sm text-slate-500">{warmth}</span>
      </div>
      {thread.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("compose.noThread")}</p>
      ) : (
        <>
          {olderHidden > 0 ? (
            <p className="mt-2 text-sm text-slate-500" data-testid="thread-older-hidden">
              {t("prospects.threadOlderHidden", { count: olderHidden })}
            </p>
          ) : null}
          <ol className="mt-3 space-y-3">
            {thread.map((e) => (
              <li key={`${e.kind}-${e.id}`} data-kind={e.kind} className={e.kind === "reply" ? "ml-6 rounded-md bg-emerald-50 p-3" : "rounded-md bg-slate-50 p-3"}>
                <p className="text-xs font-medium text-slate-500">
                  {e.kind === "message" ? (e.author ?? t("compose.you")) : t("compose.them")} · {format.dateTime(new Date(e.at), { dateStyle: "medium" })}
                  {e.kind === "message" && e.verdict ? ` · ${t(`verdicts.${e.verdict}`)} (${e.score})` : null}
                </p>
                {e.text ? <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-800">{e.text}</p> : null}
                {e.kind === "message" ? (
                  openFor === e.id ? (
                    <form
                      className="mt-3 grid gap-2 sm:grid-cols-[10rem_1fr_auto] sm:items-end"
                      onSubmit={(ev) => {
                        ev.preventDefault();
                        submit(e.id);
                      }}
                    >
                      <label className="text-xs font-medium text-slate-700">
                        {t("compose.replyDate")}
                        <input type="date" required className={`${field} mt-1`} value={date} min={localDateString(new Date(e.at))} max={today()} onChange={(ev) => setDate(ev.target.value)} />
                      </label>
                      <label className="text-xs font-medium text-slate-700">
                        {t("compose.replyText")}
                        <input className={`${field} mt-1`} value={text} maxLength={20000} onChange={(ev) => setText(ev.target.value)} />
                      </label>
                      <button type="submit" disabled={pending} className="rounded-md bg-slate-800 px-3 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-50">
                        {t("compose.logReply")}
                      </button>
                      {error ? <p className="text-sm text-rose-700 sm:col-span-3">{error}</p> : null}
                    </form>
                  ) : (
                    <button type="button" className="mt-2 text-sm font-medium text-indigo-700 hover:underline" onClick={() => setOpenFor(e.id)}>
                      {t("compose.logReply")}
                    </button>
                  )
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
