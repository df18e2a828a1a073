import { describe, expect, it } from "vitest";
import { collectMarks, rebaseMarks, segmentMarks, type Mark, type Piece } from "./marks";

type C = { id: string; status: "pass" | "warn" | "fail" | "skip"; spans: { start: number; end: number }[] };
const check = (id: string, status: C["status"], ...spans: [number, number][]): C => ({ id, status, spans: spans.map(([start, end]) => ({ start, end })) });

/** The cut-and-filter way the component used to do it: slow, but obviously right. */
function naive(length: number, marks: readonly Mark[]): Piece[] {
  const points = [...new Set([0, length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= start && m.end >= end).sort((a, b) => a.rank - b.rank);
    pieces.push({
      start,
      end,
      ids: [...new Set(covering.map((m) => m.id))],
      status: covering.length === 0 ? null : covering.some((m) => m.status === "fail") ? "fail" : "warn",
    });
  }
  return pieces;
}

describe("collectMarks", () => {
  it("marks warnings and failures only, clamped to the text, sorted by start", () => {
    const marks = collectMarks(
      [check("links", "fail", [30, 40], [5, 8]), check("hype", "warn", [2, 6]), check("brevity", "pass", [0, 10]), check("usp", "skip", [0, 3]), check("value", "warn", [18, 99], [50, 60], [7, 7])],
      20,
    );
    expect(marks.map((m) => [m.id, m.start, m.end, m.status])).toEqual([
      ["hype", 2, 6, "warn"],
      ["links", 5, 8, "fail"],
      ["value", 18, 20, "warn"],
    ]);
  });
});

describe("segmentMarks", () => {
  it("cuts at every boundary; an overlap lists its rules in the order of the checks and takes the worst status", () => {
    const marks = collectMarks([check("links", "fail", [4, 10]), check("hype", "warn", [0, 6])], 12);
    expect(segmentMarks(12, marks)).toEqual([
      { start: 0, end: 4, ids: ["hype"], status: "warn" },
      { start: 4, end: 6, ids: ["links", "hype"], status: "fail" },
      { start: 6, end: 10, ids: ["links"], status: "fail" },
      { start: 10, end: 12, ids: [], status: null },
    ]);
  });

  it("is one unmarked piece without marks, and nothing for an empty text", () => {
    expect(segmentMarks(5, [])).toEqual([{ start: 0, end: 5, ids: [], status: null }]);
    expect(segmentMarks(0, [])).toEqual([]);
  });

  it("agrees with the naive cut-and-filter on random overlapping marks", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const ids = ["personal-address", "relevance", "hype", "links", "placeholder"];
    for (let round = 0; round < 200; round++) {
      const length = 1 + random(80);
      const checks = ids.map((id) => {
        const spans: [number, number][] = Array.from({ length: random(4) }, () => {
          const start = random(length);
          return [start, start + random(length - start + 1)];
        });
        return check(id, random(2) ? "fail" : "warn", ...spans);
      });
      const marks = collectMarks(checks, length);
      expect(segmentMarks(length, marks)).toEqual(naive(length, marks));
    }
  });
});

describe("rebaseMarks", () => {
  const checked = "Hi {{first_name}}, see bit.ly/3abcd today";
  const marks = collectMarks([check("placeholder", "fail", [3, 17]), check("links", "fail", [23, 35])], checked.length);
  const cover = (text: string, ms: readonly Mark[]) => ms.map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

  it("is the same array while the text is the one checked", () => {
    expect(rebaseMarks(marks, checked, checked)).toBe(marks);
  });

  it("keeps marks before the edit, moves those after it and drops those it touched", () => {
    const typed = checked.replace("see", "have a look at");
    expect(cover(typed, rebaseMarks(marks, checked, typed))).toEqual(["placeholder:{{first_name}}", "links:bit.ly/3abcd"]);
    const intoLink = checked.replace("3abcd", "3ab");
    expect(cover(intoLink, rebaseMarks(marks, checked, intoLink))).toEqual(["placeholder:{{first_name}}"]);
    const intoPlaceholder = checked.replace("{{first_name}}", "{{first_nam}}");
    expect(cover(intoPlaceholder, rebaseMarks(marks, checked, intoPlaceholder))).toEqual(["links:bit.ly/3abcd"]);
  });

  it("keeps them sorted by start, so segmentMarks can sweep them", () => {
    const typed = "Oh. " + checked;
    const moved = rebaseMarks(marks, checked, typed);
    expect(moved.map((m) => m.start)).toEqual([7, 27]);
    expect(segmentMarks(typed.length, moved).filter((p) => p.status).map((p) => typed.slice(p.start, p.end))).toEqual(["{{first_name}}", "bit.ly/3abcd"]);
  });
});
