/**
 * SQLite's LIKE with the case of every letter ignored, not only ASCII: the built-in folds A–Z
 * alone, so "özdemir" would not find "Özdemir" on SQLite while PostgreSQL's ILIKE finds it.
 * lib/db-client.ts registers this as like() on each SQLite connection, which serves Prisma's
 * `contains` (LIKE without ESCAPE) and the raw `LIKE ? ESCAPE '\'` alike. The semantics are
 * SQLite's otherwise: % any run of characters, _ one character, the escape character (if any)
 * makes the next one literal, NULL in, NULL out. On a connection, a LIKE without ESCAPE takes a
 * backslash as its escape, as PostgreSQL's does: Prisma writes no ESCAPE clause, and a search
 * escapes % and _ to stay a literal substring test on both databases.
 */

type Token = { kind: "any" } | { kind: "one" } | { kind: "char"; char: string };

function tokenize(pattern: string, escape: string | undefined): Token[] {
  const tokens: Token[] = [];
  // the escape character is compared as written (SQLite does); only the characters matched are lower-cased
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (escape !== undefined && c === escape) {
      // an escape at the very end matches nothing, as in SQLite
      if (i + 1 >= chars.length) return [{ kind: "char", char: "" }];
      tokens.push({ kind: "char", char: chars[++i].toLowerCase() });
    } else if (c === "%") {
      // a run of % is one: it keeps the matcher below linear in practice
      if (tokens.at(-1)?.kind !== "any") tokens.push({ kind: "any" });
    } else if (c === "_") tokens.push({ kind: "one" });
    else tokens.push({ kind: "char", char: c.toLowerCase() });
  }
  return tokens;
}

/** "%text%" with no other wildcard, as every search sends: a substring test, with no array per row. */
function substringOf(tokens: Token[]): string | null {
  if (tokens.length < 2 || tokens[0].kind !== "any" || tokens[tokens.length - 1].kind !== "any") return null;
  let literal = "";
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t.kind !== "char") return null;
    literal += t.char;
  }
  return literal;
}

/**
 * Greedy wildcard matching with one backtrack point: O(text × pattern) at worst, never the
 * exponential backtracking a regular expression built from a user's search could take.
 */
function matches(tokens: Token[], text: string[]): boolean {
  let t = 0;
  let p = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token && (token.kind === "one" || (token.kind === "char" && token.char === text[t]))) {
      t++;
      p++;
    } else if (token?.kind === "any") {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (tokens[p]?.kind === "any") p++;
  return p === tokens.length;
}

// a search runs one pattern over many rows: each is tokenised once
const compiled = new Map<string, { tokens: Token[]; substring: string | null }>();

export function unicodeLike(pattern: unknown, text: unknown, escape?: unknown): 0 | 1 | null {
  if (pattern === null || pattern === undefined || text === null || text === undefined) return null;
  let esc: string | undefined;
  if (escape !== undefined) {
    if (escape === null) return null;
    esc = String(escape);
    if ([...esc].length !== 1) throw new Error("ESCAPE expression must be a single character");
  }
  const p = String(pattern);
  const key = `${esc ?? ""}\u0000${p}`;
  let entry = compiled.get(key);
  if (!entry) {
    if (compiled.size >= 100) compiled.clear();
    const tokens = tokenize(p, esc);
    compiled.set(key, (entry = { tokens, substring: substringOf(tokens) }));
  }
  const lower = String(text).toLowerCase();
  if (entry.substring !== null) return lower.includes(entry.substring) ? 1 : 0;
  return matches(entry.tokens, [...lower]) ? 1 : 0;
}

/** The better-sqlite3 connection's part this needs (the adapter owns the connection). */
export interface SqliteFunctions {
  function(name: string, options: { deterministic?: boolean; varargs?: boolean }, fn: (...args: unknown[]) => unknown): unknown;
}

/**
 * Replaces like(pattern, text) and like(pattern, text, escape) on a connection with `unicodeLike`;
 * the first with a backslash as its escape, as PostgreSQL's LIKE without ESCAPE.
 */
export function registerUnicodeLike(connection: SqliteFunctions): void {
  connection.function("like", { deterministic: true }, (pattern, text) => unicodeLike(pattern, text, "\\"));
  connection.function("like", { deterministic: true }, (pattern, text, escape) => unicodeLike(pattern, text, escape));
}
