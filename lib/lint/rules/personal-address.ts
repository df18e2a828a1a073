import { defineRule } from "../rule";
import { memoize } from "../text/memo";
import { isTitle, matchesPerson, parsePersonName } from "../text/names";
import type { Token } from "../text/segment";
import { fold } from "../text/normalize";

/** The prospect's name as the messages quote it; the name is the same on every keystroke. */
const nameParts = memoize((name: string) => {
  const fullName = name.trim();
  const prospect = fullName ? parsePersonName(name) : null;
  const first = fullName.split(/\s+/).find((w) => prospect?.first && fold(w) === prospect.first) ?? "…";
  const last = fullName.split(/\s+/).pop() || "…";
  return { fullName, first, last };
});

/** The names of a greeting with the titles right before them, as written: "Frau Becker", "Dr. Patel", "Anna". */
function addressee(words: readonly Token[], text: string, names: readonly Token[]): string {
  let start = names[0].start;
  let i = words.findIndex((w) => w.start === start);
  while (i > 0 && isTitle(words[i - 1].text) && /^[\s.]*$/.test(text.slice(words[i - 1].end, start))) start = words[--i].start;
  return text.slice(start, names[names.length - 1].end).replace(/\s+/g, " ");
}

// German openers whose grammar or register does not take a bare first name in place of "Damen und
// Herren" or "Kollegen": "Sehr geehrte Anna" and "Liebe Jörg" are wrong, so the fix rewrites the whole greeting.
const GERMAN_FORMAL_OPENER = /^(?:sehr\s+geehrte[rn]?|werte[rn]?|guten\s+(?:tag|morgen|abend))(?![\p{L}])/iu;
const GERMAN_GENDERED_OPENER = /^(?:liebe[rs]?)(?![\p{L}])/iu;

/** The fix for a generic addressee: the first name in its place ("Hi there" → "Hi Anna"), or a whole greeting where German needs one. */
function genericFix(text: string, greetingStart: number, generic: { start: number; end: number }, formalGreeting: string, first: string) {
  const opener = text.slice(greetingStart, generic.start);
  if (GERMAN_FORMAL_OPENER.test(opener)) return { start: greetingStart, end: generic.end, text: formalGreeting };
  if (GERMAN_GENDERED_OPENER.test(opener)) return { start: greetingStart, end: generic.end, text: `Hallo ${first}` };
  return { start: generic.start, end: generic.end, text: first };
}

const TEAM_AFTER = /\s+(?:team|teams|crew|folks)\b/iy;
// "Dear Procurement Team", "Dear Logistics Manager", "Sehr geehrte Geschäftsleitung": a team or a job title, nobody in particular
const ROLE_WORD =
  /^(?:team|teams|crew|manager|managers|director|directors|head|lead|leader|leaders|department|office|officer|officers|recruiter|recruiting|buyer|buyers|owner|owners|founder|founders|executive|executives|professional|professionals|expert|experts|specialist|specialists|abteilung|leitung|geschäftsleitung|geschäftsführung|einkauf|personalabteilung|redaktion|vorstand|\p{L}*(?:leiter|leiterin|leitung|abteilung|manager|managerin|verantwortliche|verantwortlicher|einkäufer|einkäuferin))$/iu;
// "Frau Hofmann", "Mr Shaw": a title makes the word a person's name even where it is the company's too
const PERSONAL_TITLE_BEFORE = /(?:frau|herr|herrn|mr|mrs|ms|miss|dr)\.?\s+$/i;
const companyWords = memoize((company: string) => new Set(fold(company).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1)));

export const personalAddressRule = defineRule({
  meta: {
    id: "personal-address",
    title: { en: "Greets the recipient by name", de: "Spricht die Person mit Namen an" },
    why: {
      en: "A message that names nobody reads like it went to everybody.",
      de: "Wer niemanden beim Namen nennt, schreibt scheinbar an alle.",
    },
    semantic: true,
    messages: {
      ok: { en: "Greets {name} by name.", de: "Spricht {nameObject} mit Namen an." },
      "no-name": { en: "The message does not greet anyone by name.", de: "Die Nachricht spricht niemanden mit Namen an." },
      generic: {
        en: "“{generic}” greets nobody in particular.",
        de: "„{generic}“ spricht niemanden persönlich an.",
      },
      "placeholder-name": {
        en: "The greeting holds a merge field instead of a name.",
        de: "In der Anrede steht ein Platzhalter statt eines Namens.",
      },
      "wrong-name": {
        en: "“{used}” is not the recipient: this message goes to {name}.",
        de: "„{used}“ ist nicht die Empfängerin oder der Empfänger: Die Nachricht geht an {name}.",
      },
    },
    suggestions: {
      "no-name": { en: "Open with “Hi {first},”.", de: "Beginnen Sie mit „{formal}“." },
      generic: { en: "Use the person's name: “Hi {first},”.", de: "Nennen Sie den Namen: „{formal}“." },
      "wrong-name": { en: "Greet {name} instead.", de: "Sprechen Sie stattdessen {name} an." },
    },
  },
  check(ctx) {
    const { greeting, prospect, text } = ctx;
    const { fullName, first, last } = nameParts(ctx.input.prospect?.name ?? "");
    const name = fullName || "…";
    // Without Frau or Herr (the gender is unknown), formal German names the whole person: "Guten Tag Anna Berger,"
    const formalGreeting = `Guten Tag ${first !== "…" && first !== last ? `${first} ${last}` : last}`;
    const formal = `${formalGreeting},`;
    // the data of each finding is written out: spreading a shared object costs more than the rest of the rule
    const data = { name, first, formal, last };
    if (greeting?.generic) {
      const generic = text.slice(greeting.generic.start, greeting.generic.end);
      const fix = first === "…" ? undefined : genericFix(text, greeting.span.start, greeting.generic, formalGreeting, first);
      return { status: "fail", messageId: "generic", data: { name, first, formal, last, generic }, spans: [greeting.span], fix };
    }
    if (!greeting || greeting.names.length === 0) {
      if (greeting?.placeholder) return { status: "fail", messageId: "placeholder-name", data, spans: [greeting.span] };
      // A name in the first line still addresses the person ("Priya – your post …")
      const firstLineEnd = text.indexOf("\n") === -1 ? Math.min(text.length, 60) : Math.min(text.indexOf("\n"), 60);
      // (not the name inside their company's: "Ihr Post zur E-Rechnung bei Kunz Haustechnik" greets nobody)
      const named = prospect && ctx.words.find((w) => w.start < firstLineEnd && /^\p{Lu}/u.test(w.text) && matchesPerson(w.text, prospect) && !inCompanyName(text, w, ctx.input.prospect?.company));
      if (named) return { status: "pass", messageId: "ok", data: { name: named.text, nameObject: named.text, first, formal, last }, spans: [{ start: named.start, end: named.end }] };
      return { status: "fail", messageId: "no-name", data, spans: greeting ? [greeting.span] : [] };
    }
    const used = addressee(ctx.words, text, greeting.names);
    if (!prospect || prospect.parts.length === 0) {
      return { status: "pass", messageId: "ok", data: { name: used, nameObject: used.replace(/^Herr(?= )/, "Herrn"), first, formal, last }, spans: [greeting.span] };
    }
    if (greeting.names.some((n) => matchesPerson(n.text, prospect))) {
      return { status: "pass", messageId: "ok", data: { name: used, nameObject: used.replace(/^Herr(?= )/, "Herrn"), first, formal, last }, spans: [greeting.span] };
    }
    const nameStart = greeting.names[0].start;
    const nameEnd = greeting.names[greeting.names.length - 1].end;
    // "Hello Greystone team": a company or a team is nobody in particular, not someone else
    TEAM_AFTER.lastIndex = nameEnd;
    const team = TEAM_AFTER.exec(text);
    const company = ctx.input.prospect?.company;
    const role = ROLE_WORD.test(greeting.names[greeting.names.length - 1].text);
    const titled = PERSONAL_TITLE_BEFORE.test(text.slice(greeting.span.start, nameStart));
    if (team || role || (company && !titled && greeting.names.every((n) => companyWords(company).has(fold(n.text))))) {
      const generic = text.slice(nameStart, nameEnd) + (team?.[0] ?? "");
      return { status: "fail", messageId: "generic", data: { name, first, formal, last, generic }, spans: [greeting.span] };
    }
    // A greeting to a different person: the draft was written for someone else. Blocks.
    return {
      status: "fail",
      messageId: "wrong-name",
      data: { name, first, formal, last, used },
      spans: [{ start: nameStart, end: nameEnd }],
      fix: greeting.names.length === 1 && first !== "…" && fold(used).length > 0
        ? { start: nameStart, end: nameEnd, text: /^(herr|frau|mr|mrs|ms|dr)/i.test(text.slice(greeting.span.start, nameStart).trim().split(/\s+/).pop() ?? "") ? last : first }
        : undefined,
      blocking: true,
    };
  },
});

const LEGAL_FORM = /^(?:gmbh|ag|kg|se|ohg|ug|e\.?k\.?|co\.?|&|ltd\.?|limited|inc\.?|llc|plc|bv|sa|sarl|s\.?a\.?)$/i;

/** Whether a word of the text lies in the prospect's company name written out ("Kunz Haustechnik"), a name of two words or more. */
function inCompanyName(text: string, w: { start: number; end: number }, company: string | undefined): boolean {
  const core = (company ?? "").split(/\s+/).filter((x) => x && !LEGAL_FORM.test(x)).join(" ");
  if (!core.includes(" ")) return false;
  for (let at = text.indexOf(core); at !== -1 && at <= w.start; at = text.indexOf(core, at + 1)) if (w.end <= at + core.length) return true;
  return false;
}
