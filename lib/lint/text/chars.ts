/**
 * Unicode character classes by code point, for scanners that walk char codes instead of running
 * a regex per word: the same classes as \p{L}, \p{N}, \p{M}, \p{Lu} and \p{Ll}, looked up in a table
 * that is filled on first sight of each character (a regex test per distinct character, not per use).
 */

export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
export const UPPER = 8;
export const LOWER = 16;
const KNOWN = 32;

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (IS_LETTER.test(ch) ? LETTER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0) | (IS_MARK.test(ch) ? MARK : 0) | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_LOWER.test(ch) ? LOWER : 0);
}

for (let c = 0; c < 128; c++) bmp[c] = classify(c);

/** LETTER | NUMBER | MARK | UPPER | LOWER bits of a code point (a lone surrogate is none of them). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = bmp[cp];
    if (k === 0) bmp[cp] = k = cp >= 0xd800 && cp <= 0xdfff ? KNOWN : classify(cp);
    return k;
  }
  let k = astral.get(cp);
  if (k === undefined) astral.set(cp, (k = classify(cp)));
  return k;
}

/** The code point at i, as a /u regex reads it: a surrogate pair is one code point. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000;
  }
  return c;
}

// Every \p{Lu} code unit is A–Z, À–Ö, Ø–Þ, from U+0100 to U+1FFF or from U+2070 on (astral ones
// are surrogates): a regex finds the stretches of two or more such units fast, and only these are
// scanned exactly. Typographic quotes and dashes (U+2000–U+206F) are left out: they are common
// next to capitals ("“AI”") and never upper-case letters.
const MAYBE_UPPER_RUN = /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u1fff\u2070-\uffff]{2,}/g;

/**
 * Where runs of two or more upper-case letters begin that follow no letter or digit ("see the
 * CRM" → the offset of "CRM"): the only places a shout can begin. Most texts have none.
 */
export function upperRunStarts(text: string): number[] {
  const starts: number[] = [];
  MAYBE_UPPER_RUN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MAYBE_UPPER_RUN.exec(text)); ) {
    const end = m.index + m[0].length;
    let i = m.index;
    // class bits of the code point before i (a low surrogate before i ends a pair)
    let previous = i === 0 ? 0 : classOf(codePointAt(text, i - (i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1)));
    let runStart = -1; // where the current upper-case run began, if after no letter or digit
    while (i < end) {
      const cp = codePointAt(text, i);
      const k = classOf(cp);
      if (k & UPPER) {
        if (!(previous & UPPER)) runStart = previous & (LETTER | NUMBER) ? -1 : i;
        else if (runStart >= 0 && (starts.length === 0 || starts[starts.length - 1] !== runStart)) starts.push(runStart);
      }
      previous = k;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return starts;
}

// All of the BMP's \p{Extended_Pictographic} lie in ©, ® and U+203C–U+3299; the rest are astral
// (a high surrogate). A character class like this is a fast scan; most messages have none.
const MAYBE_PICTOGRAPH = /[\u00a9\u00ae\u203c-\u3299\ud800-\udbff]/;

/** Whether the text may hold an \p{Extended_Pictographic} character. */
export function mayHavePictograph(text: string): boolean {
  return MAYBE_PICTOGRAPH.test(text);
}

/** White space as String.prototype.trim and the regex \s see it. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where text[start, end) starts once leading white space is skipped (end if it is all white space). */
export function skipSpaceForward(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Where text[start, end) ends once trailing white space is dropped (start if it is all white space). */
export function skipSpaceBackward(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
