import { channelBudget } from "../channels";
import { defineRule } from "../rule";
import type { Span } from "../schema";
import { findAll } from "../text/patterns";
import { countCharacters } from "../text/segment";

/**
 * Sentences longer than this many words are hard to take in on a phone screen. Reviewers let a
 * well-built sentence of 41 or 42 words pass; the run-ons they flag are far longer.
 */
export const LONG_SENTENCE_WORDS = 45;

/** Offset in `text` after the first `n` code points. */
function offsetOfCodePoint(text: string, n: number): number {
  let i = 0;
  for (let seen = 0; i < text.length && seen < n; seen++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

export const conciseRule = defineRule({
  meta: {
    id: "concise",
    title: { en: "Gets to the point", de: "Kommt auf den Punkt" },
    why: {
      en: "Short messages with one ask get read and answered; LinkedIn also cuts messages at hard limits.",
      de: "Kurze Nachrichten mit einer Bitte werden gelesen und beantwortet; LinkedIn schneidet zudem an harten Grenzen ab.",
    },
    messages: {
      ok: { en: "Short and to the point ({count}).", de: "Kurz und auf den Punkt ({count})." },
      "over-hard-limit": {
        en: "{count} characters: over LinkedIn's limit of {limit} for this channel. It cannot be sent like this.",
        de: "{count} Zeichen: über LinkedIns Grenze von {limit} für diesen Kanal. So lässt sie sich nicht senden.",
      },
      "subject-over-limit": {
        en: "The subject has {count} characters; LinkedIn allows {limit}.",
        de: "Der Betreff hat {count} Zeichen; LinkedIn erlaubt {limit}.",
      },
      "over-good-characters": {
        en: "{count} characters: a connection note works best under {limit}.",
        de: "{count} Zeichen: Eine Vernetzungsanfrage wirkt am besten unter {limit}.",
      },
      "over-good-words": {
        en: "{count} words: aim for at most {limit} in this channel.",
        de: "{count} Wörter: In diesem Kanal besser höchstens {limit}.",
      },
      filler: {
        en: "“{filler}” is filler: start with the reason you write.",
        de: "„{filler}“ ist eine Floskel: Beginnen Sie mit dem Anlass.",
      },
      "several-asks": {
        en: "{count} asks in one message: keep one.",
        de: "{count} Bitten in einer Nachricht: Behalten Sie eine.",
      },
      "long-sentence": {
        en: "A sentence of {count} words: split it.",
        de: "Ein Satz mit {count} Wörtern: Teilen Sie ihn auf.",
      },
    },
    suggestions: {
      "over-hard-limit": { en: "Cut to what this person needs to decide on your ask.", de: "Kürzen Sie auf das, was die Person für Ihre Frage braucht." },
      "over-good-characters": { en: "Keep the reference, one fact and the ask.", de: "Behalten Sie den Anlass, eine Tatsache und die Frage." },
      "over-good-words": { en: "Keep the reference, the problem, one result and one ask.", de: "Behalten Sie Anlass, Problem, ein Ergebnis und eine Frage." },
      filler: { en: "Delete the filler sentence.", de: "Streichen Sie die Floskel." },
      "several-asks": { en: "Keep the lightest ask and drop the others.", de: "Behalten Sie die leichteste Frage und streichen Sie die anderen." },
      "long-sentence": { en: "Split it into two or three sentences.", de: "Teilen Sie ihn in zwei oder drei Sätze." },
    },
  },
  check(ctx) {
    const { text, input } = ctx;
    const budget = channelBudget(ctx.channel, input.account);
    const chars = ctx.stats.characters;
    if (chars > budget.hardLimit) {
      const cut = offsetOfCodePoint(text, budget.hardLimit);
      return {
        status: "fail",
        messageId: "over-hard-limit",
        data: { count: chars, limit: budget.hardLimit },
        spans: [{ start: cut, end: text.length }],
        blocking: true,
      };
    }
    const subjectChars = input.subject ? countCharacters(input.subject) : 0;
    if (budget.subjectLimit && subjectChars > budget.subjectLimit) {
      return { status: "fail", messageId: "subject-over-limit", data: { count: subjectChars, limit: budget.subjectLimit }, spans: [], blocking: true };
    }
    // (a wish as the last line, "Ich wünsche Ihnen einen guten Start in die Woche", closes; it opens nothing)
    const last = ctx.bodySentences.length > 1 ? ctx.bodySentences[ctx.bodySentences.length - 1] : null;
    const fillers = findAll(ctx.lex.fillers, text, ctx.body.start, last ? last.start : ctx.body.end);
    if (fillers.length > 0) {
      const f = fillers[0];
      const sentence = ctx.sentences.find((s) => s.start <= f.start && s.end >= f.end);
      // delete the whole filler sentence when it says nothing else
      const onlyFiller = sentence && sentence.end - sentence.start <= f.end - f.start + 3;
      let fix;
      if (sentence && onlyFiller) {
        let end = sentence.end;
        while (end < text.length && /[ \t]/.test(text[end])) end++;
        fix = { start: sentence.start, end, text: "" };
      }
      return { status: "fail", messageId: "filler", data: { filler: f.text }, spans: fillers.map((m) => ({ start: m.start, end: m.end })), fix };
    }
    const requests = ctx.asks.filter((a) => a.kind !== "offer");
    if (requests.length >= 2) {
      return { status: "fail", messageId: "several-asks", data: { count: requests.length }, spans: requests.map((a) => ({ start: a.start, end: a.end })) };
    }
    // "under 200 characters": the 200th is one too many
    if (budget.goodCharacters && chars >= budget.goodCharacters) {
      const cut = offsetOfCodePoint(text, budget.goodCharacters - 1);
      return { status: "fail", messageId: "over-good-characters", data: { count: chars, limit: budget.goodCharacters }, spans: [{ start: cut, end: text.length }] };
    }
    if (budget.goodWords && ctx.words.length > budget.goodWords.max) {
      return { status: "fail", messageId: "over-good-words", data: { count: ctx.words.length, limit: budget.goodWords.max }, spans: [ctx.body] };
    }
    const long: Span[] = [];
    let longest = 0;
    for (const s of ctx.bodySentences) {
      // words are separated by at least one character: a sentence this short cannot hold too many
      if ((s.end - s.start + 1) / 2 <= LONG_SENTENCE_WORDS) continue;
      let n = 0;
      for (const w of ctx.words) if (w.start >= s.start && w.end <= s.end) n++;
      if (n > LONG_SENTENCE_WORDS) {
        long.push({ start: s.start, end: s.end });
        longest = Math.max(longest, n);
      }
    }
    if (long.length > 0) return { status: "fail", messageId: "long-sentence", data: { count: longest }, spans: long };
    const count = budget.goodCharacters ? `${chars}/${budget.goodCharacters}` : `${ctx.words.length}/${budget.goodWords!.max}`;
    return { status: "pass", messageId: "ok", data: { count } };
  },
});
