/**
 * How a text changed between two versions, for carrying character ranges (findings, fixes) that
 * were computed on the older one over to the newer one. Offsets are UTF-16 code units, as in the
 * lint contract and JavaScript strings.
 */

/** The one stretch that differs: [start, oldEnd) in the old text became [start, newEnd) in the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The smallest stretch that differs between `before` and `after` (their longest common prefix and
 * suffix left out), or null when they are equal. Never cuts a surrogate pair in two. Linear in the
 * length of the texts.
 */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * A range of the old text in the new one: unchanged before the edit, shifted by the change in
 * length after it, null when it overlaps the edited stretch (what it covered was changed). A range
 * ending where the edit starts, or starting where it ends, still holds the same text and is kept.
 */
export function mapRange<T extends { start: number; end: number }>(range: T, edit: TextEdit | null): T | null {
  if (!edit || range.end <= edit.start) return range;
  if (range.start >= edit.oldEnd) {
    const shift = edit.newEnd - edit.oldEnd;
    return { ...range, start: range.start + shift, end: range.end + shift };
  }
  return null;
}
