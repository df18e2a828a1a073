import type { LintContext } from "../context";
import { languageData } from "../data";
import { isQuoted, quotedSpans } from "../text/quotes";
import { defineRule } from "../rule";
import type { Span } from "../schema";
import { classOf, codePointAt, isSpace, LETTER, mayHavePictograph, NUMBER, UPPER, upperRunStarts } from "../text/chars";
import { memoize } from "../text/memo";
import { containsWord, findAll, isNegated, type Match } from "../text/patterns";

// Runs of capitals that shout. Acronyms (CRM, PPAP, NSCLC) are short and usually carry no vowel
// pattern of a word, so a single capitalised word counts only from 7 letters and when it is not
// one of the prospect's or sender's own terms; two or more capitalised words in a row always count.
// As a regex (caps.test.ts compares it with capsRunEnd, which does its work):
//   /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[\s\-]+\p{Lu}{2,})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{7,}(?![\p{L}\p{N}])/gu
const VOWELS = /[AEIOUÄÖÜY]/g;

/** Where the white space and hyphens from i end: what joins capitalised words, and "100 %" to its noun. */
function skipJoiners(text: string, i: number): number {
  while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  return i;
}

/** Whether a match is wrapped in a merge field's brackets ("{FIRMA}", "<COMPANY>", "%NAME%"): not a shout. */
function inMergeField(text: string, m: Match): boolean {
  return /[<{[%_]/.test(text.charAt(m.start - 1)) || /[>}\]%_]/.test(text.charAt(m.end));
}

/** The end of the run of upper-case letters from i, and how many letters (code points) it holds. */
function upperRun(text: string, i: number): { end: number; letters: number } {
  let letters = 0;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!(classOf(cp) & UPPER)) break;
    letters++;
    i += cp > 0xffff ? 2 : 1;
  }
  return { end: i, letters };
}

/** Whether a letter or digit begins at i (false at the end of the text). */
function letterOrDigitAt(text: string, i: number): boolean {
  return i < text.length && (classOf(codePointAt(text, i)) & (LETTER | NUMBER)) !== 0;
}

/**
 * Where a shout (the regex above) that begins at `at` ends, or -1; `at` begins a run of two or
 * more capitals after no letter or digit (upperRunStarts). Written out instead of run as a regex,
 * whose \p{Lu} costs a Unicode table search per character. The first alternative takes the runs
 * of two or more capitals that follow, joined by white space or hyphens (each run whole: a shorter
 * part would leave a capital where a joiner or the end must be), and ends with the last of them
 * unless a letter or digit follows it, else with the one before; the second takes one run of
 * seven or more capitals that no letter or digit follows.
 */
function capsRunEnd(text: string, at: number): number {
  const first = upperRun(text, at);
  let lastEnd = -1;
  let previousEnd = -1;
  for (let run = first; ; ) {
    const j = skipJoiners(text, run.end);
    if (j === run.end) break;
    const next = upperRun(text, j);
    if (next.letters < 2) break;
    previousEnd = lastEnd;
    lastEnd = next.end;
    run = next;
  }
  if (lastEnd !== -1) {
    if (!letterOrDigitAt(text, lastEnd)) return lastEnd;
    if (previousEnd !== -1) return previousEnd; // a joiner follows it
  }
  return first.letters >= 7 && !letterOrDigitAt(text, first.end) ? first.end : -1;
}

/** The shouts in a text, as the regex's global exec loop finds them: only a run of capitals after no letter or digit can begin one. */
export function capsRuns(text: string, starts: readonly number[] = upperRunStarts(text)): Match[] {
  const out: Match[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue; // matches do not overlap
    const e = capsRunEnd(text, at);
    if (e === -1) continue;
    out.push({ start: at, end: e, text: text.slice(at, e) });
    end = e;
  }
  return out;
}

// Endings of adjectives, adverbs and participles: "AMAZING", "INCREDIBLE", "UNGLAUBLICH". A long
// word in capitals without one is more often a brand or a protocol (SIEMENS, PROFIBUS, LIEBHERR).
const WORD_ENDING = /(?:ING|ED|IBLE|ABLE|LY|OUS|IVE|IC|FUL|EST|LICH|IG|ISCH|BAR|LOS|VOLL|HAFT|END|STE)$/u;

/** A shout rather than an acronym or a brand in capitals: a common word, or a long word with a word's vowels and ending. */
function isShout(run: string): boolean {
  const letters = run.replace(/[^\p{L}]/gu, "");
  if (/[\s-]/.test(run)) {
    const parts = run.split(/[\s-]+/).filter(Boolean);
    // "OWASP ASVS", "DIN EN ISO": short acronyms side by side name a standard, unless one is an everyday word ("FREE TRIAL")
    if (parts.every((w) => w.length <= 5) && !parts.some(isCommonWord)) return false;
    return letters.length >= 8 && parts.some((w) => w.length >= 4);
  }
  if (isCommonWord(run)) return true;
  const vowels = letters.match(VOWELS)?.length ?? 0;
  return vowels >= 2 && vowels / letters.length >= 0.3 && WORD_ENDING.test(letters);
}

// Both languages' shout words, as a set and the prefixes of the "love*" entries: a capitalised word
// is looked up once, without the phrase index (whose cache of texts it would churn).
const SHOUT_WORDS = new Set<string>();
const SHOUT_PREFIXES: string[] = [];
for (const w of [...languageData.en.shoutWords, ...languageData.de.shoutWords]) {
  if (w.endsWith("*")) SHOUT_PREFIXES.push(w.slice(0, -1));
  else SHOUT_WORDS.add(w);
}

/** An everyday word in capitals ("FREE", "JEDE", "DIE Lösung"), not an acronym (IT, SAP, KUKA): a shout word, or a function word of four letters or more. */
function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (SHOUT_WORDS.has(lower) || SHOUT_PREFIXES.some((p) => lower.startsWith(p))) return true;
  return lower.length >= 4 && (languageData.en.stopwords.has(lower) || languageData.de.stopwords.has(lower));
}

const OWN_SHOUT_WORDS = { en: new Set(languageData.en.shoutWords), de: new Set(languageData.de.shoutWords) };

/**
 * A short word in capitals that shouts only in the other language: "NIE number" in an English
 * message is the Spanish tax number, not a German "never"; "NOW" in a German one an acronym.
 */
function foreignShortWord(word: string, lang: "en" | "de"): boolean {
  const lower = word.toLowerCase();
  return lower.length <= 3 && !OWN_SHOUT_WORDS[lang].has(lower) && !languageData[lang].stopwords.has(lower);
}

const ARTICLES = new Set(["the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine"]);
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:your|my|our|their|his|her|its|the|this|that|ihr\p{L}*|unser\p{L}*|dein\p{L}*|euer|eure\p{L}*|der|die|das|den|dem|des|dieser|diese|dieses)\s+$/iu;

/** An article in capitals after another determiner ("your THE piece": Times Higher Education) is a name: two articles do not stack. */
function isNamedArticle(text: string, m: Match): boolean {
  return ARTICLES.has(m.text.toLowerCase()) && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** Single words of two to six capitals that no letter or digit touches: capsRuns leaves them to isCommonWord. */
function shortCapsWords(text: string, starts: readonly number[]): Match[] {
  const out: Match[] = [];
  for (const at of starts) {
    const run = upperRun(text, at);
    if (run.letters > 6 || letterOrDigitAt(text, run.end)) continue;
    const j = skipJoiners(text, run.end);
    if (j > run.end && upperRun(text, j).letters >= 2) continue; // part of a run of capitalised words
    out.push({ start: at, end: run.end, text: text.slice(at, run.end) });
  }
  return out;
}
/** What the prospect's and sender's fields spell, where a brand or name keeps its own capitals. */
function ownTermsOf(input: LintContext["input"]): string {
  return `${input.prospect?.company ?? ""} ${input.prospect?.role ?? ""} ${(input.prospect?.notes ?? []).join(" ")} ${input.sender?.product ?? ""} ${input.sender?.usp ?? ""}`;
}

/** Whether the code unit at i is a letter or digit as containsWord tests it (half a surrogate pair is neither; false outside the text). */
function wordUnitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (classOf(text.charCodeAt(i)) & (LETTER | NUMBER)) !== 0;
}

/** The runs of letters and digits in a text, code unit by code unit as containsWord reads them, and where they begin. */
function wordRuns(text: string): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  for (let i = 0, start = -1; i <= text.length; i++) {
    if (wordUnitAt(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      starts.push(start);
      start = -1;
    }
  }
  return { words, starts };
}

/** A trie of strings by code unit: children[node] maps a code unit to the next node, nodeOf[k] is where strings[k] ends. */
function trieOf(strings: readonly string[]): { children: Map<number, number>[]; nodeOf: number[] } {
  const children: Map<number, number>[] = [new Map()];
  const nodeOf = strings.map((s) => {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let next = children[node].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        children[node].set(c, next);
      }
      node = next;
    }
    return node;
  });
  return { children, nodeOf };
}

/**
 * Which of `words` stand in text as words of their own, as containsWord(text, word) says, for words
 * that begin with a letter or digit: such a word stands only where a run of letters and digits
 * begins (`starts`, from wordRuns), so one walk from each of those along a trie of the words
 * answers them all, instead of a search of the whole text per word.
 */
export function wordsStandingIn(text: string, starts: readonly number[], words: readonly string[]): boolean[] {
  const { children, nodeOf } = trieOf(words);
  const ends = new Uint8Array(children.length);
  for (const node of nodeOf) ends[node] = 1;
  const found = new Uint8Array(children.length);
  for (const start of starts) {
    let node = 0;
    for (let i = start; i < text.length; i++) {
      const next = children[node].get(text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      if (ends[node] && !wordUnitAt(text, i + 1)) found[node] = 1;
    }
  }
  return nodeOf.map((node) => found[node] === 1);
}

/**
 * Which of the patterns occur in text, as text.includes(pattern) says, in one pass over the text
 * (Aho–Corasick): a pattern occurs where the text's longest suffix in the trie ends in it.
 */
export function patternsIn(text: string, patterns: readonly string[]): boolean[] {
  const { children, nodeOf } = trieOf(patterns);
  // breadth first, each node's failure link: the node of the longest proper suffix of its string
  const fail = new Int32Array(children.length);
  const order = [0];
  for (let k = 0; k < order.length; k++) {
    const node = order[k];
    for (const [c, child] of children[node]) {
      if (node !== 0) {
        let f = fail[node];
        while (f !== 0 && !children[f].has(c)) f = fail[f];
        fail[child] = children[f].get(c) ?? 0;
      }
      order.push(child);
    }
  }
  const seen = new Uint8Array(children.length);
  seen[0] = 1;
  for (let i = 0, node = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next = children[node].get(c);
    while (next === undefined && node !== 0) {
      node = fail[node];
      next = children[node].get(c);
    }
    node = next ?? 0;
    seen[node] = 1;
  }
  // a node seen means every suffix of its string occurred too
  for (let k = order.length - 1; k > 0; k--) if (seen[order[k]]) seen[fail[order[k]]] = 1;
  return nodeOf.map((node) => seen[node] === 1);
}

/**
 * The stretches of a text that a shout can stand in (capitals, white space and hyphens, from the
 * first capital to the last, two units or more), apart: text.includes(shout) is true exactly when
 * this includes it. Notes are mostly small letters, so this is a small part of them.
 */
export function capitalStretches(text: string): string {
  const parts: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i <= text.length; ) {
    const cp = i < text.length ? codePointAt(text, i) : 0;
    const size = cp > 0xffff ? 2 : 1;
    if (i < text.length && classOf(cp) & UPPER) {
      if (start < 0) start = i;
      end = i + size;
    } else if (i === text.length || !(isSpace(cp) || cp === 45)) {
      if (start >= 0 && end - start >= 2) parts.push(text.slice(start, end));
      start = -1;
    }
    i += size;
  }
  return parts.join("\u0000"); // no shout holds U+0000
}

/**
 * Whether a span lies within one of the spans found so far (spans.some(s => s.start <= m.start &&
 * s.end >= m.end)), for questions asked in order of start, as each loop below asks them: the
 * farthest end among the spans that start by then answers, instead of a look at all of them.
 */
export class Coverage {
  private readonly sorted: Span[];
  private next = 0;
  private reach = -Infinity;

  constructor(spans: readonly Span[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
  }

  covers(m: Span): boolean {
    while (this.next < this.sorted.length && this.sorted[this.next].start <= m.start) this.reach = Math.max(this.reach, this.sorted[this.next++].end);
    return this.reach >= m.end;
  }

  /** A span found at the place of the last question: it starts before every later one. */
  add(m: Span): void {
    this.reach = Math.max(this.reach, m.end);
  }
}

// More distinct shouts than this are looked for in one pass over the notes' capitals, not one search each.
const FEW_SHOUTS = 8;

/**
 * The prospect's and sender's own terms, read once per text: they stay the same while a person
 * types, and notes may hold two megabytes, which a search per hype word or shout of a long
 * message read again and again (0.6–0.9 s for 20,000 characters).
 */
export class OwnTerms {
  private runs?: { words: Set<string>; starts: number[] };
  private capitals?: string;
  // answers of the searches over all the terms, kept while the message is typed (a bounded few)
  private readonly phrases = new Map<string, boolean>();
  private readonly shouts = new Map<string, boolean>();

  constructor(readonly text: string) {}

  /** The capitalised hype words (of those given) that the terms spell as words of their own, as containsWord says. */
  wordsAmong(candidates: readonly string[]): Set<string> {
    if (!this.runs) {
      const { words, starts } = wordRuns(this.text);
      this.runs = { words: new Set(words), starts };
    }
    const { words, starts } = this.runs;
    const out = new Set<string>();
    const walk: string[] = [];
    for (const w of new Set(candidates)) {
      const parts = wordRuns(w);
      // every run of letters and digits in a word that stands is a whole run of the terms
      if (!parts.words.every((p) => words.has(p))) continue;
      const known = this.phrases.get(w);
      if (known !== undefined) {
        if (known) out.add(w);
      } else if (parts.words.length === 1 && parts.words[0] === w) out.add(w);
      else if (wordUnitAt(w, 0)) walk.push(w);
      else if (containsWord(this.text, w)) out.add(w);
    }
    if (walk.length > 0) {
      const stands = wordsStandingIn(this.text, starts, walk);
      walk.forEach((w, k) => {
        remember(this.phrases, w, stands[k]);
        if (stands[k]) out.add(w);
      });
    }
    return out;
  }

  /** The shouts (of those given) that the terms hold, as text.includes says. */
  shoutsAmong(candidates: readonly string[]): Set<string> {
    this.capitals ??= capitalStretches(this.text);
    const capitals = this.capitals;
    const out = new Set<string>();
    const unknown: string[] = [];
    for (const s of new Set(candidates)) {
      const known = this.shouts.get(s);
      if (known === undefined) unknown.push(s);
      else if (known) out.add(s);
    }
    const found = unknown.length <= FEW_SHOUTS ? unknown.map((s) => capitals.includes(s)) : patternsIn(capitals, unknown);
    unknown.forEach((s, k) => {
      remember(this.shouts, s, found[k]);
      if (found[k]) out.add(s);
    });
    return out;
  }
}

function remember(answers: Map<string, boolean>, key: string, value: boolean): void {
  if (answers.size >= 4096) answers.clear();
  answers.set(key, value);
}

// kept while a person types (memo.ts keeps the last of notes too large for its budget too)
const ownTermsIndex = memoize((text: string) => new OwnTerms(text));
const UPPER_FIRST = /^\p{Lu}\p{Ll}/u;
const EXCLAIM = /!{2,}|[!?]{3,}/g;

// "a retry storm is almost guaranteed": a hedge describes a risk, it promises nothing
const HEDGED = /(?:almost|nearly|practically|virtually|fast|nahezu|beinahe|so gut wie)\s+$/i;

const QUOTE_MARKS = "'\"‘’‚“”„«»‹›";
/** A word within a short phrase in quotation marks ("'guaranteed payback' claims"): an opening mark before it and a closing one after, a few words apart. */
function isMention(text: string, m: Match): boolean {
  let open = -1;
  for (let i = m.start - 1; i >= Math.max(0, m.start - 30); i--) {
    const c = text[i];
    if (c === "\n" || c === "." || c === "!" || c === "?") return false;
    if (QUOTE_MARKS.includes(c) && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? "")) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = m.end; i < Math.min(text.length, m.end + 30); i++) {
    const c = text[i];
    if (c === "\n" || c === "!" || c === "?") return false;
    if (QUOTE_MARKS.includes(c) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) return true;
  }
  return false;
}
// "anyone who guarantees one is guessing": a claim the writer puts in others' mouths
const OTHERS_CLAIM = /(?:anyone|anybody|whoever|someone|those|people|others)\s+(?:who\s+|that\s+)?$/i;
// "AI vendors promising 100% accuracy", "Anbieter, die … versprechen": what others promise, reported
const OTHERS_PROMISE = /(?<![\p{L}])(?:vendors?|providers?|suppliers?|agencies|competitors?|companies|firms|tools|anbieter|dienstleister|hersteller|agenturen|firmen)\s+(?:[\p{L}-]+\s+){0,2}(?:promising|promise|promised|claiming|claim|claimed|touting|versprechen|versprach|versprochen|werben mit)\s+(?:[\p{L}-]+\s+)?$/iu;
// between a denied word and the next: "or that it", "oder gar": the same denial, within a sentence
const CARRIES_DENIAL = /^[^.!?;\n]{0,30}(?<![\p{L}])(?:or|nor|oder|noch)(?![\p{L}])[^.!?;\n]{0,25}$/u;

// "up 100% year on year", "um 100 % gestiegen", "erstmals über 100 %": a change or a level measured, not a promise
const CHANGE_BEFORE = /(?:up|by|rose|grew|increased|doubled|um|plus|stieg|wuchs|over|above|über|unter|below|under)\s+$/i;

/** "100 %" as a plain fact: "100 % remote", "eine 100-%-Tochter", "up 100% year on year". A promise ("100% guaranteed") stays hype. */
function isPlainFigure(text: string, m: Match): boolean {
  if (!/^100/.test(m.text)) return false;
  if (CHANGE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return true;
  const next = skipJoiners(text, m.end);
  const after = text.slice(next, next + 30).toLowerCase();
  return PLAIN_FIGURES.some((p) => (p.endsWith("*") ? after.startsWith(p.slice(0, -1)) : after.startsWith(p) && !/^[\p{L}\p{N}]/u.test(after.slice(p.length))));
}

// read as a list rather than through the phrase index: "more", "mehr", "up" are common words, and the index would match them in every message for the rare "100 %"
const PLAIN_FIGURES = [...languageData.en.plainFigures, ...languageData.de.plainFigures];
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
    let questions: Span[] | undefined;
    let ownTerms: OwnTerms | undefined;
    let deniedEnd = -1;
    const hype = findAll(lex.hype, text);
    let ownWords: Set<string> | undefined; // looked up for all capitalised matches at once
    for (const m of hype) {
      // "I won't pretend it's a game-changer or that it guarantees anything": "or" carries the denial on
      if (isNegated(text, m, { claim: true }) || (deniedEnd >= 0 && CARRIES_DENIAL.test(text.slice(deniedEnd, m.start)))) {
        deniedEnd = m.end;
        continue;
      }
      // vendors promising 'guaranteed' savings: a word in quotation marks is named, not used
      if (isMention(text, m) || isPlainFigure(text, m) || HEDGED.test(text.slice(Math.max(0, m.start - 14), m.start)) || OTHERS_CLAIM.test(text.slice(Math.max(0, m.start - 24), m.start)) || OTHERS_PROMISE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
      // "Bristol Ultimate" (Frisbee Club): a capitalised word the prospect's or sender's own terms spell so is a name
      if (UPPER_FIRST.test(m.text) && (ownWords ??= (ownTerms ??= ownTermsIndex(ownTermsOf(input))).wordsAmong(hype.map((h) => h.text).filter((t) => UPPER_FIRST.test(t)))).has(m.text)) continue;
      // a customer's question quoted („Können Sie mir null Stillstand garantieren?“) is theirs, not a promise
      questions ??= quotedSpans(text).filter((q) => text.slice(q.start, q.end).includes("?"));
      if (isQuoted(questions, m)) continue;
      spans.push(m);
      found.push(`“${m.text}”`);
    }
    const upperStarts = upperRunStarts(text); // both scans below start where a run of capitals does
    const shouts = capsRuns(text, upperStarts).filter((m) => isShout(m.text));
    let ownShouts: Set<string> | undefined; // looked up for all shouts at once
    // (a look through all spans found before each shout took 30–50 ms for 5,000 shouts)
    let covered = new Coverage(spans);
    for (const m of shouts) {
      // a name the prospect or sender writes so themselves
      if ((ownShouts ??= (ownTerms ??= ownTermsIndex(ownTermsOf(input))).shoutsAmong(shouts.map((s) => s.text))).has(m.text)) continue;
      if (inMergeField(text, m)) continue;
      if (covered.covers(m)) continue;
      covered.add(m);
      spans.push(m);
      found.push(`“${m.text}”`);
    }
    covered = new Coverage(spans);
    for (const m of shortCapsWords(text, upperStarts)) {
      if (!isCommonWord(m.text) || foreignShortWord(m.text, ctx.lang) || inMergeField(text, m) || isNamedArticle(text, m) || covered.covers(m)) continue;
      covered.add(m);
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
      // (a word in quotation marks is named there too: "Ihr „Gamechanger“ im Kursplan")
      for (const m of findAll(lex.hype, subject)) if (!isNegated(subject, m, { claim: true }) && !isPlainFigure(subject, m) && !isMention(subject, m)) found.push(`“${m.text}” (subject)`);
      for (const m of capsRuns(subject)) if (isShout(m.text) && !inMergeField(subject, m)) found.push(`“${m.text}” (subject)`);
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
