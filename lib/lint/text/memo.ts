/**
 * A small bounded cache for values derived from inputs that stay the same while a person types
 * (the prospect's name, research notes, earlier messages): computed once, not on every keystroke.
 */
export function memoize<T>(fn: (key: string) => T, capacity = 256): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= capacity) cache.delete(cache.keys().next().value as string);
    cache.set(key, value);
    return value;
  };
}
