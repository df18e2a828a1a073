import type { Span } from "../schema";
import { classOf, codePointAt, LETTER, NUMBER } from "./chars";
import { EMPTY_HASH, equalsRange, extendHash, RangeTable } from "./range-table";
import { wholeWords } from "./patterns";
import { expandRegex, requiredLiterals } from "./regex-triggers";
import { tokenize, type Token } from "./segment";

/**
 * Matching word lists by words instead of by regex. A list of phrases compiled into one
 * alternation costs a regex scan of the whole message per list (3–30 µs each, and the linter
 * has twenty lists and runs on every keystroke). Here every literal phrase of every list sits in
 * one index keyed by its first word; one pass over the words of a text finds the matches of
 * all lists at once. The words are the message's tokens (shared with the rules) split at
 * hyphens and number dots, and they are looked up by their char codes in the lower-cased text,
 * so no word becomes a string of its own. Entries that need a regex (a RegExp, or a phrase with
 * punctuation such as "100%") are run only when that list is asked for, and each only when the
 * literal text it cannot match without occurs in the message.
 */

interface RegexPart {
  /** Entries without a known trigger, as one union. */
  always: WordRegex | null;
  triggered: { re: WordRegex; triggers: number[] }[];
}

/**
 * A regex that matches whole words only (wholeWords(body)), run over a text. That form starts with
 * a look-behind for a letter or digit, which the regex engine tests at every position of the text
 * with a table search per character. A regex of the body alone finds the candidate positions much
 * faster (it skips ahead on the first letters of the body), and the whole-word form, made sticky,
 * decides at each candidate: the same matches, as every whole-word match is a match of the body at
 * the same position. A body that starts with a digit is found fast either way and runs as it is.
 */
class WordRegex {
  private readonly scan: RegExp | null;
  private readonly whole: RegExp;

  constructor(body: string) {
    const whole = wholeWords(body);
    if (/^\\d/.test(body)) {
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

const LITERAL = /^[\p{L}\p{N}' \-]+\*?(?:\s+(?:\*|[\p{L}\p{N}'\-]+\*?))*$/u;
const PREFIX_KEY = 3;
const SUFFIX_KEY = 4;
const NONE: Span[] = [];
const TRIGGER_BUCKETS = 1024;
/** Texts whose matches are kept: the message, its subject and the thread's last reply are asked for within one lint. */
const CACHED_TEXTS = 8;

/** The bucket of a regex trigger, by its first three characters. */
function triggerBucket(c0: number, c1: number, c2: number): number {
  return (c0 * 961 + c1 * 31 + c2) & (TRIGGER_BUCKETS - 1);
}

function startsRange(prefix: string, s: string, start: number, end: number): boolean {
  if (prefix.length > end - start) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

/** Strings numbered by insertion, found by the char codes of a range of another string. */
class WordTable {
  private readonly ids = new RangeTable<number>();

  add(word: string): number {
    const known = this.ids.get(word, 0, word.length);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.add(word, id);
    return id;
  }

  /** The id of text[start, end), or -1. */
  find(text: string, start: number, end: number): number {
    return this.ids.get(text, start, end) ?? -1;
  }

  /** find() for a caller that has hashRange(text, start, end) already. */
  findHashed(hash: number, text: string, start: number, end: number): number {
    return this.ids.getHashed(hash, text, start, end) ?? -1;
  }
}

/**
 * The words of one text, as the phrase index sees them: split at hyphens (so "game changer"
 * matches "game-changer" and "demo" matches "Live-Demo") and at dots and commas in numbers.
 * Offsets into the text; the lower-case form is read from `lower` at [lowerStart, lowerEnd).
 */
class Words {
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** The same arrays as start and end unless lower-casing changed the length of the text. */
  lowerStart: number[] = this.start;
  lowerEnd: number[] = this.end;
  /** The id of each word in the index's word table (-1: in no list), and the prefix table's id of its first three letters. */
  readonly ids: number[] = [];
  readonly prefixIds: number[] = [];
  lower = "";
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

/** Matches of one text: literal matches of every list as linked lists per list; regex matches per list on demand. */
class TextMatches {
  readonly head: Int32Array;
  readonly next: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly regex: (Span[] | undefined)[] = [];
  /** Which regex triggers occur in the lower-cased text, found on first need. */
  triggersFound: Uint8Array | null = null;

  constructor(
    readonly text: string,
    readonly lower: string,
    lists: number,
  ) {
    this.head = new Int32Array(lists).fill(-1);
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
  private readonly prefixTable = new WordTable();
  private readonly prefix: Entry[][] = [];
  private readonly shortPrefix: Entry[] = [];
  /** One-word entries written "*kosten": a word ending so, as in German compounds ("Installkosten"). */
  private readonly suffixTable = new WordTable();
  private readonly suffix: { list: number; suffix: string }[][] = [];
  private readonly regexes: RegexPart[] = [];
  /** Regex triggers: the literal text, and the ids of triggers by a hash of their first three characters. */
  private readonly triggers: string[] = [];
  private readonly triggersByStart: (number[] | undefined)[] = new Array(TRIGGER_BUCKETS);
  private readonly shortTriggers: number[] = [];
  private readonly cache: TextMatches[] = [];

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
        const suffix = p.slice(1).toLowerCase();
        const key = this.suffixTable.add(suffix.slice(-SUFFIX_KEY));
        (this.suffix[key] ??= []).push({ list, suffix });
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
          (this.prefix[this.prefixTable.add(first.word.slice(0, PREFIX_KEY))] ??= []).push(entry);
        } else this.shortPrefix.push(entry);
      } else {
        rest.push(regexSource(p));
      }
    }
    const always: string[] = [];
    const triggered: RegexPart["triggered"] = [];
    for (const source of rest) {
      const literals = requiredLiterals(source);
      if (literals) triggered.push({ re: new WordRegex(source), triggers: literals.map((t) => this.addTrigger(t)) });
      else always.push(source);
    }
    this.regexes.push({ always: always.length ? new WordRegex(always.join("|")) : null, triggered });
    return list;
  }

  private addTrigger(literal: string): number {
    const known = this.triggers.indexOf(literal);
    if (known >= 0) return known;
    const id = this.triggers.push(literal) - 1;
    // literals are at least three characters long (requiredLiterals); a shorter one is looked for at every position
    if (literal.length < 3) this.shortTriggers.push(id);
    else (this.triggersByStart[triggerBucket(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2))] ??= []).push(id);
    return id;
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

  private splitWords(text: string, lowerText: string, tokens: readonly Token[]): Words {
    const ws = new Words();
    // lower-casing keeps offsets except for a few letters (İ); then each word is lower-cased on its own
    const sameOffsets = lowerText.length === text.length;
    let lower = sameOffsets ? lowerText : "";
    const add = (start: number, end: number) => {
      ws.start.push(start);
      ws.end.push(end);
      if (sameOffsets) return;
      ws.lowerStart.push(lower.length);
      lower += text.slice(start, end).toLowerCase();
      ws.lowerEnd.push(lower.length);
      lower += " ";
    };
    if (!sameOffsets) {
      ws.lowerStart = [];
      ws.lowerEnd = [];
    }
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
    ws.lower = lower;
    for (let k = 0; k < ws.start.length; k++) {
      const ls = ws.lowerStart[k];
      const le = ws.lowerEnd[k];
      let h = EMPTY_HASH;
      let prefixId = -1;
      for (let i = ls; i < le; i++) {
        h = extendHash(h, lower.charCodeAt(i));
        if (i === ls + PREFIX_KEY - 1) prefixId = this.prefixTable.findHashed(h, lower, ls, i + 1);
      }
      ws.ids.push(this.table.findHashed(h, lower, ls, le));
      ws.prefixIds.push(prefixId);
    }
    return ws;
  }

  private matchesWord(p: WordPattern, ws: Words, k: number): boolean {
    if (p.kind === ANY) return true;
    if (p.kind === EXACT) return ws.ids[k] === p.id;
    return startsRange(p.word, ws.lower, ws.lowerStart[k], ws.lowerEnd[k]);
  }

  private computeMatches(text: string, tokens: readonly Token[], lowerText: string): TextMatches {
    const ws = this.splitWords(text, lowerText, tokens);
    const tm = new TextMatches(text, lowerText, this.regexes.length);
    const lower = ws.lower;
    const count = ws.start.length;
    const hasSuffixes = this.suffix.length > 0;
    for (let i = 0; i < count; i++) {
      const ls = ws.lowerStart[i];
      const le = ws.lowerEnd[i];
      if (hasSuffixes && le - ls >= SUFFIX_KEY) {
        const key = this.suffixTable.find(lower, le - SUFFIX_KEY, le);
        if (key >= 0) {
          for (const s of this.suffix[key]) {
            if (le - ls >= s.suffix.length && equalsRange(s.suffix, lower, le - s.suffix.length, le)) tm.add(s.list, ws.start[i], ws.end[i]);
          }
        }
      }
      const node = ws.ids[i] >= 0 ? this.nodes[ws.ids[i]] : undefined;
      const byNext = node?.byNext && i + 1 < count ? node.byNext.get(ws.ids[i + 1]) : undefined;
      const prefixKey = ws.prefixIds[i];
      for (let c = 0; c < 4; c++) {
        const entries = c === 0 ? node?.other : c === 1 ? byNext : c === 2 ? (prefixKey >= 0 ? this.prefix[prefixKey] : undefined) : this.shortPrefix;
        if (!entries || entries.length === 0) continue;
        for (const e of entries) {
          if (i + e.words.length > count || !this.matchesWord(e.words[0], ws, i)) continue;
          let ok = true;
          for (let k = 1; k < e.words.length; k++) {
            if (!isGap(text, ws.end[i + k - 1], ws.start[i + k]) || !this.matchesWord(e.words[k], ws, i + k)) {
              ok = false;
              break;
            }
          }
          if (ok) tm.add(e.list, ws.start[i], ws.end[i + e.words.length - 1]);
        }
      }
    }
    return tm;
  }

  /** Marks the triggers that occur in the lower-cased text, in one pass over its positions. */
  private findTriggers(tm: TextMatches): Uint8Array {
    const found = new Uint8Array(this.triggers.length);
    const lower = tm.lower;
    const short = this.shortTriggers.length > 0;
    let c1 = lower.charCodeAt(0);
    let c2 = lower.charCodeAt(1);
    for (let i = 0; i < lower.length; i++) {
      const c0 = c1;
      c1 = c2;
      c2 = lower.charCodeAt(i + 2);
      const ids = i + 3 <= lower.length ? this.triggersByStart[triggerBucket(c0, c1, c2)] : undefined;
      if (ids) for (const id of ids) if (!found[id] && lower.startsWith(this.triggers[id], i)) found[id] = 1;
      if (short) for (const id of this.shortTriggers) if (!found[id] && lower.startsWith(this.triggers[id], i)) found[id] = 1;
    }
    return found;
  }

  private regexMatches(list: number, tm: TextMatches): Span[] {
    const part = this.regexes[list];
    if (!part.always && part.triggered.length === 0) return NONE;
    let rx = tm.regex[list];
    if (!rx) {
      const spans: Span[] = [];
      if (part.always) part.always.run(tm.text, spans);
      if (part.triggered.length > 0) {
        const found = (tm.triggersFound ??= this.findTriggers(tm));
        for (const t of part.triggered) if (t.triggers.some((id) => found[id] === 1)) t.re.run(tm.text, spans);
      }
      tm.regex[list] = rx = spans;
    }
    return rx;
  }

  /** Whether list `list` has a match starting in text[from, to). */
  any(list: number, text: string, from: number, to: number): boolean {
    const tm = this.matchText(text);
    for (let m = tm.head[list]; m >= 0; m = tm.next[m]) if (tm.start[m] >= from && tm.start[m] < to) return true;
    for (const s of this.regexMatches(list, tm)) if (s.start >= from && s.start < to) return true;
    return false;
  }

  /** All matches of list `list` in text that start in [from, to), ordered by position, longest first. */
  find(list: number, text: string, from: number, to: number): Span[] {
    const tm = this.matchText(text);
    const rx = this.regexMatches(list, tm);
    if (tm.head[list] < 0 && rx.length === 0) return NONE;
    const out: Span[] = [];
    for (let m = tm.head[list]; m >= 0; m = tm.next[m]) if (tm.start[m] >= from && tm.start[m] < to) out.push({ start: tm.start[m], end: tm.end[m] });
    for (const s of rx) if (s.start >= from && s.start < to) out.push(s);
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    // overlapping matches of one list count once (the regex semantics: leftmost, then skip past it)
    const merged: Span[] = [];
    for (const s of out) if (!merged.length || s.start >= merged[merged.length - 1].end) merged.push(s);
    return merged;
  }
}
