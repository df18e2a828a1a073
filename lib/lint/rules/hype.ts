import { defineRule } from "../rule";
import type { Span } from "../schema";
import { mayHavePictograph, upperRunStarts } from "../text/chars";
import { findAll, isNegated, matchesAt, type Match } from "../text/patterns";

// Runs of capitals that shout. Acronyms (CRM, PPAP, NSCLC) are short and usually carry no vowel
// pattern of a word, so a single capitalised word counts only from 7 letters and when it is not
// one of the prospect's or sender's own terms; two or more capitalised words in a row always count.
const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[\s\-]+\p{Lu}{2,})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{7,}(?![\p{L}\p{N}])/gu;
// The same, anchored: tried only where a run of capitals begins (see capsRuns).
const CAPS_RUN_AT = new RegExp(CAPS_RUN.source, "uy");
const VOWELS = /[AEIOUÄÖÜY]/g;

/**
 * The matches of CAPS_RUN, found by trying it only where a run of two or more capitals begins
 * after no letter or digit, as every match does: a scan with its look-behind at every position
 * costs a Unicode table search per character.
 */
function capsRuns(text: string): Match[] {
  return matchesAt(CAPS_RUN_AT, text, upperRunStarts(text)).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** A shout rather than an acronym: long enough and with the vowels of a word (NSCLC, DATEV are not shouts). */
function isShout(run: string): boolean {
  const letters = run.replace(/[^\p{L}]/gu, "");
  const vowels = letters.match(VOWELS)?.length ?? 0;
  if (/[\s-]/.test(run)) return letters.length >= 8 && run.split(/[\s-]+/).some((w) => w.length >= 4);
  return vowels >= 2 && vowels / letters.length >= 0.3;
}
const EXCLAIM = /!{2,}|[!?]{3,}/g;
const EMOJI_RUN = /(?:\p{Extended_Pictographic}[\u200d\ufe0f\p{M}\u{1F3FB}-\u{1F3FF}]*\s?){3,}/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;

export const hypeRule = defineRule({
  meta: {
    id: "hype",
    title: { en: "No hype, pressure or shouting", de: "Kein Hype, kein Druck, kein Geschrei" },
    why: {
      en: "Superlatives, guarantees and urgency read like spam and cost trust.",
      de: "Superlative, Garantien und künstliche Eile wirken wie Spam und kosten Vertrauen.",
    },
    semantic: true,
    messages: {
      ok: { en: "Calm, credible tone.", de: "Ruhiger, glaubwürdiger Ton." },
      hype: { en: "Hype or pressure: {found}.", de: "Hype oder Druck: {found}." },
    },
    suggestions: {
      hype: {
        en: "Replace claims with a concrete, checkable fact and drop the urgency.",
        de: "Ersetzen Sie Versprechen durch eine konkrete, überprüfbare Angabe und verzichten Sie auf Zeitdruck.",
      },
    },
  },
  check(ctx) {
    const { text, lex, input } = ctx;
    const found: string[] = [];
    const spans: Span[] = [];
    for (const m of findAll(lex.hype, text)) {
      if (isNegated(text, m, { claim: true })) continue;
      spans.push(m);
      found.push(`“${m.text}”`);
    }
    let ownTerms: string | undefined;
    for (const m of capsRuns(text)) {
      ownTerms ??= `${input.prospect?.company ?? ""} ${input.prospect?.role ?? ""} ${(input.prospect?.notes ?? []).join(" ")} ${input.sender?.product ?? ""} ${input.sender?.usp ?? ""}`;
      if (!isShout(m.text) || (!/[\s-]/.test(m.text) && ownTerms.includes(m.text))) continue;
      if (/[<{[%_]/.test(text.charAt(m.start - 1)) || /[>}\]%_]/.test(text.charAt(m.end))) continue; // a merge field, not a shout
      if (spans.some((s) => s.start <= m.start && s.end >= m.end)) continue;
      spans.push(m);
      found.push(`“${m.text}”`);
    }
    for (const m of findAll(EXCLAIM, text)) {
      spans.push(m);
      found.push(`“${m.text}”`);
    }
    const pictographs = mayHavePictograph(text);
    const runs = pictographs ? findAll(EMOJI_RUN, text) : [];
    const emojiCount = pictographs ? (text.match(EMOJI)?.length ?? 0) : 0;
    if (runs.length > 0) {
      for (const m of runs) spans.push(m);
      found.push("emoji string");
    } else if (emojiCount >= 4) {
      found.push("many emoji");
    }
    const subject = input.subject ?? "";
    if (subject) {
      for (const m of findAll(lex.hype, subject)) if (!isNegated(subject, m, { claim: true })) found.push(`“${m.text}” (subject)`);
      for (const m of capsRuns(subject)) if (isShout(m.text)) found.push(`“${m.text}” (subject)`);
      if (/!{2,}/.test(subject)) found.push("“!!” (subject)");
    }
    if (found.length === 0) return { status: "pass", messageId: "ok" };
    spans.sort((a, b) => a.start - b.start);
    // one shout and nothing else: a one-click fix can calm it
    const only = spans.length === 1 && found.length === 1 && /^!+$/.test(text.slice(spans[0].start, spans[0].end)) ? spans[0] : undefined;
    return {
      status: "fail",
      messageId: "hype",
      data: { found: [...new Set(found)].slice(0, 5).join(", ") },
      spans,
      fix: only ? { start: only.start, end: only.end, text: "." } : undefined,
    };
  },
});
