"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { commitImportAction, previewImportAction, type ImportPreview } from "@/lib/actions/research";
import { IMPORT_FIELDS, MAX_IMPORT_COLUMNS, type ColumnMapping, type RowError } from "@/lib/import/prospects-csv-fields";
import { field, primaryButton, secondaryButton, useAction } from "./use-action";

const MAX_BYTES = 20_000_000;
/** How long the mapping rests before the preview is asked for: a few quick changes, one request. */
const MAPPING_DEBOUNCE_MS = 300;

const sameMapping = (a: ColumnMapping, b: ColumnMapping) => IMPORT_FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));

/** Upload → preview with column mapping and per-row errors → one all-or-nothing import. */
export function ImportWizard() {
  const t = useTranslations("import");
  const { run, pending, error, setError } = useAction();
  const [text, setText] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<"merge" | "skip">("merge");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // The column mapping is the form's own: a select shows the choice at once and keeps it, and every
  // preview is asked for with the whole of it. (Taken from the last preview, a select snapped back
  // until the server answered, and a second quick change started from the old mapping and lost the
  // first.) Null until the first preview has matched the columns by name.
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [done, setDone] = useState<{ created: number; merged: number } | null>(null);
  // each change of file or mapping is a new version; an answer for an older one is dropped
  const version = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);

  function refresh(csv: string, m: ColumnMapping | null, dup = duplicates) {
    clearTimeout(timer.current ?? undefined);
    setWaiting(false);
    setDone(null);
    const mine = ++version.current;
    run(
      () => previewImportAction(csv, m, dup),
      (v) => {
        if (mine !== version.current) return;
        const p = v as ImportPreview;
        setPreview(p);
        // the columns matched by name, as the starting point; after that the form's mapping stands
        if (m === null) setMapping(p.mapping);
      },
    );
  }

  function changeMapping(csv: string, next: ColumnMapping) {
    setMapping(next);
    // answers to what was asked before this change no longer count
    version.current++;
    clearTimeout(timer.current ?? undefined);
    setWaiting(true);
    timer.current = setTimeout(() => refresh(csv, next), MAPPING_DEBOUNCE_MS);
  }

  const importable = preview ? preview.counts.create + preview.counts.merge : 0;
  // the preview on screen is for another mapping than the form's: no import until it is redone
  const outdated = waiting || pending || (preview !== null && mapping !== null && !sameMapping(preview.mapping, mapping));
  // a row's errors in words; a cell or name over its limit names the file's column(s) and the limit
  const rowErrors = (errors: RowError[]) => errors.map((e) => (t.has(`rowErrors.${e.code}`) ? t(`rowErrors.${e.code}`, "column" in e ? { column: e.column, limit: e.limit } : {}) : e.code)).join(" ");
  return (
    <div className="space-y-4">
      <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <label className="text-sm font-medium text-slate-700">
          {t("file")}
          <input
            type="file"
            accept=".csv,text/csv"
            className={field}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.size > MAX_BYTES) return setError(t("tooLarge"));
              const csv = await file.text();
              setText(csv);
              setPreview(null);
              setMapping(null);
              refresh(csv, null);
            }}
          />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("duplicates")}
          <select
            className={field}
            value={duplicates}
            onChange={(e) => {
              const dup = e.target.value as "merge" | "skip";
              setDuplicates(dup);
              if (text) refresh(text, mapping, dup);
            }}
          >
            <option value="merge">{t("merge")}</option>
            <option value="skip">{t("skip")}</option>
          </select>
        </label>
      </div>
      {error ? <p role="alert" className="text-sm text-rose-700">{error}</p> : null}
      {done ? (
        <p role="status" className="text-sm font-medium text-emerald-700" data-testid="import-done">
          {t("done", done)}
        </p>
      ) : null}
      {preview && text && mapping ? (
        <>
          <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="mapping-heading">
            <h2 id="mapping-heading" className="text-base font-semibold text-slate-900">
              {t("mapping")}
            </h2>
            <div className="mt-2 grid gap-3 sm:grid-cols-3">
              {IMPORT_FIELDS.map((f) => (
                <label key={f} className="text-sm font-medium text-slate-700">
                  {t(`fields.${f}`)}
                  <select
                    className={field}
                    value={mapping[f] ?? ""}
                    onChange={(e) => changeMapping(text, { ...mapping, [f]: e.target.value === "" ? null : Number(e.target.value) })}
                  >
                    <option value="">{t("ignore")}</option>
                    {preview.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {preview.moreColumns ? (
              <p className="mt-2 text-sm text-amber-800" data-testid="import-more-columns">
                {t("moreColumns", { limit: MAX_IMPORT_COLUMNS })}
              </p>
            ) : null}
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="preview-heading" aria-busy={outdated}>
            <h2 id="preview-heading" className="text-base font-semibold text-slate-900">
              {t("preview")}
            </h2>
            <p className="mt-1 text-sm text-slate-700" data-testid="import-counts">
              {t("counts", preview.counts)}
            </p>
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">{t("rows")}</caption>
                <thead className="text-xs uppercase text-slate-500">
                  <tr>
                    <th className="py-1 pr-4">#</th>
                    <th className="py-1 pr-4">{t("fields.name")}</th>
                    <th className="py-1 pr-4">{t("fields.company")}</th>
                    <th className="py-1 pr-4">{t("fields.profileUrl")}</th>
                    <th className="py-1">
                      {/* the arrow is the visible header; screen readers get the column's name */}
                      <span aria-hidden="true">→</span>
                      <span className="sr-only">{t("outcome")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {preview.rows.map((r) => (
                    <tr key={r.line} data-action={r.action}>
                      <td className="py-1 pr-4 text-slate-500">{r.line}</td>
                      <td className="py-1 pr-4">{r.name}</td>
                      <td className="py-1 pr-4">{r.company}</td>
                      <td className="max-w-xs truncate py-1 pr-4">{r.profileUrl}</td>
                      <td className="py-1">{t(`actions.${r.action}` as never)}{r.errors ? `: ${rowErrors(r.errors)}` : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {preview.problems.length ? (
              <details className="mt-3 text-sm">
                <summary className="cursor-pointer font-medium text-rose-700">{t("problems")} ({preview.counts.invalid})</summary>
                <ul className="mt-1 list-disc pl-5 text-slate-700">
                  {preview.problems.map((p) => (
                    <li key={p.line}>
                      {t("line", { line: p.line })}: {rowErrors(p.errors)}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            <div className="mt-4 flex gap-2">
              <button
                type="button"
                disabled={outdated || importable === 0}
                className={primaryButton}
                onClick={() =>
                  run(
                    () => commitImportAction(text, mapping, duplicates),
                    (v) => {
                      setDone(v as { created: number; merged: number });
                      setPreview(null);
                      setMapping(null);
                      setText(null);
                    },
                  )
                }
              >
                {t("commit", { count: importable })}
              </button>
              <button type="button" disabled={pending} className={secondaryButton} onClick={() => refresh(text, mapping)}>
                {t("preview")}
              </button>
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
