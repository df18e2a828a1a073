"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { deleteNoteAction, updateNoteAction } from "@/lib/actions/research";
import type { NoteView } from "@/lib/data/prospects";
import { DATE_INPUT_MIN, dateInputMax, NOTE_KINDS } from "@/lib/validations/compose";
import { field, secondaryButton, useAction } from "./use-action";

/** Only http(s) links are clickable; anything else is shown as text. */
function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function NoteItem({ note, prospectId }: { note: NoteView; prospectId: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const { run, pending, error } = useAction();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="rounded-md bg-slate-50 p-3">
        <form
          className="grid gap-2 sm:grid-cols-[10rem_1fr]"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            run(
              () => updateNoteAction(note.id, { prospectId, kind: String(d.get("kind")), text: String(d.get("text") ?? ""), sourceUrl: String(d.get("sourceUrl") ?? ""), notedOn: String(d.get("notedOn") ?? "") }),
              () => setEditing(false),
            );
          }}
        >
          <label className="text-sm font-medium text-slate-700">
            {t("prospects.noteKind")}
            <select name="kind" defaultValue={note.kind} className={field}>
              {NOTE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`prospects.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-slate-700">
            {t("prospects.noteText")}
            <textarea name="text" required rows={2} maxLength={10000} defaultValue={note.text} className={field} />
          </label>
          <label className="text-sm font-medium text-slate-700">
            {t("prospects.noteDate")}
            <input type="date" name="notedOn" min={DATE_INPUT_MIN} max={dateInputMax()} defaultValue={note.notedOn?.slice(0, 10) ?? ""} className={field} />
          </label>
          <label className="text-sm font-medium text-slate-700">
            {t("prospects.noteSource")}
            <input name="sourceUrl" inputMode="url" maxLength={2000} defaultValue={note.sourceUrl ?? ""} className={field} />
          </label>
          {error ? <p className="text-sm text-rose-700 sm:col-span-2">{error}</p> : null}
          <div className="flex gap-2 sm:col-span-2">
            <button type="submit" disabled={pending} className={secondaryButton}>
              {t("prospects.save")}
            </button>
            <button type="button" onClick={() => setEditing(false)} className={secondaryButton}>
              {t("prospects.cancel")}
            </button>
          </div>
        </form>
      </li>
    );
  }
  const href = safeHref(note.sourceUrl);
  return (
    <li className="rounded-md bg-slate-50 p-3 text-sm" data-testid="note">
      <div className="flex flex-wrap items-start gap-2">
        <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700">{t(`prospects.kinds.${note.kind}` as never)}</span>
        {/* a calendar date, stored as its midnight UTC: shown in UTC, or it is the day before west of Greenwich */}
        {note.notedOn ? <span className="text-xs text-slate-500">{format.dateTime(new Date(note.notedOn), { dateStyle: "medium", timeZone: "UTC" })}</span> : null}
        <span className="min-w-0 flex-1 whitespace-pre-wrap break-words text-slate-800">{note.text}</span>
        <span className="flex gap-2">
          <button type="button" onClick={() => setEditing(true)} className="text-xs font-medium text-indigo-700 hover:underline">
            {t("prospects.editNote")}
          </button>
          <button type="button" disabled={pending} onClick={() => run(() => deleteNoteAction(note.id, prospectId))} className="text-xs font-medium text-rose-700 hover:underline">
            {t("prospects.deleteNote")}
          </button>
        </span>
      </div>
      {note.sourceUrl ? (
        href ? (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="mt-1 block truncate text-xs text-indigo-700 hover:underline">
            {note.sourceUrl}
          </a>
        ) : (
          <span className="mt-1 block truncate text-xs text-slate-500">{note.sourceUrl}</span>
        )
      ) : null}
      {error ? <p className="text-sm text-rose-700">{error}</p> : null}
    </li>
  );
}
