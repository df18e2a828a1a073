import type { Span } from "../schema";

const QUOTED = /„[^“”"\n]{1,120}[“”"]|“[^”"\n]{1,120}[”"]|"[^"\n]{1,120}"|»[^«\n]{1,120}«|«[^»\n]{1,120}»/g;

/** Spans in quotation marks („…“, “…”, "…", »…«, «…»): words quoted are mentioned, not said to the reader. */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!/[„“"»«]/.test(text)) return out;
  QUOTED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUOTED.exec(text)); ) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether span lies inside one of the quoted spans. */
export function isQuoted(quoted: readonly Span[], span: Span): boolean {
  return quoted.some((q) => q.start < span.start && span.end < q.end);
}
