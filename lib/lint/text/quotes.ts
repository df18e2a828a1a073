import type { Span } from "../schema";
import { lowerBound, startOf } from "./sorted";

const QUOTED = /„[^“”"\n]{1,120}[“”"]|“[^”"\n]{1,120}[”"]|"[^"\n]{1,120}"|»[^«\n]{1,120}«|«[^»\n]{1,120}»|`[^`\n]{1,120}`/g;

// The spans of the last text asked about: several rules ask, the placeholder rule once per field
// (a scan per field grew with the square of a long text full of fields)
let lastText: string | undefined;
let lastSpans: readonly Span[] = [];

/** Spans in quotation marks („…“, “…”, "…", »…«, «…») or code marks (`…`): words quoted are mentioned, not said to the reader. */
export function quotedSpans(text: string): readonly Span[] {
  if (text === lastText) return lastSpans;
  const out: Span[] = [];
  if (/[„“"»«`]/.test(text)) {
    QUOTED.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = QUOTED.exec(text)); ) out.push({ start: m.index, end: m.index + m[0].length });
  }
  lastText = text;
  lastSpans = out;
  return out;
}

/** Whether span lies inside one of the quoted spans. */
export function isQuoted(quoted: readonly Span[], span: Span): boolean {
  // quotations come in order and do not overlap (quotedSpans): only the last one opened before the span can hold it
  const before = lowerBound(quoted, span.start, startOf) - 1;
  return before >= 0 && span.end < quoted[before].end;
}
