import type { Span } from "../schema";

/**
 * A phrase list entry: a plain phrase ("game changer"; "*" stands for the rest of a word,
 * "game-chang*"; a space also matches a hyphen), or a RegExp for the few entries a phrase
 * cannot say. Lists live in data/<lang>/ apart from the rules (retext, Vale).
 */
export type Phrase = string | RegExp;

function phraseSource(p: Phrase): string {
  if (p instanceof RegExp) return p.source;
  return p
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s\\-]+"))
    .join("[\\p{L}\\p{N}\\-]*");
}

/** Compiles a phrase list into one case-insensitive regex that matches whole words only. */
export function compilePhrases(phrases: readonly Phrase[], flags = "giu"): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  const body = phrases.map(phraseSource).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

export interface Match extends Span {
  text: string;
}

/** All matches of a global regex in text[from, to). */
export function findAll(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const out: Match[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

const CLAUSE_BREAK = /[.!?;:\n–—]|,\s|\s-\s/g;

/** The clause (between punctuation) around position `at`. */
export function clauseAround(text: string, at: number): Span {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(text))) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const NEGATION_BEFORE = /(?<![\p{L}])(?:no|not|never|without|nor|neither|don't|won't|isn't|aren't|kein|keine|keinen|keinem|keiner|keine|nicht|nie|niemals|ohne|weder)(?![\p{L}])/iu;
const NEGATION_AFTER = /(?<![\p{L}])(?:nicht|nie|niemals|not)(?![\p{L}])/iu;

/**
 * True when a match is negated in its clause: "no hype and no guarantees",
 * "Eine Garantie gibt es bei mir nicht". English negates before the word, German often after.
 */
export function isNegated(text: string, match: Span, { after = true } = {}): boolean {
  const clause = clauseAround(text, match.start);
  const before = text.slice(Math.max(clause.start, match.start - 40), match.start);
  if (NEGATION_BEFORE.test(before)) return true;
  return after && NEGATION_AFTER.test(text.slice(match.end, clause.end));
}
