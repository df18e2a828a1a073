import type { Span } from "../schema";
import { expandRegex, requiredLiterals } from "./regex-triggers";

/**
 * Matching word lists by words instead of by regex. A list of phrases compiled into one
 * alternation costs a regex scan of the whole message per list (3–30 µs each, and the linter
 * has twenty lists and runs on every keystroke). Here every literal phrase of every list sits in
 * one index keyed by its first word; one pass over the words of a text finds the matches of
 * all lists at once, and the result is cached for that text. Entries that need a regex (a
 * RegExp, or a phrase with punctuation such as "100%") are run only when that list is asked
 * for, and each only when the literal text it cannot match without occurs in the message.
 */

interface RegexPart {
  /** Entries without a known trigger, as one union. */
  always: RegExp | null;
  triggered: { re: RegExp; triggers: string[] }[];
}

type WordPattern = { kind: "exact" | "prefix"; word: string } | { kind: "any" };

interface Entry {
  list: number;
  words: WordPattern[];
}

interface Word extends Span {
  lower: string;
}

interface TextMatches {
  lower: string;
  literal: Span[][];
  regex: (Span[] | undefined)[];
}

// Words split at hyphens, so "game changer" matches "game-changer" and "demo" matches "Live-Demo".
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const LITERAL = /^[\p{L}\p{N}' \-]+\*?(?:\s+(?:\*|[\p{L}\p{N}'\-]+\*?))*$/u;
const PREFIX_KEY = 3;
const NONE: Span[] = [];
const SUFFIX_KEY = 4;

/** Words of the lower-cased text (same offsets as the original where lower-casing keeps lengths). */
function words(lower: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower))) out.push({ start: m.index, end: m.index + m[0].length, lower: m[0] });
  return out;
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

function matchesWord(p: WordPattern, w: Word): boolean {
  if (p.kind === "any") return true;
  return p.kind === "exact" ? w.lower === p.word : w.lower.startsWith(p.word);
}

/** Entries under one exact first word, split by their second word so frequent first words stay cheap. */
interface Node {
  /** One-word entries, and entries whose second word is a prefix or a wildcard. */
  other: Entry[];
  byNext: Map<string, Entry[]>;
}

export class PhraseIndex {
  private readonly exact = new Map<string, Node>();
  private readonly prefix = new Map<string, Entry[]>();
  private readonly shortPrefix: Entry[] = [];
  /** One-word entries written "*kosten": a word ending so, as in German compounds ("Installkosten"). */
  private readonly suffix = new Map<string, { list: number; suffix: string }[]>();
  private readonly regexes: RegexPart[] = [];
  private readonly cache = new Map<string, TextMatches>();

  /** Adds a list; returns its id. Phrases: "game changer", "struggl*", "in * days", or RegExp. */
  addList(phrases: ReadonlyArray<string | RegExp>, regexSource: (p: string | RegExp) => string, wrap: (body: string) => RegExp): number {
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
        const key = suffix.slice(-SUFFIX_KEY);
        this.suffix.set(key, [...(this.suffix.get(key) ?? []), { list, suffix }]);
      } else if (typeof p === "string" && LITERAL.test(p.toLowerCase()) && !p.startsWith("*")) {
        const patterns: WordPattern[] = p
          .toLowerCase()
          .split(/[\s\-]+/)
          .filter(Boolean)
          .map((w) => (w === "*" ? { kind: "any" } : w.endsWith("*") ? { kind: "prefix", word: w.slice(0, -1) } : { kind: "exact", word: w }));
        const entry: Entry = { list, words: patterns };
        const first = patterns[0];
        if (first.kind === "exact") {
          let node = this.exact.get(first.word);
          if (!node) this.exact.set(first.word, (node = { other: [], byNext: new Map() }));
          const second = patterns[1];
          if (second?.kind === "exact") this.push(node.byNext, second.word, entry);
          else node.other.push(entry);
        }
        else if (first.kind === "prefix" && first.word.length >= PREFIX_KEY) this.push(this.prefix, first.word.slice(0, PREFIX_KEY), entry);
        else this.shortPrefix.push(entry);
      } else {
        rest.push(regexSource(p));
      }
    }
    const always: string[] = [];
    const triggered: RegexPart["triggered"] = [];
    for (const source of rest) {
      const triggers = requiredLiterals(source);
      if (triggers) triggered.push({ re: wrap(source), triggers });
      else always.push(source);
    }
    this.regexes.push({ always: always.length ? wrap(always.join("|")) : null, triggered });
    return list;
  }

  private push(map: Map<string, Entry[]>, key: string, entry: Entry) {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  }

  private matchText(text: string): TextMatches {
    let hit = this.cache.get(text);
    if (hit) return hit;
    // lower-casing keeps offsets except for a few letters (İ); then fall back to per-word lower-casing
    const lowerText = text.toLowerCase();
    const ws = lowerText.length === text.length ? words(lowerText) : words(text).map((w) => ({ ...w, lower: w.lower.toLowerCase() }));
    const literal: Span[][] = this.regexes.map(() => []);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const suffixes = this.suffix.get(w.lower.slice(-SUFFIX_KEY));
      if (suffixes) for (const s of suffixes) if (w.lower.endsWith(s.suffix)) literal[s.list].push({ start: w.start, end: w.end });
      const node = this.exact.get(w.lower);
      const next = ws[i + 1];
      const byNext = node && next && node.byNext.size ? node.byNext.get(next.lower) : undefined;
      for (let c = 0; c < 4; c++) {
        const entries = c === 0 ? node?.other : c === 1 ? byNext : c === 2 ? this.prefix.get(w.lower.slice(0, PREFIX_KEY)) : this.shortPrefix;
        if (!entries || entries.length === 0) continue;
        for (const e of entries) {
          if (!matchesWord(e.words[0], w) || i + e.words.length > ws.length) continue;
          let ok = true;
          for (let k = 1; k < e.words.length; k++) {
            const next = ws[i + k];
            if (!isGap(text, ws[i + k - 1].end, next.start) || !matchesWord(e.words[k], next)) {
              ok = false;
              break;
            }
          }
          if (ok) literal[e.list].push({ start: w.start, end: ws[i + e.words.length - 1].end });
        }
      }
    }
    hit = { lower: lowerText, literal, regex: [] };
    if (this.cache.size >= 64) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(text, hit);
    return hit;
  }

  private regexMatches(list: number, text: string, tm: TextMatches): Span[] {
    const part = this.regexes[list];
    if (!part.always && part.triggered.length === 0) return NONE;
    let rx = tm.regex[list];
    if (!rx) {
      rx = [];
      const run = (re: RegExp) => {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          rx!.push({ start: m.index, end: m.index + m[0].length });
        }
      };
      if (part.always) run(part.always);
      for (const t of part.triggered) if (t.triggers.some((w) => tm.lower.includes(w))) run(t.re);
      tm.regex[list] = rx;
    }
    return rx;
  }

  /** Whether list `list` has a match starting in text[from, to). */
  any(list: number, text: string, from: number, to: number): boolean {
    const tm = this.matchText(text);
    for (const s of tm.literal[list]) if (s.start >= from && s.start < to) return true;
    for (const s of this.regexMatches(list, text, tm)) if (s.start >= from && s.start < to) return true;
    return false;
  }

  /** All matches of list `list` in text that start in [from, to), ordered by position, longest first. */
  find(list: number, text: string, from: number, to: number): Span[] {
    const tm = this.matchText(text);
    const rx = this.regexMatches(list, text, tm);
    const lit = tm.literal[list];
    if (lit.length === 0 && rx.length === 0) return NONE;
    const all = rx.length ? [...lit, ...rx] : lit;
    const out: Span[] = [];
    for (const s of all) if (s.start >= from && s.start < to) out.push(s);
    out.sort((a, b) => a.start - b.start || b.end - a.end);
    // overlapping matches of one list count once (the regex semantics: leftmost, then skip past it)
    const merged: Span[] = [];
    for (const s of out) if (!merged.length || s.start >= merged[merged.length - 1].end) merged.push(s);
    return merged;
  }
}
