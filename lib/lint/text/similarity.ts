/**
 * Near-duplicate detection for mass-template: word 3-gram shingles, hashed, compared by
 * Jaccard. The greeting line is dropped and names do not matter much: swapping a name or a
 * company changes a few shingles of dozens.
 */
const WORD = /[\p{L}\p{N}]+/gu;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length) out.add(hash(words.join(" ")));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hash(words.slice(i, i + size).join(" ")));
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
