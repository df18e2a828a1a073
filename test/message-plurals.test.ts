import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "../messages/de.json";
import en from "../messages/en.json";

// Counts in the interface: "1 prospects" and "1 Kontakte" were what a plain "{total} prospects" gave.
// Every message with a number in it is rendered here with 1 and with 2, in both languages, and a new
// message with a number fails the last test until its singular is written down here too.

// placeholders that hold text (names, dates, formatted rates), never a count
const TEXT_ARGS = new Set(["reason", "invented", "error", "touches", "query", "source", "date", "name", "kind", "verdict", "column", "file", "workspace", "role", "rate", "median", "time"]);

type Args = (n: number) => Record<string, number | string>;
const all = (...names: string[]): Args => (n) => Object.fromEntries(names.map((k) => [k, n]));

/** Each message with a number: its arguments for a count n, and what it says for 1 and for 2. */
const cases: { key: string; args: Args; en: [string, string]; de: [string, string] }[] = [
  { key: "compose.score", args: all("score"), en: ["Score 1", "Score 2"], de: ["Punkte 1", "Punkte 2"] },
  {
    key: "compose.verdictAnnouncement",
    args: (n) => ({ verdict: "Revise", score: n }),
    en: ["Verdict: Revise, score 1", "Verdict: Revise, score 2"],
    de: ["Ergebnis: Revise, 1 Punkt", "Ergebnis: Revise, 2 Punkte"],
  },
  { key: "compose.characters", args: all("count", "limit"), en: ["1 / 1 character", "2 / 2 characters"], de: ["1 / 1 Zeichen", "2 / 2 Zeichen"] },
  { key: "compose.goodLength", args: all("good"), en: ["good under 1", "good under 2"], de: ["gut unter 1", "gut unter 2"] },
  {
    key: "compose.words",
    args: (n) => ({ count: n, min: 50, max: 125 }),
    en: ["1 word (aim for 50–125)", "2 words (aim for 50–125)"],
    de: ["1 Wort (Ziel: 50–125)", "2 Wörter (Ziel: 50–125)"],
  },
  {
    key: "compose.wordsMax",
    args: (n) => ({ count: n, max: 125 }),
    en: ["1 word (aim for at most 125)", "2 words (aim for at most 125)"],
    de: ["1 Wort (Ziel: höchstens 125)", "2 Wörter (Ziel: höchstens 125)"],
  },
  { key: "compose.warmthUnanswered", args: all("count"), en: ["1 unanswered", "2 unanswered"], de: ["1 unbeantwortet", "2 unbeantwortet"] },
  { key: "prospects.count", args: all("total"), en: ["1 prospect", "2 prospects"], de: ["1 Kontakt", "2 Kontakte"] },
  { key: "prospects.page", args: all("page", "pages"), en: ["Page 1 of 1", "Page 2 of 2"], de: ["Seite 1 von 1", "Seite 2 von 2"] },
  {
    key: "prospects.threadOlderHidden",
    args: all("count"),
    en: ["1 older entry is not shown.", "2 older entries are not shown."],
    de: ["1 älterer Eintrag wird nicht angezeigt.", "2 ältere Einträge werden nicht angezeigt."],
  },
  {
    key: "import.counts",
    args: all("create", "merge", "skip", "suppressed", "invalid"),
    en: ["1 new, 1 merged, 1 skipped as a duplicate, 1 suppressed, 1 with errors", "2 new, 2 merged, 2 skipped as duplicates, 2 suppressed, 2 with errors"],
    de: ["1 neu, 1 zusammengeführt, 1 als Duplikat übersprungen, 1 gesperrt, 1 mit Fehlern", "2 neu, 2 zusammengeführt, 2 als Duplikat übersprungen, 2 gesperrt, 2 mit Fehlern"],
  },
  { key: "import.commit", args: all("count"), en: ["Import 1 row", "Import 2 rows"], de: ["1 Zeile importieren", "2 Zeilen importieren"] },
  { key: "import.done", args: all("created", "merged"), en: ["Imported: 1 new, 1 merged.", "Imported: 2 new, 2 merged."], de: ["Importiert: 1 neu, 1 zusammengeführt.", "Importiert: 2 neu, 2 zusammengeführt."] },
  { key: "import.line", args: all("line"), en: ["Line 1", "Line 2"], de: ["Zeile 1", "Zeile 2"] },
  {
    key: "import.moreColumns",
    args: all("limit"),
    en: ["The file has more than 1 column; only the first column can be imported.", "The file has more than 2 columns; only the first 2 columns can be imported."],
    de: ["Die Datei hat mehr als 1 Spalte; nur die erste kann importiert werden.", "Die Datei hat mehr als 2 Spalten; nur die ersten 2 können importiert werden."],
  },
  {
    key: "import.rowErrors.cell_too_long",
    args: (n) => ({ column: "Position", limit: n }),
    en: ["Column “Position” is longer than 1 character.", "Column “Position” is longer than 2 characters."],
    de: ["Spalte „Position“ ist länger als 1 Zeichen.", "Spalte „Position“ ist länger als 2 Zeichen."],
  },
  {
    key: "import.rowErrors.name_too_long",
    args: (n) => ({ column: "To", limit: n }),
    en: ["The name from “To” is longer than 1 character.", "The name from “To” is longer than 2 characters."],
    de: ["Der Name aus „To“ ist länger als 1 Zeichen.", "Der Name aus „To“ ist länger als 2 Zeichen."],
  },
  {
    key: "dashboard.summary",
    args: (n) => ({ sent: n, median: "70" }),
    en: ["1 sent message · median score 70", "2 sent messages · median score 70"],
    de: ["1 gesendete Nachricht · Median-Score 70", "2 gesendete Nachrichten · Median-Score 70"],
  },
  { key: "dashboard.mass.total", args: all("count"), en: ["1 incident", "2 incidents"], de: ["1 Vorfall", "2 Vorfälle"] },
  {
    key: "archive.done",
    args: all("prospects", "messages", "replies"),
    en: ["Imported 1 new prospect, 1 message and 1 reply.", "Imported 2 new prospects, 2 messages and 2 replies."],
    de: ["1 neuer Kontakt, 1 Nachricht und 1 Antwort importiert.", "2 neue Kontakte, 2 Nachrichten und 2 Antworten importiert."],
  },
  {
    key: "archive.skipped",
    args: all("already", "drafts", "group", "suppressed"),
    en: ["Already imported: 1. Left out: 1 draft, 1 group message, 1 suppressed.", "Already imported: 2. Left out: 2 drafts, 2 group messages, 2 suppressed."],
    de: ["Bereits importiert: 1. Ausgelassen: 1 Entwurf, 1 Gruppennachricht, 1 gesperrt.", "Bereits importiert: 2. Ausgelassen: 2 Entwürfe, 2 Gruppennachrichten, 2 gesperrt."],
  },
  {
    key: "archive.problems",
    args: all("count"),
    en: ["1 row could not be read", "2 rows could not be read"],
    de: ["1 Zeile konnte nicht gelesen werden", "2 Zeilen konnten nicht gelesen werden"],
  },
  {
    key: "archive.problem",
    args: (n) => ({ file: "messages.csv", line: n, error: "–" }),
    en: ["messages.csv, line 1: –", "messages.csv, line 2: –"],
    de: ["messages.csv, Zeile 1: –", "messages.csv, Zeile 2: –"],
  },
  {
    key: "archive.problemInColumn",
    args: (n) => ({ file: "messages.csv", line: n, column: "DATE", error: "–" }),
    en: ["messages.csv, line 1, column “DATE”: –", "messages.csv, line 2, column “DATE”: –"],
    de: ["messages.csv, Zeile 1, Spalte „DATE“: –", "messages.csv, Zeile 2, Spalte „DATE“: –"],
  },
  { key: "archive.moreProblems", args: all("count"), en: ["… and 1 more problem", "… and 2 more problems"], de: ["… und 1 weiteres Problem", "… und 2 weitere Probleme"] },
  {
    key: "insights.lead",
    args: all("min"),
    en: [expect.stringContaining("Below 1 message there is not enough data"), expect.stringContaining("Below 2 messages there is not enough data")] as unknown as [string, string],
    de: [expect.stringContaining("Unter 1 Nachricht reicht"), expect.stringContaining("Unter 2 Nachrichten reicht")] as unknown as [string, string],
  },
  {
    key: "insights.total",
    args: (n) => ({ n, rate: "25 %" }),
    en: ["1 sent message, reply rate 25 %", "2 sent messages, reply rate 25 %"],
    de: ["1 gesendete Nachricht, Antwortquote 25 %", "2 gesendete Nachrichten, Antwortquote 25 %"],
  },
];

const catalogues = { en, de } as const;

/** Every message (by its dotted key) with a placeholder that holds a number. */
function messagesWithNumbers(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) => {
    if (typeof v === "object" && v !== null) return messagesWithNumbers(v, `${prefix}${k}.`);
    const args = [...String(v).matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]);
    return args.some((a) => !TEXT_ARGS.has(a)) ? [`${prefix}${k}`] : [];
  });
}

describe("counts in the interface", () => {
  for (const locale of ["en", "de"] as const) {
    it(`say one thing in the singular and two in the plural (${locale})`, () => {
      const t = createTranslator({ locale, messages: catalogues[locale] as Messages });
      for (const c of cases) {
        expect([t(c.key, c.args(1)), t(c.key, c.args(2))], c.key).toEqual(c[locale]);
      }
    });
  }

  it("format a big count for the language", () => {
    expect(createTranslator({ locale: "en", messages: en as Messages })("prospects.count", { total: 1234 })).toBe("1,234 prospects");
    expect(createTranslator({ locale: "de", messages: de as Messages })("prospects.count", { total: 1234 })).toBe("1.234 Kontakte");
  });

  it("are all listed above, so that a new message with a number gets its singular checked", () => {
    const listed = cases.map((c) => c.key).sort();
    expect(messagesWithNumbers(en).sort()).toEqual(listed);
    expect(messagesWithNumbers(de).sort()).toEqual(listed);
  });
});
