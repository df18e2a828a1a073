import type { Span } from "../schema";

/**
 * The first index of a sorted array whose key is at least `at` (the array's length if none): the
 * one binary search the linter's lookups share (a word's sentence, the matches of a list in a
 * range, a quotation around a word), where a scan from the top per question grew with the square
 * of a long text.
 */
export function lowerBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const startOf = (s: Span): number => s.start;
