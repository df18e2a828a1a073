/**
 * Near-duplicate detection for mass-template: word 3-gram shingles, hashed, compared by
 * Jaccard. The greeting line is dropped and names do not matter much: swapping a name or a
 * company changes a few shingles of dozens.
 */
import type { LintContext } from "../context";
import { classOf, codePointAt, LETTER, NUMBER } from "./chars";
import { memoize } from "./memo";

/** Drops a leading greeting ("Hi Laura," / "Guten Tag Frau Sommer,") so that only the content is compared. */
export function stripGreeting(text: string): string {
  const t = text.trimStart();
  const nl = t.indexOf("\n");
  const comma = t.indexOf(",");
  if (nl > 0 && nl <= 60 && (comma === -1 || comma > nl || comma >= nl - 1)) return t.slice(nl + 1);
  if (comma > 0 && comma <= 40) return t.slice(comma + 1);
  return t;
}

export function shingles(text: string, size = 3): Set<number> {
  const lower = text.toLowerCase();
  // word runs (letters and digits) as offsets: the shingles are hashed from char codes, no word strings
  const bounds: number[] = [];
  for (let i = 0; i < lower.length; ) {
    const cp = codePointAt(lower, i);
    const units = cp > 0xffff ? 2 : 1;
    if (classOf(cp) & (LETTER | NUMBER)) {
      if (bounds.length === 0 || bounds[bounds.length - 1] !== i) bounds.push(i, i + units);
      else bounds[bounds.length - 1] = i + units;
    }
    i += units;
  }
  const words = bounds.length / 2;
  const out = new Set<number>();
  // the hash of the words joined by spaces, as hash(words.join(" ")) would give it
  const hashWords = (first: number, count: number) => {
    let h = 0x811c9dc5;
    for (let w = first; w < first + count; w++) {
      if (w > first) h = Math.imul(h ^ 32, 0x01000193);
      for (let i = bounds[2 * w]; i < bounds[2 * w + 1]; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
    }
    return h >>> 0;
  };
  if (words < size) {
    if (words) out.add(hashWords(0, words));
    return out;
  }
  for (let i = 0; i + size <= words; i++) out.add(hashWords(i, size));
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

// Earlier messages are the same on every keystroke (and across an archive import): shingle each once.
const earlierShingles = memoize((text: string) => shingles(stripGreeting(text)), 5_000, 4_000_000);

/** Share of shared word 3-grams above which two messages are the same template. */
export const TEMPLATE_SIMILARITY = 0.5;

/**
 * How many of the sender's messages to others this one repeats with only names swapped, and the
 * highest similarity. Read by mass-template and relevance (a follow-up sent to many is about no one), so kept on the context.
 */
export function templateMatches(ctx: LintContext): { matches: number; best: number } {
  if (ctx.shared.template) return ctx.shared.template;
  const mine = shingles(ctx.text.slice(ctx.body.start, ctx.body.end));
  let matches = 0;
  let best = 0;
  for (const other of ctx.input.earlierMessages ?? []) {
    const sim = jaccard(mine, earlierShingles(other));
    if (sim >= TEMPLATE_SIMILARITY) matches++;
    if (sim > best) best = sim;
  }
  return (ctx.shared.template = { matches, best });
}
