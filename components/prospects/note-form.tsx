"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { addNoteAction } from "@/lib/actions/research";
import { settle } from "@/lib/actions/settle";
import { DATE_INPUT_MIN, dateInputMax, NOTE_KINDS } from "@/lib/validations/compose";
import { errorText } from "./use-action";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30";

export function NoteForm({ prospectId }: { prospectId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      ref={form}
      className="mt-4 grid gap-3 sm:grid-cols-[10rem_1fr]"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(async () => {
          // settle: a call that fails on the way is a notice, and the note stays in the form
          const r = await settle(() =>
            addNoteAction({
              prospectId,
              kind: String(data.get("kind") ?? "other"),
              text: String(data.get("text") ?? ""),
              sourceUrl: String(data.get("sourceUrl") ?? ""),
              notedOn: String(data.get("notedOn") ?? ""),
            }),
          );
          if (!r.ok) return setError(errorText(t, r.errors));
          setError(null);
          form.current?.reset();
          router.refresh();
        });
      }}
    >
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.noteKind")}
        <select name="kind" className={field} defaultValue="post">
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`prospects.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.noteText")}
        <textarea name="text" required rows={2} maxLength={10000} className={field} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.noteDate")}
        <input type="date" name="notedOn" min={DATE_INPUT_MIN} max={dateInputMax()} className={field} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        {t("prospects.noteSource")}
        <input name="sourceUrl" inputMode="url" maxLength={2000} className={field} />
      </label>
      {error ? <p className="text-sm text-rose-700 sm:col-span-2">{error}</p> : null}
      <div>
        <button type="submit" disabled={pending} className="rounded-md bg-slate-800 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-50">
          {t("prospects.addNote")}
        </button>
      </div>
    </form>
  );
}
