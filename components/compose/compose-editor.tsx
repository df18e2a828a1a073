"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, useTransition } from "react";
import { channelBudget, CHANNELS, lintInputSchema, lintParsed, type Channel, type Fix, type LintResult } from "@/lib/lint";
import { deleteDraftAction, loadProspectContextAction, markSentAction, saveDraftAction } from "@/lib/actions/compose";
import { settle } from "@/lib/actions/settle";
import { mapRange, textEdit } from "@/lib/compose/text-edit";
import { collectMarks, rebaseMarks, type Mark } from "@/lib/compose/marks";
import type { ComposeContext, DraftSummary, ThreadEntry } from "@/lib/data/messages";
import type { ProspectSummary } from "@/lib/data/prospects";
import type { Locale } from "@/i18n/locales";
import { VerdictAnnouncer, VerdictBadge } from "../ui/verdict-badge";
import { Checklist } from "./checklist";
import { HighlightedText, HighlightLegend } from "./highlighted-text";
import { ThreadPanel } from "./thread-panel";
import { AiReviewStatus } from "./ai-review-status";
import { useAiReview } from "./use-ai-review";
import { useLeaveGuard } from "./use-leave-guard";
import { localCopyKey, readLocalCopy, removeLocalCopy, sweepLocalCopies, useLocalCopy } from "./use-local-copy";

export interface ComposeInitial {
  draftId: string | null;
  prospectId: string | null;
  channel: Channel;
  account: "free" | "premium";
  language: "auto" | "en" | "de";
  subject: string;
  body: string;
}

interface Props {
  initial: ComposeInitial;
  prospects: ProspectSummary[];
  context: ComposeContext;
  thread: ThreadEntry[];
  /** Thread entries older than those shown: the panel says they exist. */
  olderHidden: number;
  drafts: DraftSummary[];
  /** Whose unsaved text the browser keeps (use-local-copy.ts). */
  memberId: string;
}

const field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30";
// The textarea and the highlight layer behind it must lay text out identically: the same box, the
// same font, and the same room for a scrollbar. The textarea shows one once a long message
// overflows; a stable gutter reserves that room in both from the start (the layer, overflow
// hidden, paints none), so a scrollbar never narrows one of them and lines wrap alike.
const editorText = "px-3 py-3 text-[15px] leading-6 font-[inherit] whitespace-pre-wrap break-words [scrollbar-gutter:stable]";

const NO_MARKS: readonly Mark[] = [];

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function ComposeEditor({ initial, prospects, context: initialContext, thread: initialThread, olderHidden: initialOlderHidden, drafts, memberId }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [draftId, setDraftId] = useState(initial.draftId);
  const [prospectId, setProspectId] = useState(initial.prospectId);
  const [channel, setChannel] = useState<Channel>(initial.channel);
  const [account, setAccount] = useState(initial.account);
  const [language, setLanguage] = useState(initial.language);
  const [subject, setSubject] = useState(initial.subject);
  const [body, setBody] = useState(initial.body);
  // the text as last saved or sent: what leaving the page would not lose
  const [kept, setKept] = useState({ body: initial.body, subject: initial.subject });
  const [context, setContext] = useState(initialContext);
  const [thread, setThread] = useState(initialThread);
  const [olderHidden, setOlderHidden] = useState(initialOlderHidden);
  // action: a button the notice offers (after a blocked copy: record the message as sent once copied by hand)
  // or put back the saved text after unsaved text was restored from the browser's copy
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string; action?: "markSent" | "discardRestored" } | null>(null);
  const [pending, startTransition] = useTransition();
  const backdrop = useRef<HTMLDivElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // the layer scrolls with the textarea: on every scroll, and after each change of the text (a
  // shorter text clamps the textarea's scroll position without the layer noticing)
  const syncScroll = useCallback(() => {
    if (backdrop.current && textarea.current) backdrop.current.scrollTop = textarea.current.scrollTop;
  }, []);
  // one key per save intent: a double click or a retried request stores one record
  const saveKey = useRef(newKey());

  // The checks run in the browser on every keystroke; React may skip intermediate values while typing fast.
  const deferredBody = useDeferredValue(body);
  const heuristic: LintResult | null = useMemo(() => {
    if (!deferredBody.trim()) return null;
    const parsed = lintInputSchema.safeParse({
      message: deferredBody,
      subject: channel === "inmail" ? subject : undefined,
      channel,
      account,
      language: language === "auto" ? undefined : language,
      prospect: context.prospect,
      history: context.history,
      earlierMessages: context.earlierMessages,
      touchpoints: context.touchpoints,
    });
    return parsed.success ? lintParsed(parsed.data, { messageLanguage: locale }) : null;
  }, [deferredBody, subject, channel, account, language, context, locale]);
  // The AI review, when configured, follows once typing pauses; until it is there for this very draft the heuristic result shows.
  const ai = useAiReview(
    heuristic
      ? { message: deferredBody, subject: channel === "inmail" ? subject : undefined, channel, account, language: language === "auto" ? undefined : language, prospectId, locale }
      : null,
  );
  const result = ai.result ?? heuristic;

  // the message's language (chosen, or detected by the checks) for the browser's spell checker,
  // which otherwise checks a German message against the English interface
  const messageLanguage = language !== "auto" ? language : result?.language;
  const tooLong = body.length > 20_000;
  const budget = channelBudget(channel, account);
  const characters = [...body].length;
  const overHard = characters > budget.hardLimit;
  // the findings of the latest check, on the text it checked; while the check of a newer text is
  // on its way they stay wherever the text they cover is unchanged, so the marks never blink out
  const checkedMarks = useMemo(() => (result ? collectMarks(result.checks, deferredBody.length) : NO_MARKS), [result, deferredBody.length]);
  const marks = useMemo(() => rebaseMarks(checkedMarks, deferredBody, body), [checkedMarks, deferredBody, body]);
  useLayoutEffect(syncScroll, [body, marks, syncScroll]);

  // where the caret goes once the textarea shows the new text (after a fix)
  const [caret, setCaret] = useState<{ at: number } | null>(null);
  useLayoutEffect(() => {
    const editor = textarea.current;
    if (!caret || !editor) return;
    editor.focus();
    editor.setSelectionRange(caret.at, caret.at);
  }, [caret]);

  /**
   * A fix's offsets are into the text that was checked (deferredBody). Typed since, the fix moves
   * with the edit, or, where the edit touched what it replaces, it is ignored: the next check,
   * already on its way, offers a fix of its own. The caret ends after the inserted text, in the
   * textarea, so typing goes on where the fix was.
   */
  function applyFix(fix: Fix) {
    const at = mapRange(fix, textEdit(deferredBody, body));
    if (!at) return;
    setBody(body.slice(0, at.start) + fix.text + body.slice(at.end));
    setCaret({ at: at.start + fix.text.length });
  }

  function errorText(errors: Record<string, string[]>): string {
    const code = Object.values(errors).flat()[0] ?? "unknown";
    return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.unknown");
  }

  /**
   * Loads a prospect's context and thread into the checks: null when done, else the error code
   * (`failed` words it). Never throws, not even offline: a rejection in a transition would swap
   * the editor, and the typed message, for the error page.
   */
  async function loadContext(id: string | null): Promise<string | null> {
    const loaded = await settle(() => loadProspectContextAction(id));
    if (loaded.ok) {
      setContext(loaded.value.context);
      setThread(loaded.value.thread);
      setOlderHidden(loaded.value.olderHidden);
      return null;
    }
    return Object.values(loaded.errors).flat()[0] ?? "unknown";
  }

  /** The notice for a context that did not load: what happened, and the reason where it helps. */
  function failed(what: "contextFailed" | "threadRefreshFailed", code: string): string {
    return code === "unauthorized" || code === "busy" ? `${t(`compose.${what}`)} ${t(`errors.${code}`)}` : t(`compose.${what}`);
  }

  function showProspect(id: string | null) {
    setProspectId(id);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set("prospect", id);
    else url.searchParams.delete("prospect");
    window.history.replaceState(null, "", url);
  }

  /**
   * The draft a new message became at its first save, written into the URL as "saved" (not
   * "draft", which keys the editor: a new key would remount it and lose the notice and any text
   * typed since), so that a reload opens the draft, not an empty page. Gone once it is sent or deleted.
   */
  function showSavedDraft(id: string | null) {
    const url = new URL(window.location.href);
    if (id !== null && url.searchParams.get("draft") === id) return;
    if (id) url.searchParams.set("saved", id);
    else url.searchParams.delete("saved");
    window.history.replaceState(null, "", url);
  }

  function changeProspect(id: string) {
    const previous = prospectId;
    const next = id || null;
    setNotice(null);
    showProspect(next);
    startTransition(async () => {
      const code = await loadContext(next);
      if (!code) return;
      // the checks still hold the previous prospect's context: the picker goes back to it
      showProspect(previous);
      setNotice({ kind: "error", text: failed("contextFailed", code) });
    });
  }

  function draftPayload() {
    return {
      id: draftId ?? undefined,
      prospectId,
      channel,
      account,
      language: language === "auto" ? undefined : language,
      subject: channel === "inmail" ? subject : undefined,
      body,
      idempotencyKey: saveKey.current,
      // with the AI review on, the server stores the reviewed result the page shows, not the heuristic one
      // the reviewed result only when it is what the page shows for this very text
      llm: ai.result !== null,
      locale,
    };
  }

  // Save, send and delete never throw (settle): a failed call is a notice, and the text stays.
  function saveDraft() {
    setNotice(null);
    const payload = draftPayload();
    const savedSubject = subject;
    startTransition(async () => {
      const r = await settle(() => saveDraftAction(payload));
      if (!r.ok) return setNotice({ kind: "error", text: errorText(r.errors) });
      setDraftId(r.value.id);
      showSavedDraft(r.value.id);
      setKept({ body: payload.body, subject: savedSubject });
      saveKey.current = newKey();
      setNotice({ kind: "ok", text: t("compose.saved") });
      router.refresh();
    });
  }

  /**
   * Copies the message, then records it as sent. When the browser blocks the clipboard nothing is
   * recorded: the text stays, selected for copying by hand, and the notice offers "Mark as sent".
   */
  function copyAndSend() {
    setNotice(null);
    const text = body;
    startTransition(async () => {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        const editor = textarea.current;
        if (editor) {
          editor.focus();
          editor.select();
        }
        return setNotice({ kind: "error", text: t("compose.copyBlocked"), action: "markSent" });
      }
      await recordSent(t("compose.sentDone"));
    });
  }

  /** After copying by hand: records the message as sent, without touching the clipboard. */
  function markSent() {
    setNotice(null);
    startTransition(() => recordSent(t("compose.recordedSent")));
  }

  async function recordSent(done: string) {
    // the key stays until it worked: a retry after a lost answer stores one message
    const r = await settle(() => markSentAction(draftPayload()));
    if (!r.ok) return setNotice({ kind: "error", text: errorText(r.errors) });
    saveKey.current = newKey();
    setDraftId(null);
    setBody("");
    setSubject("");
    setKept({ body: "", subject: "" });
    // the URL names the prospect: a reload opens a new message to them, not an empty page
    showSavedDraft(null);
    showProspect(prospectId);
    const code = await loadContext(prospectId);
    setNotice(code ? { kind: "error", text: `${done} ${failed("threadRefreshFailed", code)}` } : { kind: "ok", text: done });
    router.refresh();
  }

  // deleting a draft takes two steps (Delete, then "Yes, delete"), and runs once however often it is clicked
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const deletingNow = useRef(false);
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const draftList = useRef<HTMLUListElement>(null);
  // focus follows the step: to "Yes, delete" when asked, back to the draft's Delete when cancelled
  const [deleteFocus, setDeleteFocus] = useState<{ id: string; on: "confirm" | "delete" } | null>(null);
  useEffect(() => {
    if (!deleteFocus) return;
    draftList.current?.querySelector<HTMLButtonElement>(`button[data-draft-id="${CSS.escape(deleteFocus.id)}"][data-step="${deleteFocus.on}"]`)?.focus();
  }, [deleteFocus]);

  function askDelete(id: string) {
    setConfirmingDelete(id);
    setDeleteFocus({ id, on: "confirm" });
  }

  function cancelDelete(id: string) {
    setConfirmingDelete(null);
    setDeleteFocus({ id, on: "delete" });
  }

  function removeDraft(id: string) {
    if (deletingNow.current) return;
    deletingNow.current = true;
    setDeleting(id);
    setNotice(null);
    startTransition(async () => {
      const r = await settle(() => deleteDraftAction(id));
      deletingNow.current = false;
      setDeleting(null);
      setConfirmingDelete(null);
      // not found: already deleted (in another tab, say), which is what was asked for
      if (!r.ok && !r.errors.id?.includes("not_found")) {
        setDeleteFocus({ id, on: "delete" });
        return setNotice({ kind: "error", text: `${t("compose.deleteFailed")} ${errorText(r.errors)}` });
      }
      setDeleted((s) => new Set(s).add(id));
      if (id === draftId) {
        // the text in the editor is no longer saved anywhere
        setDraftId(null);
        setKept({ body: "", subject: "" });
        showSavedDraft(null);
        showProspect(prospectId);
      }
      document.getElementById("drafts-heading")?.focus();
      router.refresh();
    });
  }

  // nothing to save or send (or a save is running): Save draft, Copy and mark as sent, Mark as sent
  const cannotStore = pending || !body.trim() || tooLong;
  // typed and neither saved nor sent: leaving the page (or opening another draft) asks first
  const unsaved = body.trim() !== "" && (body !== kept.body || (channel === "inmail" && subject !== kept.subject));
  const copyKey = localCopyKey(memberId, draftId, prospectId);
  // leaving through the app after confirming discards the text, the browser's copy too
  useLeaveGuard(unsaved, t("compose.leaveConfirm"), () => removeLocalCopy(copyKey));

  // Text typed here and lost without a question (Back, a crash) is offered back when this draft, or
  // a new message to the same prospect, is opened again. Read after the first render: the server
  // has no such copy. Once, for the draft the page opened with.
  useEffect(() => {
    sweepLocalCopies();
    const copy = readLocalCopy(localCopyKey(memberId, initial.draftId, initial.prospectId));
    if (!copy || !copy.body.trim() || (copy.body === initial.body && copy.subject === initial.subject)) return;
    setBody(copy.body);
    setSubject(copy.subject);
    if ((CHANNELS as readonly string[]).includes(copy.channel)) setChannel(copy.channel as Channel);
    if (copy.account === "free" || copy.account === "premium") setAccount(copy.account);
    if (copy.language === "auto" || copy.language === "en" || copy.language === "de") setLanguage(copy.language);
    const time = format.dateTime(new Date(copy.savedAt), { dateStyle: "medium", timeStyle: "short" });
    // the draft was saved again elsewhere (another tab or device) after this copy began: say so
    const newerSaved = copy.base.body !== initial.body || copy.base.subject !== initial.subject;
    setNotice({ kind: "ok", text: t(newerSaved ? "compose.restoredOverNewer" : "compose.restored", { time }), action: "discardRestored" });
  }, []);
  useLocalCopy(copyKey, unsaved, { body, subject, channel, account, language, base: kept });

  /** Back to the text as saved (or empty for a new message), with the settings it opened with. */
  function discardRestored() {
    setBody(kept.body);
    setSubject(kept.subject);
    setChannel(initial.channel);
    setAccount(initial.account);
    setLanguage(initial.language);
    removeLocalCopy(copyKey);
    setNotice(null);
  }
  const shownDrafts = drafts.filter((d) => !deleted.has(d.id));

  const unanswered = (() => {
    let n = 0;
    for (const e of thread) n = e.kind === "message" ? n + 1 : 0;
    return n;
  })();
  const threadState = thread.length === 0 ? t("compose.warmthNone") : unanswered > 0 ? t("compose.warmthUnanswered", { count: unanswered }) : t("compose.warmthReplied");
  // how warm the prospect is: the engagement logged before writing
  const engaged = [...new Set(context.touchpoints.map((tp) => tp.kind).filter((k) => k !== "message-sent"))];
  const warmth = engaged.length ? `${threadState} · ${t("compose.warmedUp", { touches: engaged.map((k) => t(`prospects.touchKinds.${k}`)).join(", ") })}` : threadState;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section className="min-w-0 space-y-4 lg:col-start-1" aria-labelledby="compose-heading">
        <h1 id="compose-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
          {t("compose.title")}
        </h1>

        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1fr)]">
          <label className="text-sm font-medium text-slate-700 sm:col-span-2 xl:col-span-1">
            {t("compose.prospect")}
            <select className={`${field} mt-1`} value={prospectId ?? ""} onChange={(e) => changeProspect(e.target.value)} data-testid="prospect-picker">
              <option value="">{t("compose.noProspect")}</option>
              {prospects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.company ? ` · ${p.company}` : ""}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-slate-700">
            {t("compose.channel")}
            <select className={`${field} mt-1`} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channels.${c}`)}
                </option>
              ))}
            </select>
          </label>
            <label className="text-sm font-medium text-slate-700">
              {t("compose.account")}
              <select className={`${field} mt-1`} value={account} onChange={(e) => setAccount(e.target.value as "free" | "premium")}>
                <option value="premium">{t("accounts.premium")}</option>
                <option value="free">{t("accounts.free")}</option>
              </select>
            </label>
            <label className="text-sm font-medium text-slate-700">
              {t("compose.language")}
              <select className={`${field} mt-1`} value={language} onChange={(e) => setLanguage(e.target.value as "auto" | "en" | "de")}>
                <option value="auto">{t("languages.auto")}</option>
                <option value="en">{t("languages.en")}</option>
                <option value="de">{t("languages.de")}</option>
              </select>
            </label>
        </div>

        {channel === "inmail" ? (
          <label className="block text-sm font-medium text-slate-700">
            {t("compose.subject")}
            <input className={`${field} mt-1`} value={subject} maxLength={2000} lang={messageLanguage} spellCheck onChange={(e) => setSubject(e.target.value)} />
          </label>
        ) : null}

        <div>
          <label htmlFor="message" className="text-sm font-medium text-slate-700">
            {t("compose.message")}
          </label>
          <div className="relative mt-1 rounded-lg border border-slate-300 bg-white shadow-sm focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-500/30">
            <div ref={backdrop} aria-hidden="true" className={`pointer-events-none absolute inset-0 overflow-hidden text-transparent ${editorText}`} data-testid="highlights">
              <HighlightedText text={body} marks={marks} />
            </div>
            <textarea
              ref={textarea}
              id="message"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              onScroll={syncScroll}
              rows={12}
              spellCheck
              lang={messageLanguage}
              placeholder={t("compose.placeholder")}
              aria-describedby="message-counter"
              className={`relative block min-h-64 w-full resize-y rounded-lg bg-transparent text-slate-900 caret-slate-900 placeholder:text-slate-400 focus:outline-none ${editorText}`}
            />
          </div>
          <p id="message-counter" className={`mt-1 text-sm ${overHard || tooLong ? "font-medium text-rose-700" : "text-slate-500"}`} data-testid="counter">
            {t("compose.characters", { count: characters, limit: budget.hardLimit })}
            {budget.goodCharacters ? ` · ${t("compose.goodLength", { good: budget.goodCharacters })}` : null}
            {budget.goodWords && result
              ? ` · ${budget.goodWords.min > 0 ? t("compose.words", { count: result.stats.words, min: budget.goodWords.min, max: budget.goodWords.max }) : t("compose.wordsMax", { count: result.stats.words, max: budget.goodWords.max })}`
              : null}
            {overHard ? ` · ${t("compose.overLimit")}` : null}
          </p>
          {marks.length > 0 ? <HighlightLegend fail={t("compose.legendFail")} warn={t("compose.legendWarn")} /> : null}
        </div>

        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={saveDraft}
            disabled={cannotStore}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {pending ? t("compose.saving") : t("compose.save")}
          </button>
          <button
            type="button"
            onClick={copyAndSend}
            disabled={cannotStore}
            className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("compose.copySend")}
          </button>
          {result?.verdict === "block" ? <span className="text-sm text-rose-700">{t("compose.blockedHint")}</span> : null}
        </div>
        <div aria-live="polite" className="min-h-6">
          {notice ? (
            <div
              role="status"
              data-testid="notice"
              data-kind={notice.kind}
              className={`text-sm ${notice.kind === "ok" ? "text-emerald-700" : "text-rose-700"} ${notice.action === "markSent" ? "rounded-md border border-rose-200 bg-rose-50 p-3" : ""}`}
            >
              <p>{notice.text}</p>
              {notice.action === "markSent" ? (
                <button
                  type="button"
                  onClick={markSent}
                  disabled={cannotStore}
                  className="mt-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"
                >
                  {t("compose.markSent")}
                </button>
              ) : null}
              {notice.action === "discardRestored" ? (
                <button
                  type="button"
                  onClick={discardRestored}
                  className="mt-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50"
                >
                  {t("compose.discardRestored")}
                </button>
              ) : null}
            </div>
          ) : null}
        </div>

      </section>

      <aside className="space-y-4 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start" aria-label={t("compose.checks")}>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex items-center justify-between gap-2">
            <h2 className="text-base font-semibold text-slate-900">{t("compose.verdict")}</h2>
            {result ? <VerdictBadge verdict={result.verdict} label={t(`verdicts.${result.verdict}`)} score={t("compose.score", { score: result.score })} /> : null}
          </div>
          <VerdictAnnouncer text={result ? t("compose.verdictAnnouncement", { verdict: t(`verdicts.${result.verdict}`), score: result.score }) : ""} typing={body} />
          {!result ? <p className="mt-3 text-sm text-slate-500">{tooLong ? t("errors.message_too_long") : t("compose.empty")}</p> : <Checklist checks={result.checks} locale={locale} onApply={applyFix} />}
        </div>
        <AiReviewStatus state={ai.state} onUseRewrite={setBody} />
        {prospectId ? (
          <p className="text-sm text-slate-600" data-testid="warmth">
            {t("compose.warmth")}: {warmth}
          </p>
        ) : null}
      </aside>

      <section className="min-w-0 space-y-4 lg:col-start-1" aria-label={t("compose.thread")}>
        {prospectId ? (
          <ThreadPanel
            thread={thread}
            olderHidden={olderHidden}
            warmth={warmth}
            onLogged={async () => {
              const code = await loadContext(prospectId);
              if (code) setNotice({ kind: "error", text: failed("threadRefreshFailed", code) });
            }}
          />
        ) : null}

        <section aria-labelledby="drafts-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="drafts-heading" tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none">
            {t("compose.drafts")}
          </h2>
          {shownDrafts.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">{t("compose.noDrafts")}</p>
          ) : (
            <ul ref={draftList} className="mt-2 divide-y divide-slate-100" data-testid="drafts">
              {shownDrafts.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
                  <VerdictBadge verdict={d.verdict as LintResult["verdict"]} label={t(`verdicts.${d.verdict}`)} />
                  <span className="min-w-0 flex-1 truncate text-slate-700">
                    {d.prospectName ? <strong className="font-medium">{d.prospectName}: </strong> : null}
                    {d.body}
                  </span>
                  <Link className="text-indigo-700 hover:underline" href={`/compose?draft=${encodeURIComponent(d.id)}`} data-leave-confirm={t("compose.openConfirm")}>
                    {t("compose.open")}
                  </Link>
                  {confirmingDelete === d.id ? (
                    <span
                      role="group"
                      aria-labelledby={`delete-question-${d.id}`}
                      className="flex items-center gap-2"
                      data-testid="delete-confirm"
                      onKeyDown={(e) => {
                        if (e.key === "Escape" && deleting !== d.id) cancelDelete(d.id);
                      }}
                    >
                      <span id={`delete-question-${d.id}`} className="font-medium text-slate-800">
                        {t("compose.deleteConfirm")}
                      </span>
                      <button
                        type="button"
                        data-draft-id={d.id}
                        data-step="confirm"
                        onClick={() => removeDraft(d.id)}
                        disabled={deleting !== null || pending}
                        className="rounded-md bg-rose-600 px-2.5 py-1 text-xs font-semibold text-white shadow-sm hover:bg-rose-500 disabled:cursor-not-allowed disabled:opacity-50"
                      >
                        {deleting === d.id ? t("compose.deleting") : t("compose.deleteYes")}
                      </button>
                      <button
                        type="button"
                        onClick={() => cancelDelete(d.id)}
                        disabled={deleting === d.id}
                        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"
                      >
                        {t("compose.deleteCancel")}
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      data-draft-id={d.id}
                      data-step="delete"
                      className="text-slate-500 hover:text-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
                      onClick={() => askDelete(d.id)}
                      disabled={deleting !== null}
                    >
                      {t("compose.delete")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </section>
    </div>
  );
}
