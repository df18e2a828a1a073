import { defineRule } from "../rule";
import type { Span } from "../schema";
import { isTitle } from "../text/names";
import { quotedSpans } from "../text/quotes";

// Mail-merge fields in the shapes tools leave behind: {{first_name}}, {{ first_name | default('there') }},
// *|FNAME|* (Mailchimp), {firstName}, [Name], <COMPANY>, %NAME%, ${name}, __NAME__, and XXX.
// "[text](url)" is a Markdown link, not a field; "{{ ref() }}" is template code (a call), and a
// short capital tag such as "[DUP]" or "[WIP]" a log label, not fields.
const FIELD =
  /\{\{\s*[A-Za-z_][\w.]*(?![\w.]|\s*\()[^{}\n]{0,40}\}\}|\*\|[A-Z][A-Z0-9_]{1,30}\|\*|\{\s*[A-Za-z_][\w .-]{0,30}\}|\$\{[^}\n]{1,40}\}|\[\s*[\p{Lu}\p{Ll}_][\p{L}_ -]{0,30}\](?!\()|<\s*[A-Za-z_][A-Za-z_ -]{1,30}\s*>|%[A-Za-z_]{2,30}%|__[A-Z_]{2,30}__|(?<![\p{L}\p{N}])(?:XXX+|xxx+)(?![\p{L}\p{N}])/gu;

/** Every field shape needs one of { $ [ < % or "*|", "__", "XXX", "xxx": most messages have none, and the scan for them is cheap. */
const MAYBE_FIELD = /[{$[<%]|\*\||__|xxx|XXX/;
const LOG_TAG = /^\[[A-Z]{2,4}\]$/;
// ...unless the tag names what is to be filled in: "[LINK]", "[URL]", "[DATE]", "[ORT]"
const FILL_IN_TAG = /^\[(?:LINK|URL|DATE|DATUM|ORT|CITY|TOWN|MAIL|TEL|TIME|ZEIT|JOB|ROLE|FIRM|NAME)\]$/;
// "[Link zur Fallstudie einfügen]", "[insert case study link]": an instruction to the writer, however many words
const INSTRUCTION = /(?<![\p{L}])(?:einfügen|eintragen|ergänzen|insert|add here|todo|tbd)(?![\p{L}])/iu;
const TECH_NOUN_AFTER = /^[\s-]+(?:tag|tags|element|elements|field|fields|attribute|node|feld|felder|attribut)(?![\p{L}])/iu;

/** What a field stands for, so that a fix can fill it from the prospect. */
function fieldKind(field: string): "first" | "last" | "name" | "company" | "role" | null {
  const f = field.toLowerCase().replace(/[^a-zäöü]/g, "");
  if (/^(first(name)?|vorname|fname|givenname)$/.test(f)) return "first";
  if (/^(last(name)?|nachname|lname|surname|familyname)$/.test(f)) return "last";
  if (/^(name|fullname|contact|contactname|prospect|recipient)$/.test(f)) return "name";
  if (/^(company|companyname|firma|unternehmen|organisation|organization|account|org)$/.test(f)) return "company";
  if (/^(title|jobtitle|role|position|rolle)$/.test(f)) return "role";
  return null;
}

/** Whether text[start, end) lies in code marks, or in a quotation with a word of its own besides. */
function quotesAround(text: string, start: number, end: number): boolean {
  const quote = quotedSpans(text).find((q) => q.start < start && end < q.end);
  if (!quote) return false;
  // code marks quote a field as such: no mail merge leaves `{{first_name}}` in backticks
  if (text[quote.start] === "`") return true;
  const rest = text.slice(quote.start + 1, start) + " " + text.slice(end, quote.end - 1);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length >= 1;
}

export const placeholderRule = defineRule({
  meta: {
    id: "placeholder",
    title: { en: "No unfilled merge fields", de: "Keine offenen Platzhalter" },
    why: {
      en: "A left-over {{first_name}} shows the recipient a mass mailing at once.",
      de: "Ein übrig gebliebenes {{first_name}} verrät sofort den Serienbrief.",
    },
    messages: {
      ok: { en: "No unfilled merge fields.", de: "Keine offenen Platzhalter." },
      found: { en: "Unfilled merge field {field}.", de: "Nicht ausgefüllter Platzhalter {field}." },
    },
    suggestions: {
      found: { en: "Replace {field} with {value}.", de: "Ersetzen Sie {field} durch {value}." },
    },
  },
  check(ctx) {
    const spans: Span[] = [];
    const found: string[] = [];
    FIELD.lastIndex = 0;
    let m: RegExpExecArray | null;
    const fields = MAYBE_FIELD.test(ctx.text);
    while (fields && (m = FIELD.exec(ctx.text))) {
      // "[Name]" in ordinary prose is rare; a bracket of one to three words is treated as a field
      if (m[0].startsWith("[") && ((m[0].split(/\s+/).length > 3 && !INSTRUCTION.test(m[0])) || (LOG_TAG.test(m[0]) && !fieldKind(m[0]) && !FILL_IN_TAG.test(m[0])))) continue;
      // a quotation that holds a field among other words quotes it ("Ihr Screenshot mit dem „Hallo {{Vorname}}“",
      // an editor's "„[Der] Abschluss dauert 12 Tage …“"); a quote of the field alone ("your post “{{topic}}”") is still one
      if (quotesAround(ctx.text, m.index, m.index + m[0].length)) continue;
      // "when the <Ustrd> tag is empty": an element of a file format, named as such
      if (m[0].startsWith("<") && !fieldKind(m[0]) && TECH_NOUN_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
      found.push(m[0]);
    }
    const subject = ctx.input.subject;
    if (subject) {
      FIELD.lastIndex = 0;
      const s = FIELD.exec(subject);
      if (s) found.push(s[0]);
    }
    if (found.length === 0) return { status: "pass", messageId: "ok" };
    const first = spans[0];
    const kind = fieldKind(found[0]);
    const prospect = ctx.input.prospect;
    const names = (prospect?.name ?? "").split(/\s+/).filter((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w) && !isTitle(w));
    const value =
      kind === "first" ? names[0]
      : kind === "last" ? names[names.length - 1]
      : kind === "name" ? prospect?.name
      : kind === "company" ? prospect?.company
      : kind === "role" ? prospect?.role
      : undefined;
    return {
      status: "fail",
      messageId: "found",
      data: { field: found[0], value: value ?? "…" },
      spans,
      fix: first && value ? { start: first.start, end: first.end, text: value } : undefined,
      blocking: true,
    };
  },
});
