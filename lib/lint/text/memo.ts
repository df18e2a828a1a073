/**
 * A small bounded cache for values derived from inputs that stay the same while a person types
 * (the prospect's name, research notes, earlier messages): computed once, not on every keystroke.
 *
 * Bounded by entries and by the characters of its keys together: the values grow with their keys
 * (a note's terms, an earlier message's shingles), and on the server anyone may send a megabyte of
 * notes per request, so a cache bounded by entries alone held gigabytes. A key too large for a
 * quarter of the budget is kept apart, the last one only: a person typing with megabytes of notes
 * gets their terms from the cache, and requests with other notes leave one such entry behind.
 */
export function memoize<T>(fn: (key: string) => T, capacity = 256, maxChars = 1_000_000): (key: string) => T {
  const cache = new Map<string, T>();
  let chars = 0;
  let lastLarge: { key: string; value: T } | undefined;
  return (key: string) => {
    if (key.length > maxChars / 4) {
      if (lastLarge?.key !== key) lastLarge = { key, value: fn(key) };
      return lastLarge.value;
    }
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    // the oldest go first (a Map keeps insertion order)
    while (cache.size > 0 && (cache.size >= capacity || chars + key.length > maxChars)) {
      const oldest = cache.keys().next().value as string;
      cache.delete(oldest);
      chars -= oldest.length;
    }
    cache.set(key, value);
    chars += key.length;
    return value;
  };
}
