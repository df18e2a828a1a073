import type { Span } from "../schema";

const QUOTED = /„[^“”"\n]{1,120}[“”"]|“[^”"\n]{1,120}[”"]|"[^"\n]{1,120}"|»[^«\n]{1,120}«|«[^»\n]{1,120}»/g;

// The spans of the last text asked about: several rules ask, the placeholder rule once per field
// (a scan per field grew with the square of a long text full of fields)
let lastText: string | undefined;
let lastSpans: readonly Span[] = [];

/** Spans in quotation marks („…“, “…”, "…", »…«, «…»): words quoted are mentioned, not said to the reader. */
export function quotedSpans(text: string): readonly Span[] {
  if (text === lastText) return lastSpans;
  const out: Span[] = [];
  if (/[„“"»«]/.test(text)) {
    QUOTED.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = QUOTED.exec(text)); ) out.push({ start: m.index, end: m.index + m[0].length });
  }
  lastText = text;
  lastSpans = out;
  return out;
}

/** Whether span lies inside one of the quoted spans. */
export function isQuoted(quoted: readonly Span[], span: Span): boolean {
  return quoted.some((q) => q.start < span.start && span.end < q.end);
}
