import type { Check } from "@/lib/lint";

const SEVERITY_CLASS: Record<string, string> = {
  fail: "bg-rose-200/80 text-transparent rounded-sm underline decoration-rose-600 decoration-2 underline-offset-2",
  warn: "bg-amber-200/80 text-transparent rounded-sm underline decoration-amber-600 decoration-2 underline-offset-2",
};

interface Props {
  text: string;
  checks: Check[];
}

/**
 * The message with its findings marked, rendered behind the transparent textarea. Spans of
 * several rules may overlap: the text is cut at every span boundary and each piece names the
 * rules that cover it (the most severe one colours it).
 */
export function HighlightedText({ text, checks }: Props) {
  const marks: { start: number; end: number; id: string; status: "warn" | "fail" }[] = [];
  for (const c of checks) {
    if (c.status !== "warn" && c.status !== "fail") continue;
    for (const s of c.spans) {
      const start = Math.max(0, Math.min(s.start, text.length));
      const end = Math.max(start, Math.min(s.end, text.length));
      if (end > start) marks.push({ start, end, id: c.id, status: c.status });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const piece = text.slice(start, end);
    if (covering.length === 0) {
      pieces.push(<span key={start}>{piece}</span>);
      continue;
    }
    const worst = covering.some((m) => m.status === "fail") ? "fail" : "warn";
    const ids = [...new Set(covering.map((m) => m.id))];
    // an invisible character takes no room: an outline (which takes none either) makes it visible
    const invisible = /^[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]+$/.test(piece);
    pieces.push(
      <mark
        key={start}
        data-rule-id={ids[0]}
        data-rule-ids={ids.join(" ")}
        data-status={worst}
        data-invisible={invisible || undefined}
        className={invisible ? "outline outline-2 outline-offset-0 outline-rose-600" : SEVERITY_CLASS[worst]}
      >
        {piece}
      </mark>,
    );
  }
  // a trailing newline needs a character after it to take up a line, as in the textarea
  return (
    <>
      {pieces}
      {"\u200b"}
    </>
  );
}
