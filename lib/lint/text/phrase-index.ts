import type { Span } from "../schema";
import { classOf, codePointAt, LETTER, NUMBER } from "./chars";
import { RangeIndex } from "./range-table";
import { lowerBound, startOf } from "./sorted";
import { wholeWords } from "./patterns";
import { expandRegex, requiredClauses, splitTopLevel } from "./regex-triggers";
import { tokenize, type Token } from "./segment";

/**
 * Matching word lists by words instead of by regex. A list of phrases compiled into one
 * alternation costs a regex scan of the whole message per list (3–30 µs each, and the linter
 * has twenty lists and runs on every keystroke). Here every literal phrase of every list sits in
 * one index keyed by its first word; one pass over the words of a text finds the matches of
 * all lists at once. The words are the message's tokens (shared with the rules) split at
 * hyphens and number dots; what each distinct word can start or holds is worked out the first
 * time it is seen (WordInfo) and found again by its char codes in the lower-cased text, so no
 * word becomes a string of its own. Entries that need a regex (a RegExp, or a phrase with
 * punctuation such as "100%") are run only when that list is asked for, and each only when the
 * literal text it cannot match without occurs in the message.
 */

interface RegexPart {
  /** Entries without a known trigger, as one union. */
  always: WordRegex | null;
  /** Entries run only when each clause has a trigger in the text (requiredClauses). */
  triggered: { re: WordRegex; clauses: number[][] }[];
}

/**
 * A regex that matches whole words only (wholeWords(body)), run over a text. That form starts with
 * a look-behind for a letter or digit, which the regex engine tests at every position of the text
 * with a table search per character. A regex of the body alone finds the candidate positions much
 * faster (it skips ahead on the first letters of the body), and the whole-word form, made sticky,
 * decides at each candidate: the same matches, as every whole-word match is a match of the body at
 * the same position. A body of figures (every alternative begins with a digit, "+" or a currency
 * sign) is found fast either way and runs as it is.
 */
export class WordRegex {
  private readonly scan: RegExp | null;
  private readonly whole: RegExp;

  constructor(body: string) {
    const whole = wholeWords(body);
    const figures = splitTopLevel(body).every((branch) => /^(?:\\d|\[\+\]|\[£\$€\])/.test(branch));
    if (figures) {
      this.scan = null;
      this.whole = whole;
    } else {
      this.scan = new RegExp(`(?:${body})`, whole.flags);
      this.whole = new RegExp(whole.source, whole.flags.replace("g", "") + "y");
    }
  }

  /** Adds the spans of the matches in text, as a global exec loop over the whole-word regex finds them. */
  run(text: string, spans: Span[]): void {
    const { scan, whole } = this;
    let m: RegExpExecArray | null;
    if (!scan) {
      whole.lastIndex = 0;
      while ((m = whole.exec(text))) {
        if (m[0].length === 0) {
          whole.lastIndex++;
          continue;
        }
        spans.push({ start: m.index, end: m.index + m[0].length });
      }
      return;
    }
    scan.lastIndex = 0;
    while ((m = scan.exec(text))) {
      const at = m.index;
      whole.lastIndex = at;
      const w = whole.exec(text);
      if (w && w[0].length > 0) {
        spans.push({ start: at, end: at + w[0].length });
        scan.lastIndex = at + w[0].length;
      } else {
        // an empty whole-word match moves on by one unit, as the global loop does; no match, by one character
        scan.lastIndex = at + (w || codePointAt(text, at) <= 0xffff ? 1 : 2);
      }
    }
  }
}

const EXACT = 0;
const PREFIX = 1;
const ANY = 2;

/** A word of a phrase: exact (with its id in the word table), a prefix ("struggl*") or any word ("*"). */
interface WordPattern {
  kind: typeof EXACT | typeof PREFIX | typeof ANY;
  word: string;
  id: number;
}

interface Entry {
  list: number;
  words: WordPattern[];
}

/** Entries under one exact first word, split by their second word so frequent first words stay cheap. */
interface Node {
  /** One-word entries, and entries whose second word is a prefix or a wildcard. */
  other: Entry[];
  /** By the id of the second word. */
  byNext: Map<number, Entry[]> | null;
}

/**
 * What the index knows about one (lower-case) word, worked out the first time the word is seen:
 * then each word of a message costs one table lookup, however many lists and triggers there are.
 */
interface WordInfo {
  /** Id in the table of the words that phrases are made of (-1: in none). */
  id: number;
  /** The entries whose first word this word matches, except those that byNext sorts by their second word. */
  first: Entry[];
  byNext: Map<number, Entry[]> | null;
  /** A list for each "*suffix" entry the word ends with. */
  suffixLists: number[];
  /** The letters-and-digits-only regex triggers that occur in the word. */
  triggers: number[];
}

/** The WordInfo of most words: they start no phrase and hold no trigger. One object, so that looking it up touches no memory of its own. */
const NOTHING_KNOWN: WordInfo = { id: -1, first: [], byNext: null, suffixLists: [], triggers: [] };

function isNothing(info: WordInfo): boolean {
  return info.id === -1 && info.first.length === 0 && info.byNext === null && info.suffixLists.length === 0 && info.triggers.length === 0;
}

const NO_ENTRIES: Entry[] = [];
const NO_LISTS: number[] = [];
const NO_SUFFIXES: { list: number; suffix: string }[] = [];
const NO_TRIGGERS: number[] = [];

const LITERAL = /^[\p{L}\p{N}' \-]+\*?(?:\s+(?:\*|[\p{L}\p{N}'\-]+\*?))*$/u;
const PREFIX_KEY = 3;
const NONE: Span[] = [];
/** Texts whose matches are kept: the message, its subject and the thread's last reply are asked for within one lint. */
const CACHED_TEXTS = 8;
/** Words whose WordInfo is kept: far more than a person's vocabulary, and a full table starts over. */
const KNOWN_WORDS = 50_000;

const TRIGGER_UNKNOWN = 0;
const TRIGGER_FOUND = 1;
const TRIGGER_ABSENT = 2;

function startsRange(prefix: string, s: string, start: number, end: number): boolean {
  if (prefix.length > end - start) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

/** Strings numbered by insertion, found by the char codes of a range of another string. */
class WordTable {
  private readonly ids = new RangeIndex();

  add(word: string): number {
    const known = this.ids.get(word, 0, word.length);
    if (known !== -1) return known;
    const id = this.ids.size;
    this.ids.add(word, id);
    return id;
  }

  /** The id of text[start, end), or -1. */
  find(text: string, start: number, end: number): number {
    return this.ids.get(text, start, end);
  }
}

/** Only white space and hyphens between two words. */
function isGap(text: string, from: number, to: number): boolean {
  if (from === to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

/** Where a piece of a token after a hyphen starts as a word: at its first letter or digit (not at a combining mark). */
function firstLetterOrDigit(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const cp = codePointAt(text, i);
    if (classOf(cp) & (LETTER | NUMBER)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return to;
}

/**
 * The words of the text being matched, as the phrase index sees them: the tokens split at hyphens
 * (so "game changer" matches "game-changer" and "demo" matches "Live-Demo") and at dots and commas
 * in numbers. Offsets into the text, and into `lower` for the lower-case form. One instance is
 * reused for every text: matching is synchronous, and the words are not needed afterwards.
 */
class Words {
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  lowerStart = new Int32Array(64);
  lowerEnd = new Int32Array(64);
  infos: WordInfo[] = [];
  lower = "";

  push(start: number, end: number, lowerStart: number, lowerEnd: number) {
    if (this.count === this.start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.lowerStart = grow(this.lowerStart);
      this.lowerEnd = grow(this.lowerEnd);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.lowerStart[this.count] = lowerStart;
    this.lowerEnd[this.count] = lowerEnd;
    this.count++;
  }
}

const words = new Words();

/** Matches of one text: literal matches of every list as linked lists per list; regex matches per list on demand. */
class TextMatches {
  readonly head: number[];
  readonly next: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly regex: (Span[] | undefined)[] = [];
  /** Per list with many matches: all of them, by start, longest first (see PhraseIndex.sorted). */
  readonly sorted: (Span[] | undefined)[] = [];
  /** Per regex trigger: TRIGGER_UNKNOWN, _FOUND or _ABSENT. */
  readonly triggers: number[];

  constructor(
    readonly text: string,
    readonly lower: string,
    /** Lower-casing kept the offsets, and the words' triggers are all there is of the letters-only triggers. */
    readonly sameOffsets: boolean,
    /** The index's empty tables, copied: slice() of a plain array costs a tenth of filling one, and a typed array costs thirty times as much to allocate. */
    emptyHeads: number[],
    emptyTriggers: number[],
  ) {
    this.head = emptyHeads.slice();
    this.triggers = emptyTriggers.slice();
  }

  add(list: number, start: number, end: number) {
    this.start.push(start);
    this.end.push(end);
    this.next.push(this.head[list]);
    this.head[list] = this.start.length - 1;
  }
}

export class PhraseIndex {
  private readonly table = new WordTable();
  /** Node by the id of a first word. */
  private readonly nodes: (Node | undefined)[] = [];
  /** Entries whose first word is a prefix ("struggl*"), by its first three letters. */
  private readonly prefix = new Map<string, Entry[]>();
  private readonly shortPrefix: Entry[] = [];
  /** One-word entries written "*kosten": a word ending so, as in German compounds ("Installkosten"). */
  private readonly suffix: { list: number; suffix: string }[] = [];
  private readonly suffixByLast = new Map<number, { list: number; suffix: string }[]>();
  private readonly regexes: RegexPart[] = [];
  /** Regex triggers: the literal text, and whether it is made of letters and digits only (then it lies within one word). */
  private readonly triggers: string[] = [];
  private readonly triggerInWord: boolean[] = [];
  /**
   * For a trigger with more than letters and digits ("your post", "connect?"): the trigger of the
   * letters and digits it begins with, or -1. Those lie within one word, so where the words hold
   * no such trigger the text cannot hold the longer one, and is not searched for it.
   */
  private readonly triggerLead: number[] = [];
  /** The letters-and-digits-only triggers by their first character. */
  private readonly wordTriggersByFirst = new Map<number, number[]>();
  /** What is known about each word seen, as an index into infos; 0 is the word that starts no phrase and holds no trigger. */
  private readonly known = new RangeIndex();
  private infos: WordInfo[] = [NOTHING_KNOWN];
  private readonly cache: TextMatches[] = [];
  /** A TextMatches' tables before any match: no match per list, nothing known per trigger. */
  private emptyHeads: number[] = [];
  private emptyTriggers: number[] = [];

  /** Adds a list; returns its id. Phrases: "game changer", "struggl*", "in * days", or RegExp. */
  addList(phrases: ReadonlyArray<string | RegExp>, regexSource: (p: string | RegExp) => string): number {
    const list = this.regexes.length;
    const rest: string[] = [];
    const expanded: (string | RegExp)[] = [];
    for (const p of phrases) {
      const words = p instanceof RegExp ? expandRegex(p.source) : null;
      if (words && words.every((w) => LITERAL.test(w))) expanded.push(...words);
      else expanded.push(p);
    }
    for (const p of expanded) {
      if (typeof p === "string" && /^\*[\p{L}]{4,}$/u.test(p)) {
        const suffix = { list, suffix: p.slice(1).toLowerCase() };
        this.suffix.push(suffix);
        const last = suffix.suffix.charCodeAt(suffix.suffix.length - 1);
        this.suffixByLast.set(last, [...(this.suffixByLast.get(last) ?? []), suffix]);
      } else if (typeof p === "string" && LITERAL.test(p.toLowerCase()) && !p.startsWith("*")) {
        const patterns: WordPattern[] = p
          .toLowerCase()
          .split(/[\s\-]+/)
          .filter(Boolean)
          .map((w) =>
            w === "*" ? { kind: ANY, word: "", id: -1 }
            : w.endsWith("*") ? { kind: PREFIX, word: w.slice(0, -1), id: -1 }
            : { kind: EXACT, word: w, id: this.table.add(w) },
          );
        const entry: Entry = { list, words: patterns };
        const first = patterns[0];
        if (first.kind === EXACT) {
          const node = (this.nodes[first.id] ??= { other: [], byNext: null });
          const second = patterns[1];
          if (second?.kind === EXACT) {
            node.byNext ??= new Map();
            const entries = node.byNext.get(second.id);
            if (entries) entries.push(entry);
            else node.byNext.set(second.id, [entry]);
          } else node.other.push(entry);
        } else if (first.kind === PREFIX && first.word.length >= PREFIX_KEY) {
          const key = first.word.slice(0, PREFIX_KEY);
          const entries = this.prefix.get(key);
          if (entries) entries.push(entry);
          else this.prefix.set(key, [entry]);
        } else this.shortPrefix.push(entry);
      } else {
        rest.push(regexSource(p));
      }
    }
    const always: string[] = [];
    const triggered: RegexPart["triggered"] = [];
    for (const source of rest) {
      const clauses = requiredClauses(source);
      if (clauses) triggered.push({ re: new WordRegex(source), clauses: clauses.map((c) => c.map((t) => this.addTrigger(t))) });
      else always.push(source);
    }
    this.regexes.push({ always: always.length ? new WordRegex(always.join("|")) : null, triggered });
    this.forgetWords(); // what is known about words may change with the new list
    this.emptyHeads = this.regexes.map(() => -1);
    this.emptyTriggers = this.triggers.map(() => TRIGGER_UNKNOWN);
    return list;
  }

  private forgetWords() {
    this.known.clear();
    this.infos = [NOTHING_KNOWN];
  }

  private addTrigger(literal: string): number {
    const known = this.triggers.indexOf(literal);
    if (known >= 0) return known;
    let inWord = literal.length > 0;
    for (let i = 0; i < literal.length; i++) if (!(classOf(literal.charCodeAt(i)) & (LETTER | NUMBER))) inWord = false;
    let leadLength = 0;
    while (leadLength < literal.length && classOf(literal.charCodeAt(leadLength)) & (LETTER | NUMBER)) leadLength++;
    const lead = !inWord && leadLength >= 2 ? this.addTrigger(literal.slice(0, leadLength)) : -1;
    this.triggerInWord.push(inWord);
    this.triggerLead.push(lead);
    if (inWord) {
      const first = literal.charCodeAt(0);
      this.wordTriggersByFirst.set(first, [...(this.wordTriggersByFirst.get(first) ?? []), this.triggers.length]);
    }
    return this.triggers.push(literal) - 1;
  }

  /** Works out what the index knows about a lower-case word (see WordInfo). */
  private describe(word: string): WordInfo {
    const id = this.table.find(word, 0, word.length);
    const node = id >= 0 ? this.nodes[id] : undefined;
    let first = node ? node.other : NO_ENTRIES;
    const more = (e: Entry) => (first === node?.other || first === NO_ENTRIES ? (first = [...first, e]) : first.push(e));
    if (word.length >= PREFIX_KEY) {
      for (const e of this.prefix.get(word.slice(0, PREFIX_KEY)) ?? NO_ENTRIES) if (word.startsWith(e.words[0].word)) more(e);
    }
    for (const e of this.shortPrefix) {
      const p = e.words[0];
      if (p.kind === ANY || (p.kind === EXACT ? word === p.word : word.startsWith(p.word))) more(e);
    }
    // new words come up while a message is typed (a new figure, a name): find their suffixes and
    // triggers by the characters they hold, not by trying every one
    let suffixLists: number[] = NO_LISTS;
    for (const s of this.suffixByLast.get(word.charCodeAt(word.length - 1)) ?? NO_SUFFIXES) {
      if (word.endsWith(s.suffix)) suffixLists = [...suffixLists, s.list];
    }
    let triggers: number[] = NO_LISTS;
    for (let i = 0; i < word.length; i++) {
      for (const t of this.wordTriggersByFirst.get(word.charCodeAt(i)) ?? NO_TRIGGERS) {
        if (!triggers.includes(t) && word.startsWith(this.triggers[t], i)) triggers = [...triggers, t];
      }
    }
    return { id, first, byNext: node?.byNext ?? null, suffixLists, triggers };
  }

  /**
   * Finds the matches of every list in a text. The linter passes the message's tokens and its
   * lower-cased form so that it is split into words and lower-cased once; later questions about
   * the same text (findAll, has) reuse the result.
   */
  prepare(text: string, tokens: readonly Token[], lowerText: string): void {
    this.matchText(text, tokens, lowerText);
  }

  private matchText(text: string, tokens?: readonly Token[], lowerText?: string): TextMatches {
    for (const tm of this.cache) if (tm.text === text) return tm;
    const tm = this.computeMatches(text, tokens ?? tokenize(text), lowerText ?? text.toLowerCase());
    if (this.cache.length >= CACHED_TEXTS) this.cache.pop();
    this.cache.unshift(tm);
    return tm;
  }

  /** Fills `words` with the words of the text and what is known about each. */
  private splitWords(text: string, lowerText: string, tokens: readonly Token[], sameOffsets: boolean): void {
    // lower-casing keeps offsets except for a few letters (İ); then each word is lower-cased on its own
    let lower = sameOffsets ? lowerText : "";
    const add = (start: number, end: number) => {
      if (sameOffsets) return words.push(start, end, start, end);
      const from = lower.length;
      lower += text.slice(start, end).toLowerCase();
      words.push(start, end, from, lower.length);
      lower += " ";
    };
    words.count = 0;
    for (const t of tokens) {
      if (!t.joined) {
        add(t.start, t.end);
        continue;
      }
      let from = t.start;
      for (let i = t.start; i <= t.end; i++) {
        const c = i < t.end ? text.charCodeAt(i) : -1;
        if (c !== -1 && c !== 45 && c !== 46 && c !== 44) continue;
        const start = from === t.start ? from : firstLetterOrDigit(text, from, i);
        from = i + 1;
        if (start < i) add(start, i);
      }
    }
    words.lower = lower;
    for (let k = 0; k < words.count; k++) {
      const ls = words.lowerStart[k];
      const le = words.lowerEnd[k];
      let id = this.known.get(lower, ls, le);
      if (id === -1) {
        if (this.known.size >= KNOWN_WORDS) this.forgetWords();
        const word = lower.slice(ls, le);
        const info = this.describe(word);
        id = isNothing(info) ? 0 : this.infos.push(info) - 1;
        this.known.add(word, id);
      }
      words.infos[k] = this.infos[id];
    }
  }

  private matchesWord(p: WordPattern, k: number): boolean {
    if (p.kind === ANY) return true;
    if (p.kind === EXACT) return words.infos[k].id === p.id;
    return startsRange(p.word, words.lower, words.lowerStart[k], words.lowerEnd[k]);
  }

  /** Adds a match of entry e at word i, if its second and later words follow. */
  private tryEntry(tm: TextMatches, text: string, e: Entry, i: number) {
    const n = e.words.length;
    if (i + n > words.count) return;
    for (let k = 1; k < n; k++) {
      if (!isGap(text, words.end[i + k - 1], words.start[i + k]) || !this.matchesWord(e.words[k], i + k)) return;
    }
    tm.add(e.list, words.start[i], words.end[i + n - 1]);
  }

  private computeMatches(text: string, tokens: readonly Token[], lowerText: string): TextMatches {
    const sameOffsets = lowerText.length === text.length;
    this.splitWords(text, lowerText, tokens, sameOffsets);
    const tm = new TextMatches(text, lowerText, sameOffsets, this.emptyHeads, this.emptyTriggers);
    for (let i = 0; i < words.count; i++) {
      const info = words.infos[i];
      if (info === NOTHING_KNOWN) continue; // most words: nothing to try
      for (const list of info.suffixLists) tm.add(list, words.start[i], words.end[i]);
      for (const e of info.first) this.tryEntry(tm, text, e, i);
      const byNext = info.byNext && i + 1 < words.count ? info.byNext.get(words.infos[i + 1].id) : undefined;
      if (byNext) for (const e of byNext) this.tryEntry(tm, text, e, i);
      for (const t of info.triggers) tm.triggers[t] = TRIGGER_FOUND;
    }
    words.infos.length = 0; // no references to infos beyond this text
    return tm;
  }

  /**
   * Whether a trigger occurs in the lower-cased text. A trigger of letters and digits only lies
   * within one word, so the words' triggers answer it; others are looked for in the text once.
   */
  private hasTrigger(tm: TextMatches, id: number): boolean {
    let state = tm.triggers[id];
    if (state === TRIGGER_UNKNOWN) {
      const lead = this.triggerLead[id];
      if (tm.sameOffsets && (this.triggerInWord[id] || (lead >= 0 && tm.triggers[lead] !== TRIGGER_FOUND))) state = TRIGGER_ABSENT;
      else state = tm.lower.includes(this.triggers[id]) ? TRIGGER_FOUND : TRIGGER_ABSENT;
      tm.triggers[id] = state;
    }
    return state === TRIGGER_FOUND;
  }

  private regexMatches(list: number, tm: TextMatches): Span[] {
    const part = this.regexes[list];
    if (!part.always && part.triggered.length === 0) return NONE;
    let rx = tm.regex[list];
    if (!rx) {
      const spans: Span[] = [];
      if (part.always) part.always.run(tm.text, spans);
      for (const t of part.triggered) if (t.clauses.every((c) => c.some((id) => this.hasTrigger(tm, id)))) t.re.run(tm.text, spans);
      tm.regex[list] = rx = spans;
    }
    return rx;
  }

  /**
   * All matches of a list, by start and longest first, for a list with many matches in this text.
   * Rules ask about a list sentence by sentence or part by part; a walk over all of a list's
   * matches for each question grew with the square of a long text full of them.
   */
  private sorted(list: number, tm: TextMatches): Span[] {
    let all = tm.sorted[list];
    if (!all) {
      all = [];
      for (let m = tm.head[list]; m >= 0; m = tm.next[m]) all.push({ start: tm.start[m], end: tm.end[m] });
      all.push(...this.regexMatches(list, tm));
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      tm.sorted[list] = all;
    }
    return all;
  }

  /** Whether list `list` has a match starting in text[from, to). */
  any(list: number, text: string, from: number, to: number): boolean {
    const tm = this.matchText(text);
    const known = tm.sorted[list];
    if (known) return startsIn(known, from, to);
    let walked = 0;
    for (let m = tm.head[list]; m >= 0; m = tm.next[m]) {
      if (tm.start[m] >= from && tm.start[m] < to) return true;
      if (++walked > MANY_MATCHES) return startsIn(this.sorted(list, tm), from, to);
    }
    const rx = this.regexMatches(list, tm);
    if (rx.length > MANY_MATCHES) return startsIn(this.sorted(list, tm), from, to);
    for (const s of rx) if (s.start >= from && s.start < to) return true;
    return false;
  }

  /** All matches of list `list` in text that start in [from, to), ordered by position, longest first. */
  find(list: number, text: string, from: number, to: number): Span[] {
    const tm = this.matchText(text);
    const rx = this.regexMatches(list, tm);
    if (tm.head[list] < 0 && rx.length === 0) return NONE;
    let out = tm.sorted[list] || rx.length > MANY_MATCHES ? null : inRange(list, tm, rx, from, to);
    let first = 0;
    if (!out) {
      out = this.sorted(list, tm);
      first = lowerBound(out, from, startOf);
    }
    // overlapping matches of one list count once (the regex semantics: leftmost, then skip past it)
    const merged: Span[] = [];
    for (let i = first; i < out.length && out[i].start < to; i++) {
      const s = out[i];
      if (!merged.length || s.start >= merged[merged.length - 1].end) merged.push(s);
    }
    return merged;
  }
}

/** Above this many matches of a list in a text, questions about ranges search a sorted copy of them. */
const MANY_MATCHES = 16;

/**
 * A few matches of a list (the linked ones and the regexes') that start in [from, to), by start and
 * longest first; null when the list has more than MANY_MATCHES linked ones (search a sorted copy).
 */
function inRange(list: number, tm: TextMatches, rx: readonly Span[], from: number, to: number): Span[] | null {
  const out: Span[] = [];
  let walked = 0;
  for (let m = tm.head[list]; m >= 0; m = tm.next[m]) {
    if (++walked > MANY_MATCHES) return null;
    if (tm.start[m] >= from && tm.start[m] < to) out.push({ start: tm.start[m], end: tm.end[m] });
  }
  for (const s of rx) if (s.start >= from && s.start < to) out.push(s);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function startsIn(spans: readonly Span[], from: number, to: number): boolean {
  const i = lowerBound(spans, from, startOf);
  return i < spans.length && spans[i].start < to;
}
