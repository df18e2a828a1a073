import type { Language } from "../lint/schema";
import { fold } from "../lint/text/normalize";
import { isTitle, matchesPerson, parsePersonName } from "../lint/text/names";

/**
 * The rewrite guard: a model's rewrite may reword, never add facts. A name or a number in the
 * rewrite that is not in the input (message, subject, recipient, research notes, the offer)
 * rejects the rewrite.
 *
 * A name is a capitalised word that is not at the start of a sentence. German capitalises every
 * noun, so in German only words that look like names count: after a title or greeting ("Frau
 * Berger", "Hallo Jonas"), before a company suffix ("Nordwerk GmbH"), with a capital or digit
 * inside ("HubSpot", "S4"), or a line of one to three capitalised words (a signature). A German
 * name in the middle of a sentence with none of these cues is not caught (a known gap).
 */

export interface RewriteSources {
  message: string;
  subject?: string;
  prospect?: { name?: string; role?: string; company?: string; notes?: string[] };
  sender?: { product?: string; usp?: string; problem?: string };
}

export interface RewriteCheck {
  ok: boolean;
  /** The names and numbers the rewrite added, in order of appearance. */
  invented: string[];
}

// Words that are capitalised without being names; "I" and the platform's own words.
const ALWAYS_FINE = new Set([
  "i", "i'm", "i've", "i'd", "i'll", "linkedin", "inmail", "ok",
  // closing lines: "Kind regards", "Viele Grüße"
  "best", "regards", "kind", "warm", "thanks", "thank", "cheers", "sincerely", "yours", "all",
  "viele", "beste", "besten", "liebe", "lieben", "grüße", "gruß", "freundliche", "freundlichen", "herzliche", "herzlichen", "mit", "danke", "dank", "schöne", "schönen", "lg", "vg", "mfg",
].map(fold));
// Generic abbreviations that are not facts about anyone.
const ACRONYMS = new Set(["crm", "erp", "ki", "ai", "b2b", "b2c", "saas", "ceo", "cto", "cfo", "coo", "cmo", "hr", "it", "pdf", "dsgvo", "gdpr", "kpi", "kpis", "roi", "faq", "usp", "ps", "pps", "eu", "dach"]);
const TITLES_DE = new Set(["herr", "herrn", "frau", "dr", "prof", "hallo", "hi", "hey", "liebe", "lieber", "geehrte", "geehrter", "moin", "servus", "grüezi"].map(fold));
const COMPANY_SUFFIX = /^(?:gmbh|ag|se|kg|kgaa|ohg|ug|gbr|inc|ltd|llc|plc|co|corp|sa|sarl|bv|nv|oy|ab|as)\.?$/i;

const WORD = /[\p{L}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*/gu;
const NUMBER = /\d(?:[\d.,'’\u00a0\u202f]*\d)?/g;

function digits(n: string): string {
  return n.replace(/\D/g, "").replace(/^0+(?=\d)/, "");
}

function baseForms(word: string): string[] {
  const w = fold(word.replace(/[’]/g, "'"));
  const forms = [w];
  if (w.endsWith("'s")) forms.push(w.slice(0, -2));
  else if (w.endsWith("'")) forms.push(w.slice(0, -1));
  else if (w.endsWith("s") && w.length > 3) forms.push(w.slice(0, -1)); // genitive: "Annas", "Kontors"
  return forms;
}

function vocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    for (const part of [m[0], ...m[0].split("-")]) for (const f of baseForms(part)) words.add(f);
  }
  return words;
}

function sourceText(s: RewriteSources): string {
  return [s.message, s.subject, s.prospect?.name, s.prospect?.role, s.prospect?.company, ...(s.prospect?.notes ?? []), s.sender?.product, s.sender?.usp, s.sender?.problem]
    .filter(Boolean)
    .join("\n");
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Whether the word at `index` starts a sentence (or the text, or a line). */
function atSentenceStart(text: string, index: number): { sentence: boolean; line: boolean } {
  let i = index - 1;
  while (i >= 0 && /[\s"'„“”‚‘’«»([{*•\-–—]/u.test(text[i]) && text[i] !== "\n") i--;
  if (i < 0) return { sentence: true, line: true };
  if (text[i] === "\n") return { sentence: true, line: true };
  return { sentence: /[.!?…:;]/u.test(text[i]), line: false };
}

export function checkRewrite(rewrite: string, sources: RewriteSources, language: Language): RewriteCheck {
  const all = sourceText(sources);
  const known = vocabulary(all);
  const knownNumbers = new Set([...all.matchAll(NUMBER)].map((m) => digits(m[0])));
  const person = sources.prospect?.name ? parsePersonName(sources.prospect.name) : null;
  const invented: string[] = [];
  const add = (s: string) => {
    if (!invented.includes(s)) invented.push(s);
  };

  for (const m of rewrite.matchAll(NUMBER)) if (!knownNumbers.has(digits(m[0]))) add(m[0]);

  const lines = rewrite.split("\n");
  let offset = 0;
  for (const line of lines) {
    const words = [...line.matchAll(WORD)];
    // a line of one to three capitalised words and nothing else: a signature or a name line
    const nameLine = words.length > 0 && words.length <= 3 && words.every((w) => isCapitalised(w[0])) && /^[\p{L}\p{M}\s'’.-]+$/u.test(line.trim());
    for (const [k, w] of words.entries()) {
      const start = atSentenceStart(rewrite, offset + (w.index ?? 0));
      const prev = k > 0 ? fold(words[k - 1][0]).replace(/\.$/, "") : "";
      const next = k + 1 < words.length ? words[k + 1][0] : "";
      const parts = w[0].split("-");
      for (const [j, part] of parts.entries()) {
        if (!isCapitalised(part)) continue;
        const lower = fold(part).replace(/’/g, "'");
        if (ALWAYS_FINE.has(lower) || TITLES_DE.has(lower) || isTitle(part)) continue;
        if (j === 0 && start.sentence && !nameLine) continue;
        const inner = /\p{Lu}|\p{N}/u.test(part.slice(1));
        if (inner && ACRONYMS.has(lower)) continue;
        if (language === "de" && !nameLine) {
          const nameLike = inner || (j === 0 && TITLES_DE.has(prev)) || (j === parts.length - 1 && COMPANY_SUFFIX.test(next));
          if (!nameLike) continue;
        }
        if (COMPANY_SUFFIX.test(part)) continue;
        if (baseForms(part).some((f) => known.has(f)) || (person && matchesPerson(part, person))) continue;
        add(part);
      }
    }
    offset += line.length + 1;
  }
  return { ok: invented.length === 0, invented };
}
