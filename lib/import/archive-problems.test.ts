import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import { archiveProblemList, archiveProblemText, type ArchiveProblem } from "./archive-problems";

// every reason the archive import gives (lib/import/linkedin-archive.ts and the CSV import's row errors)
const problems: ArchiveProblem[] = [
  { file: "messages.csv", line: 7, error: "date_invalid", column: "DATE" },
  { file: "messages.csv", line: 9, error: "conversation_missing", column: "CONVERSATION ID" },
  { file: "messages.csv", line: 10, error: "date_out_of_range", column: "DATE" },
  { file: "Invitations.csv", line: 3, error: "profile_url_invalid", column: "inviteeProfileUrl" },
  { file: "Invitations.csv", line: 4, error: "date_invalid", column: "Sent At" },
  { file: "Invitations.csv", line: 5, error: "name_too_long", column: "To", limit: 200 },
  { file: "Connections.csv", line: 8, error: "name_required" },
  { file: "Connections.csv", line: 9, error: "profile_url_invalid", column: "URL" },
  { file: "Connections.csv", line: 12, error: "cell_too_long", column: "Position", limit: 300 },
  { file: "Connections.csv", line: 1234, error: "name_too_long", column: "First Name + Last Name", limit: 200 },
];

// the messages untyped, as the app's useTranslations() sees them (no key types are declared)
const translator = (locale: string, messages: Messages) => createTranslator({ locale, messages });

describe("archive import problems in words", () => {
  it("says each problem as a sentence with file, line and column, in English", () => {
    const t = translator("en", en);
    expect(problems.map((p) => archiveProblemText(t, p))).toEqual([
      "messages.csv, line 7, column “DATE”: The date cannot be read.",
      "messages.csv, line 9, column “CONVERSATION ID”: No conversation ID.",
      "messages.csv, line 10, column “DATE”: The date is before 2003, when LinkedIn began, or in the future.",
      "Invitations.csv, line 3, column “inviteeProfileUrl”: Not a LinkedIn profile URL.",
      "Invitations.csv, line 4, column “Sent At”: The date cannot be read.",
      "Invitations.csv, line 5: The name from “To” is longer than 200 characters.",
      "Connections.csv, line 8: No name.",
      "Connections.csv, line 9, column “URL”: Not a LinkedIn profile URL.",
      "Connections.csv, line 12: Column “Position” is longer than 300 characters.",
      "Connections.csv, line 1234: The name from “First Name + Last Name” is longer than 200 characters.",
    ]);
  });

  it("and in German", () => {
    const t = translator("de", de);
    expect(problems.map((p) => archiveProblemText(t, p))).toEqual([
      "messages.csv, Zeile 7, Spalte „DATE“: Das Datum ist nicht lesbar.",
      "messages.csv, Zeile 9, Spalte „CONVERSATION ID“: Keine Konversations-ID.",
      "messages.csv, Zeile 10, Spalte „DATE“: Das Datum liegt vor 2003, dem Start von LinkedIn, oder in der Zukunft.",
      "Invitations.csv, Zeile 3, Spalte „inviteeProfileUrl“: Keine LinkedIn-Profil-URL.",
      "Invitations.csv, Zeile 4, Spalte „Sent At“: Das Datum ist nicht lesbar.",
      "Invitations.csv, Zeile 5: Der Name aus „To“ ist länger als 200 Zeichen.",
      "Connections.csv, Zeile 8: Kein Name.",
      "Connections.csv, Zeile 9, Spalte „URL“: Keine LinkedIn-Profil-URL.",
      "Connections.csv, Zeile 12: Spalte „Position“ ist länger als 300 Zeichen.",
      "Connections.csv, Zeile 1234: Der Name aus „First Name + Last Name“ ist länger als 200 Zeichen.",
    ]);
  });

  it("shows a reason without a message as its code rather than nothing", () => {
    const t = translator("en", en);
    expect(archiveProblemText(t, { file: "messages.csv", line: 2, error: "something_new" })).toBe("messages.csv, line 2: something_new");
  });

  it("counts rows, not problems, and lists at most the cap, saying how many more there are", () => {
    // 40 rows with three problems each
    const many: ArchiveProblem[] = Array.from({ length: 40 }, (_, i) => [
      { file: "Connections.csv", line: i + 2, error: "cell_too_long", column: "Position", limit: 300 },
      { file: "Connections.csv", line: i + 2, error: "cell_too_long", column: "Company", limit: 300 },
      { file: "Connections.csv", line: i + 2, error: "profile_url_invalid", column: "URL" },
    ]).flat();
    const en100 = archiveProblemList(translator("en", en), many);
    expect(en100.rows).toBe(40);
    expect(en100.sentences).toHaveLength(100);
    expect(en100.sentences.slice(0, 3)).toEqual([
      "Connections.csv, line 2: Column “Position” is longer than 300 characters.",
      "Connections.csv, line 2: Column “Company” is longer than 300 characters.",
      "Connections.csv, line 2, column “URL”: Not a LinkedIn profile URL.",
    ]);
    expect(en100.more).toBe("… and 20 more problems");
    expect(archiveProblemList(translator("de", de), many).more).toBe("… und 20 weitere Probleme");
    // the same row in another file is another row
    expect(archiveProblemList(translator("en", en), [problems[0], { ...problems[0], file: "Invitations.csv" }]).rows).toBe(2);
    expect(archiveProblemList(translator("en", en), many, 119).more).toBe("… and 1 more problem");
    expect(archiveProblemList(translator("de", de), many, 119).more).toBe("… und 1 weiteres Problem");
    expect(archiveProblemList(translator("en", en), many, 120).more).toBeNull();
  });

  it("counts all problems and rows where the list given is only the start of them", () => {
    const listed = problems.slice(0, 3);
    const list = archiveProblemList(translator("en", en), listed, 2, { problems: 1_500, rows: 1_200 });
    expect(list.rows).toBe(1_200);
    expect(list.sentences).toHaveLength(2);
    expect(list.more).toBe("… and 1,498 more problems");
  });

  it("counts the rows that could not be read in singular and plural", () => {
    const en_ = translator("en", en);
    const de_ = translator("de", de);
    expect([1, 40].map((count) => en_("archive.problems", { count }))).toEqual(["1 row could not be read", "40 rows could not be read"]);
    expect([1, 40].map((count) => de_("archive.problems", { count }))).toEqual(["1 Zeile konnte nicht gelesen werden", "40 Zeilen konnten nicht gelesen werden"]);
  });
});
