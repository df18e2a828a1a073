/**
 * The literal text a regex cannot match without: for /(?:i )?hope (?:this|my) message/ that is
 * "hope" (or "message"); for /(?:book|schedule) a call/ it is "book" or "schedule". A word-list
 * regex whose trigger does not occur in the lower-cased message cannot match, so it is not run:
 * most messages contain none of the trigger words of most lists.
 * Returns alternatives (one of them must occur), or null when nothing can be said.
 */
export function requiredLiterals(source: string): string[] | null {
  return requiredClauses(source)?.[0] ?? null;
}

/**
 * Everything the regex cannot match without, as clauses that must all hold, each a list of
 * alternatives: for /(?:book|schedule) a (?:call|demo) next week/ that is ["next week"],
 * ["book", "schedule"] and ["call", "demo"], the strongest first. A regex whose trigger words
 * are common ("call") is then run only when the rest of what it needs occurs too.
 */
export function requiredClauses(source: string): string[][] | null {
  const branches = splitTopLevel(source);
  if (branches.length > 1) {
    // one of the branches matches: each branch's strongest clause, as one
    const all: string[] = [];
    for (const b of branches) {
      const r = requiredLiterals(b);
      if (!r) return null;
      all.push(...r);
    }
    return [all];
  }
  const runs: string[] = [];
  const groups: string[][] = [];
  let run = "";
  const flush = () => {
    if (run.trim().length >= 3) runs.push(run.trim());
    run = "";
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    if (c === "(") {
      const close = matchingParen(source, i);
      if (close < 0) return null;
      const inner = source.slice(i + 1, close);
      const after = source.slice(close + 1);
      const optional = /^(?:\?|\*|\{0,)/.test(after);
      flush();
      if (!/^\?[=!<]/.test(inner) && !optional) {
        const r = requiredLiterals(inner.replace(/^\?:/, ""));
        if (r && r.every((x) => x.length >= 3)) groups.push(r);
      }
      i = close + 1;
      i += quantifierLength(source, i);
      continue;
    }
    if (c === "[") {
      flush();
      let j = i + 1;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      i = j + 1;
      i += quantifierLength(source, i);
      continue;
    }
    if (c === "\\") {
      flush();
      i += source[i + 1] === "p" || source[i + 1] === "P" ? source.indexOf("}", i) + 1 - i : 2;
      i += quantifierLength(source, i);
      continue;
    }
    if (/[a-zäöüß0-9' ]/i.test(c)) {
      const q = source[i + 1];
      if (q === "?" || q === "*" || q === "{") {
        flush(); // this character is optional
        i += 1 + quantifierLength(source, i + 1);
        continue;
      }
      run += c.toLowerCase();
      i++;
      if (q === "+") {
        flush();
        i++;
      }
      continue;
    }
    flush(); // ., ^, $, -, etc.
    i++;
    i += quantifierLength(source, i);
  }
  flush();
  runs.sort((a, b) => b.length - a.length);
  groups.sort((a, b) => Math.min(...b.map((x) => x.length)) - Math.min(...a.map((x) => x.length)));
  const clauses = [...runs.map((r) => [r]), ...groups];
  return clauses.length > 0 ? clauses : null;
}

function quantifierLength(s: string, i: number): number {
  const m = /^(?:[?*+]|\{\d*,?\d*\})\??/.exec(s.slice(i, i + 12));
  return m ? m[0].length : 0;
}

function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "\\") {
      i++;
      continue;
    }
    if (s[i] === "[") {
      while (i < s.length && s[i] !== "]") i += s[i] === "\\" ? 2 : 1;
      continue;
    }
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a regex source. */
export function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      while (i < s.length && s[i] !== "]") i += s[i] === "\\" ? 2 : 1;
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/**
 * Expands a regex made only of words, spaces, groups, alternatives and optional parts into the
 * phrases it matches: /(?:happy|glad) to (?:share|send)/ → "happy to share", "glad to share", …
 * so that the phrase index can match them word by word. Returns null for anything richer
 * (classes, escapes, lookarounds, repetition) or when the expansion would be too large.
 */
export function expandRegex(source: string, limit = 64): string[] | null {
  const parse = (s: string): string[] | null => {
    const branches = splitTopLevel(s);
    if (branches.length > 1) {
      const out: string[] = [];
      for (const b of branches) {
        const r = parse(b);
        if (!r) return null;
        out.push(...r);
        if (out.length > limit) return null;
      }
      return out;
    }
    let acc: string[] = [""];
    for (let i = 0; i < s.length; ) {
      const c = s[i];
      let options: string[];
      if (c === "(") {
        const close = matchingParen(s, i);
        if (close < 0 || !s.startsWith("(?:", i)) return null;
        const inner = parse(s.slice(i + 3, close));
        if (!inner) return null;
        options = inner;
        i = close + 1;
      } else if (/[\p{L}\p{N}' ]/u.test(c)) {
        options = [c];
        i++;
      } else return null;
      if (s[i] === "?") {
        options = [...options, ""];
        i++;
      } else if (/[*+{]/.test(s[i] ?? "")) return null;
      const next: string[] = [];
      for (const a of acc) for (const o of options) next.push(a + o);
      if (next.length > limit) return null;
      acc = next;
    }
    return acc;
  };
  const phrases = parse(source);
  return phrases ? [...new Set(phrases.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean))] : null;
}
