import { memo } from "react";
import { segmentMarks, type Mark, type MarkStatus } from "@/lib/compose/marks";

// Failures and warnings differ in the line's shape too, not only in colour (for colour-blind
// sellers, and in grey print): a wavy underline must be fixed, a dashed one is worth revising.
const SEVERITY_CLASS: Record<MarkStatus, string> = {
  fail: "bg-rose-200/80 rounded-sm underline decoration-wavy decoration-rose-600 decoration-2 underline-offset-2",
  warn: "bg-amber-200/80 rounded-sm underline decoration-dashed decoration-amber-700 decoration-2 underline-offset-2",
};

const INVISIBLE = /^[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]+$/;

interface Props {
  text: string;
  /** sorted by start (collectMarks, rebaseMarks), with offsets into `text` */
  marks: readonly Mark[];
}

/**
 * The message with its findings marked, rendered behind the transparent textarea. Spans of
 * several rules may overlap: the text is cut at every span boundary and each piece names the
 * rules that cover it (the most severe one colours it). Memoised: it renders again only when the
 * text or the marks change.
 */
export const HighlightedText = memo(function HighlightedText({ text, marks }: Props) {
  const pieces = segmentMarks(text.length, marks).map((p, i) => {
    const piece = text.slice(p.start, p.end);
    // keyed by position in the list: after an edit the same nodes take the new text
    if (!p.status) return <span key={i}>{piece}</span>;
    // an invisible character takes no room: an outline (which takes none either) makes it visible
    const invisible = INVISIBLE.test(piece);
    return (
      <mark
        key={i}
        data-rule-id={p.ids[0]}
        data-rule-ids={p.ids.join(" ")}
        data-status={p.status}
        data-invisible={invisible || undefined}
        className={invisible ? "outline outline-2 outline-offset-0 outline-rose-600" : `text-transparent ${SEVERITY_CLASS[p.status]}`}
      >
        {piece}
      </mark>
    );
  });
  // a trailing newline needs a character after it to take up a line, as in the textarea
  return (
    <>
      {pieces}
      {"\u200b"}
    </>
  );
});

/** What the two kinds of underline mean, each next to a sample drawn as in the text. */
export function HighlightLegend({ fail, warn }: { fail: string; warn: string }) {
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" data-testid="highlight-legend">
      {(["fail", "warn"] as const).map((status) => (
        <span key={status} className="inline-flex items-center gap-1.5" data-status={status}>
          <span aria-hidden="true" className={`px-0.5 text-slate-800 ${SEVERITY_CLASS[status]}`}>
            abc
          </span>
          {status === "fail" ? fail : warn}
        </span>
      ))}
    </p>
  );
}
