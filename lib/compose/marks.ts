import type { Check } from "../lint";
import { mapRange, textEdit } from "./text-edit";

/**
 * The findings marked in the editor: one mark per span of a warning or failure, in UTF-16 code
 * units as in the lint contract.
 */
export type MarkStatus = "warn" | "fail";

export interface Mark {
  start: number;
  end: number;
  id: string;
  status: MarkStatus;
  /** the position of its check in the result: where marks overlap, the rule ids are listed in this order */
  rank: number;
}

/** A stretch of the text between two mark boundaries, with the rules that cover all of it. */
export interface Piece {
  start: number;
  end: number;
  /** the rules covering it, in the order of the checks; empty for unmarked text */
  ids: string[];
  /** the most severe status among them; null for unmarked text */
  status: MarkStatus | null;
}

/** The marks of a result on the text it checked (`length` long), clamped to it and sorted by start, once. */
export function collectMarks(checks: readonly { id: string; status: Check["status"]; spans: readonly { start: number; end: number }[] }[], length: number): Mark[] {
  const marks: Mark[] = [];
  checks.forEach((c, rank) => {
    if (c.status !== "warn" && c.status !== "fail") return;
    for (const s of c.spans) {
      const start = Math.max(0, Math.min(s.start, length));
      const end = Math.max(start, Math.min(s.end, length));
      if (end > start) marks.push({ start, end, id: c.id, status: c.status, rank });
    }
  });
  // a stable sort: marks with the same start keep the order of the checks
  return marks.sort((a, b) => a.start - b.start);
}

/**
 * Marks made on `checked` carried over to `text` while the check of `text` is still running:
 * those before the edit stay, those after it move by the change in length, those the edit touched
 * are dropped (what they pointed at changed). The same array when the text is the checked one.
 * The order by start is kept.
 */
export function rebaseMarks(marks: readonly Mark[], checked: string, text: string): readonly Mark[] {
  const edit = textEdit(checked, text);
  if (!edit) return marks;
  const kept: Mark[] = [];
  for (const m of marks) {
    const moved = mapRange(m, edit);
    if (moved) kept.push(moved);
  }
  return kept;
}

/**
 * Cuts [0, length) at every boundary of the marks (sorted by start, as collectMarks and
 * rebaseMarks give them) in one sweep: each mark enters the set of covering marks once and leaves
 * it once, so the work grows with the number of marks and of pieces, not with their product.
 */
export function segmentMarks(length: number, marks: readonly Mark[]): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    cuts.add(Math.min(m.start, length));
    cuts.add(Math.min(m.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let covering: Mark[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (covering.length) covering = covering.filter((m) => m.end > start);
    // every boundary is a cut, so a mark that has begun and not ended covers this whole piece
    while (next < marks.length && marks[next].start <= start) {
      if (marks[next].end > start) covering.push(marks[next]);
      next++;
    }
    if (covering.length === 0) {
      pieces.push({ start, end, ids: [], status: null });
      continue;
    }
    const ranked = covering.length > 1 ? [...covering].sort((a, b) => a.rank - b.rank) : covering;
    pieces.push({
      start,
      end,
      ids: [...new Set(ranked.map((m) => m.id))],
      status: covering.some((m) => m.status === "fail") ? "fail" : "warn",
    });
  }
  return pieces;
}
