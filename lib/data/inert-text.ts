/**
 * NUL cannot be stored in PostgreSQL text (and breaks C tools reading SQLite); a lone UTF-16
 * surrogate has no UTF-8 form, and Prisma's query engine refuses a query that holds one ("unexpected
 * end of hex escape") on both databases. Every string that reaches the database — data and filters
 * alike — gets both replaced by U+FFFD, so such input is stored inert and shown visibly instead of
 * failing with a 500.
 */
const NUL = "\u0000";

export function inertText(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed.includes(NUL) ? wellFormed.replaceAll(NUL, "\uFFFD") : wellFormed;
}

/** A copy of a query's arguments with inertText applied to every string; the same object when nothing changes. */
export function inertArgs<T>(value: T): T {
  if (typeof value === "string") return inertText(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const next = inertArgs(value[i]);
      if (next !== value[i]) (copy ??= value.slice())[i] = next;
    }
    return (copy ?? value) as T;
  }
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const next = inertArgs(item);
      if (next !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = next;
    }
    return (copy ?? value) as T;
  }
  return value; // Dates, Buffers, bigints, Prisma's own objects
}
