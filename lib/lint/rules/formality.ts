import { defineRule } from "../rule";
import type { Span } from "../schema";
import { sentenceHolding, sentenceIndexHolding, type Token } from "../text/segment";
import { isQuoted, quotedSpans } from "../text/quotes";

// Sets rather than regexes: every word that may be a form of address is looked up in them
const DU = new Set("du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer eures".split(" "));
const SIE = new Set("Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer Ihres".split(" "));
// After lower-case "sie", these show that it means "she" or "they", not the reader.
const THIRD_PERSON_AFTER = /^(?:ist|war|hat|hatte|wird|kann|muss|soll|darf|will|möchte|ihre|ihren|ihrem|ihrer|ihr|ihres|selbst|alle|beide)$/;
const SINGULAR_VERB = /^(?:ist|war|hat|hatte|wird|kann|muss|soll|darf|will|möchte|weiß)$/;
// "…, erzählte sie mir": a singular verb before "sie" makes her a colleague
const SINGULAR_BEFORE = /^(?:erzählte|sagte|meinte|schrieb|fragte|berichtete|erwähnte|ist|war|hatte|wird|kann|muss)$/;
// Before lower-case "sie", these make it the reader: "wenn sie mögen", "sehen sie", "können sie".
const READER_CUE = /^(?:wenn|falls|können|könnten|würden|möchten|sehen|haben|hätten|wären|sind|werden|dem|hoffe|hoffen|kennen|wissen|erreichen|sparen|heben|bekommen|erhalten|gewinnen|damit|dass|wie|und)$/;
// Cues that join a clause: "… gesehen, dass sie …", "wie sie schreiben": "sie" may take up a group named in the sentence before, so that is checked too
const CLAUSE_CUE = /^(?:dass|wie|und|damit)$/;
// "sie" may also take up a group named in the sentence before ("Die Prüfer achten darauf … Wenn sie Lücken
// finden, …"; "Dort lagen Rechnungen … Heute werden sie gescannt"), unless what follows is a wish of the
// reader's ("Wenn sie mögen, schicke ich …") or what an offer lets the reader do ("Damit können sie …").
const READER_WISH = /^(?:mögen|möchten|wollen|wünschen|interesse|lust|zeit|einverstanden|gestatten|erlauben)$/;
const MY = /^mein(?:e|en|em|er)?$/;
const CONTACT_VERB = /^(?:vernetzen|austauschen|sprechen|telefonieren|verbinden|treffen)$/;
const AS_YOU_KNOW = /^(?:wissen|schreiben|sagen|sehen|sicher|bestimmt|wahrscheinlich|vielleicht|selbst)$/;
const HANDED = /^(?:schicken|senden|zusenden|zuschicken|mailen|liefern|mitbringen|vorbeibringen|durchrechnen|ausdrucken|weiterleiten)$/;
const REACHES = /(?:nachricht|zeilen|mail|e-mail|inmail)\s+erreicht\s+$/i;
const FILLER = /^(?:mal|gerade|kurz|vielleicht|einmal|gern|gerne)$/;
const THEIR_WRITING = /^(?:post|beitrag|artikel|interview|vortrag|kommentar|newsletter|podcast|linkedin-post|blogbeitrag)$/;
const WRITE_VERB = /^(?:schreiben|beschreiben|erwähnen|sagen|berichten|betonen|erklären|zeigen|fragen)$/;
const BENEFIT_CUE = /^(?:können|könnten|sparen|heben|bekommen|erhalten|gewinnen|würden)$/;
// A group or a feminine noun named earlier in the same sentence is what "sie" refers to, not the
// reader: "Ihre Fahrer verlieren Zeit, wenn sie an der Rampe warten", "Zu Ihren Außendienstlern: Wenn sie …" (a plural in the dative).
// (a sentence may also open on a plural noun that acts: "Glascontainer werden geleert, wenn sie halb voll sind")
export const ANTECEDENT = /(?<![\p{L}])(?:weil|dass|wenn|da|ob|als)\s+(?!(?:Sie|Ihr|Ihre|Ihnen|Ich|Wir|Du|Er|Es|Man)\s)\p{Lu}\p{Ll}+(?:innen|ungen|ende|en|er)\s+(?!(?:Sie|Ihr|Ihre|Ihnen)(?![\p{L}]))|(?:^|[:;–])\s*(?!(?:Sie|Wir|Ihr|Es|Man|Er|Ich|Du|Die|Das|Der|Dann|Wenn|Falls|Damit|Und|Aber|Gerne?|Heute|Oft|Meist|Dort|Hier|So|Also|Jetzt|Nun|Auch|Doch|Zudem|Deshalb|Daher|Darum|Dabei|Dadurch|Außerdem|Trotzdem|Leider|Bisher|Zuerst|Danach|Gemeinsam|Zusammen|Vielleicht|Manchmal|Immer)\s)\p{Lu}\p{Ll}+\s+(?:werden|sind|haben|müssen|können|laufen|stehen|bleiben|kommen|fallen|gehen|waren|wurden|\p{Ll}{2,}en)(?![\p{L}])|(?<![\p{L}])(?:[Dd]ie|[Ii]hre|[Vv]iele|[Aa]lle|[Bb]eide|[Dd]iese|[Mm]anche|[Ee]inige|[Ss]olche|[Uu]nsere|[Ee]ure|[Dd]eine|[Mm]eine|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Zz]wölf|\d+)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+|(?<![\p{L}])(?:[Ii]hren|[Vv]ielen|[Aa]llen|[Dd]iesen|[Uu]nseren|[Ee]uren|[Dd]einen)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+n(?![\p{L}])/u;

// "Wenn man mit den Jugendlichen redet, sagen sie …": "den" before a noun in -n is mostly a dative plural, taken up within its own sentence
// ("nach den Ferien" a sentence before is no one who acts).
export const DEN_PLURAL = /(?<![\p{L}])[Dd]en\s+(?:\p{Ll}+\s+)?\p{Lu}(?:\p{Ll}+-\p{Lu})?\p{Ll}+n(?![\p{L}])/u;

// Imperatives that only the du form has ("nimm die Anfrage an", "schau mal rein"): with a Sie
// elsewhere they mix the two forms as a "dich" would. Not after or before a subject ("ich schau mal",
// "schau ich mir an"), where they are the writer's own colloquial verbs.
const DU_IMPERATIVE = new Set("nimm schau gib sag lies ruf schreib meld klick komm lass hilf sieh wirf nutz probier".split(" "));
const SUBJECT = new Set("ich wir er es man sie".split(" "));

// "Soll ich Ihnen … schicken, damit sie …"
export const TO_IHNEN = /(?<![\p{L}])Ihnen(?![\p{L}])/u;

/**
 * For ANTECEDENT, DEN_PLURAL and TO_IHNEN: whether the regex matches the text from `from` up to a
 * lower-case "sie" or "ihnen" w (re.test(text.slice(from, w.start))), asked for many of them. Their
 * look-aheads see the same before a word (which follows no letter) whether the text ends there or
 * "sie" or "ihnen" follows, so a match up to one of these words is a match up to every later one,
 * and a binary search over the sentence's "sie" and "ihnen" finds the first: a test per word read a
 * long sentence again for each (0.1 s for 20,000 characters of "wenn sie").
 */
export function antecedentFinder(text: string, sentences: readonly Span[], words: readonly Token[]): (re: RegExp, from: number, w: Token) => boolean {
  let targets: Map<number, number[]> | undefined; // by sentence, the starts of its "sie" and "ihnen"
  const firsts = new Map<RegExp, Map<string, number>>();
  return (re, from, w) => {
    const at = sentenceIndexHolding(sentences, w);
    if (!targets) {
      targets = new Map();
      for (const t of words) {
        if (t.text !== "sie" && t.text !== "ihnen") continue;
        const i = sentenceIndexHolding(sentences, t);
        if (i === -1) continue;
        let starts = targets.get(i);
        if (!starts) targets.set(i, (starts = []));
        starts.push(t.start);
      }
    }
    let byStretch = firsts.get(re);
    if (!byStretch) firsts.set(re, (byStretch = new Map()));
    const key = `${from}:${at}`;
    let first = byStretch.get(key);
    if (first === undefined) {
      const starts = targets.get(at) ?? [];
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (re.test(text.slice(from, starts[mid]))) hi = mid;
        else lo = mid + 1;
      }
      byStretch.set(key, (first = lo < starts.length ? starts[lo] : Infinity));
    }
    return w.start >= first;
  };
}

const TITLED_GREETING = /(?<![\p{L}])(?:herr|herrn|frau|sehr geehrte[rn]?)(?![\p{L}])/iu;
const FORMAL_GREETING = /(?<![\p{L}])(?:herr|herrn|frau|sehr geehrte[rn]?|guten tag)(?![\p{L}])/iu;

/** First letters of the forms of address above: d/D, e/E (DU is case-insensitive), S, I, s and i. */
const MAY_ADDRESS = new Uint8Array(128); // by char code: a table, not an object with number keys
for (const c of "dDeESIsi") MAY_ADDRESS[c.charCodeAt(0)] = 1;

// A quotation on one line: „…“, “…”, "…", »…«, «…». A slogan quoted ("„Wir sind für Sie da“")
// addresses its own readers, not the prospect.
function sentenceInitial(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 4), t.start);
  return t.start === 0 || /(?:[.!?:\n]|^)\s*["„“»(]?\s*$/.test(before) || /[.!?:\n]\s*$/.test(before);
}

export const formalityRule = defineRule({
  meta: {
    id: "formality",
    title: { en: "One form of address (du or Sie)", de: "Eine Anredeform (du oder Sie)" },
    why: {
      en: "Switching between du and Sie, or writing the formal Sie in lower case, looks careless in German.",
      de: "Ein Wechsel zwischen du und Sie oder ein kleingeschriebenes „sie“ wirkt nachlässig.",
    },
    messages: {
      ok: { en: "One consistent form of address.", de: "Einheitliche Anrede." },
      "not-german": { en: "Only checked for German messages.", de: "Wird nur bei deutschen Nachrichten geprüft." },
      mixed: {
        en: "Mixes du ({du}) and Sie ({sie}) in one message.",
        de: "Mischt du ({du}) und Sie ({sie}) in einer Nachricht.",
      },
      "titled-du": {
        en: "Greets formally ({greeting}) but then says du ({du}).",
        de: "Grüßt förmlich ({greeting}), duzt dann aber ({du}).",
      },
      "lower-sie": {
        en: "“sie” addresses the reader here and is written in lower case.",
        de: "„sie“ meint hier die angesprochene Person und sollte großgeschrieben werden: „Sie“.",
      },
    },
    suggestions: {
      mixed: { en: "Choose du or Sie and use it throughout.", de: "Entscheiden Sie sich für du oder Sie und bleiben Sie dabei." },
      "titled-du": { en: "Greet by first name to say du, or write Sie throughout.", de: "Zum Duzen mit dem Vornamen grüßen, sonst durchgehend Sie schreiben." },
      "lower-sie": { en: "Write “Sie”.", de: "Schreiben Sie „Sie“." },
    },
  },
  check(ctx) {
    if (ctx.lang !== "de") return { status: "skip", messageId: "not-german" };
    const { text } = ctx;
    const du: Token[] = [];
    const sie: Token[] = [];
    const lowerSie: Token[] = [];
    const words = ctx.words;
    // the signature speaks of the sender, not to the reader
    const end = ctx.body.end;
    let formal: boolean | undefined;
    let formalAnywhere: boolean | undefined; // asked for each lower-case "sie"
    // the message addresses someone formally elsewhere: "Ihr Beitrag", or a "Sie" inside a sentence ("Hätten Sie …")
    const formalElsewhere = () =>
      (formalAnywhere ??=
        isFormalGreeting() ||
        (text.includes("Ih") && /(?<![\p{L}])(?:Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}])/u.test(text)) ||
        words.some((w) => w.text === "Sie" && !sentenceInitial(text, w)));
    const matchesBefore = antecedentFinder(text, ctx.sentences, words);
    const antecedent = (w: Token, reachBack: boolean) => {
      const at = sentenceIndexHolding(ctx.sentences, w);
      if (at === -1) return false;
      const from = reachBack && at > 0 ? ctx.sentences[at - 1].start : ctx.sentences[at].start;
      return matchesBefore(ANTECEDENT, from, w) || matchesBefore(DEN_PLURAL, ctx.sentences[at].start, w);
    };
    // the sentence so far gives something to "Ihnen" ("Soll ich Ihnen … schicken, damit sie …")
    const sendsToReader = (w: Token) => {
      const s = sentenceHolding(ctx.sentences, w);
      return !!s && matchesBefore(TO_IHNEN, s.start, w);
    };
    const g = ctx.greeting;
    const isFormalGreeting = () => (formal ??= !!g && FORMAL_GREETING.test(text.slice(g.span.start, g.span.end)));
    // "Kennen sie schon …?", "Darf ich sie anrufen?": in a question, a "sie" right after the opening
    // verb or after "ich" is the reader
    const questionToReader = (i: number) => {
      const w = words[i];
      const sentence = sentenceHolding(ctx.sentences, w);
      if (!sentence || !text.slice(w.end, sentence.end).trimEnd().endsWith("?")) return false;
      if (SIE.has(words[i + 1]?.text ?? "")) return false; // "Soll ich sie Ihnen schicken?": the reader is Ihnen
      const prev = words[i - 1];
      const opening = Math.max(sentence.start, g ? g.span.end : 0); // a greeting on the same line opens the sentence
      return prev?.lower === "ich" || (!!prev && prev.start >= opening && (i < 2 || words[i - 2].end <= opening));
    };
    // "Soll ich sie an Ihren Standort schicken?", "Soll ich sie für Sie durchrechnen?": what the writer sends or works
    // through is a thing named before ("Wann darf ich sie anrufen?" calls the reader)
    const handsOver = (i: number) => {
      const sentence = sentenceHolding(ctx.sentences, words[i]);
      if (!sentence) return false;
      for (let j = i + 1; j < words.length && words[j].end <= sentence.end; j++) if (HANDED.test(words[j].lower)) return true;
      return false;
    };
    // "wenn sie wieder im Haus ist": a clause whose verb, at its end, is singular speaks of "she"; the reader takes "sind"
    const endsInSingularVerb = (i: number) => {
      for (let j = i + 1; j < words.length && j <= i + 8; j++) {
        const gap = j + 1 < words.length ? text.slice(words[j].end, words[j + 1].start) : ".";
        if (/[,.;:!?–—\n]/.test(gap)) return SINGULAR_VERB.test(words[j].lower);
      }
      return false;
    };
    let quoted: readonly Span[] | undefined;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.start >= end) break;
      const first = text.charCodeAt(w.start);
      if (MAY_ADDRESS[first] !== 1) continue; // no regex for words that cannot be du, Sie or sie
      if (first === 0x69 && (w.end - w.start !== 5 || w.text !== "ihnen")) continue; // of the words with a small i, only "ihnen" addresses anyone
      quoted ??= quotedSpans(text);
      if (isQuoted(quoted, w)) continue;
      if (DU.has(w.lower)) du.push(w);
      // at the start of a sentence "Ihr" may be "her" or "their", unless the greeting is formal ("Hallo Herr Vogelsang, Ihr Post …")
      else if (SIE.has(w.text) && (!sentenceInitial(text, w) || isFormalGreeting())) sie.push(w);
      // "Gern zeige ich ihnen …": what the writer does for "ihnen" is done for the reader
      else if (w.text === "ihnen" && (words[i - 1]?.lower === "ich" || words[i - 1]?.lower === "wir") && formalElsewhere() && !antecedent(w, false)) lowerSie.push(w);
      // "gern würde ich mich mit ihnen vernetzen": the one the writer connects or talks with (a group named in the
      // sentence before may be whom "mit ihnen" means: "Ihre Monteure … Mit ihnen sprechen wir …")
      else if (w.text === "ihnen" && words[i - 1]?.lower === "mit" && words.slice(i + 1, i + 4).some((n) => CONTACT_VERB.test(n.lower)) && formalElsewhere() && !antecedent(w, true)) lowerSie.push(w);
      // "Sie können sie hier herunterladen", "Können Sie sie …": with the reader already its subject, the clause's "sie" is a thing
      else if (w.text === "sie" && (words[i - 1]?.text === "Sie" || words[i - 2]?.text === "Sie") && !/[.!?;:]/.test(text.slice(words[i - 2]?.end ?? 0, w.start))) continue;
      else if (w.text === "sie") {
        const next = words[i + 1]?.lower ?? "";
        const prev = words[i - 1]?.lower ?? "";
        // "korrigieren sie mich", "schreiben sie mir": the one asked to act on the writer is the reader
        // ("ob sie meine Nachricht gesehen haben": the one who reads the writer's message is the reader)
        const asked = questionToReader(i);
        const cue = READER_CUE.test(prev) || next === "mich" || next === "mir" || MY.test(next) || asked;
        // (past a filler: "wenn sie mal Zeit haben")
        const wish = READER_WISH.test(next) || (FILLER.test(next) && READER_WISH.test(words[i + 2]?.lower ?? ""));
        // ("Soll ich Ihnen das Konzept schicken, damit sie …": the one it is sent to, not a group before nor the thing sent)
        const forReader = prev === "damit" && sendsToReader(w);
        // ("Wären sie an einer Testversion interessiert?": a question opened on the reader takes up nothing from the sentence before)
        // ("Soll ich sie an Ihren Standort schicken?" after "Muster können …": after "ich" it is an object, and may be a thing named before)
        const reachBack = !forReader && !(asked && prev !== "ich") && (CLAUSE_CUE.test(prev) || (prev === "ich" && handsOver(i)) || (READER_CUE.test(prev) && !wish && !BENEFIT_CUE.test(prev)));
        // "wie sie in Ihrem Post schreiben", "das sie in Ihrem Beitrag beschrieben haben": who wrote the reader's post is the reader
        // ("In Ihrem Post schreiben sie, dass …": the verb after their post, and then "sie")
        const inTheirPost =
          ((next === "in" || next === "im" || next === "mit" || next === "auf") && /^Ihre[mnr]$/.test(words[i + 2]?.text ?? "") && THEIR_WRITING.test(words[i + 3]?.lower ?? "")) ||
          (WRITE_VERB.test(prev) && /^Ihre[mnr]$/.test(words[i - 3]?.text ?? "") && THEIR_WRITING.test(words[i - 2]?.lower ?? ""));
        // "ich hoffe, diese Nachricht erreicht sie …": the message reaches its reader
        const reached = prev === "erreicht" && REACHES.test(text.slice(Math.max(0, w.start - 30), w.start));
        // "Wie sie wissen, …", "Wie sie schreiben, …" opening a sentence: the reader's own knowledge or words, whatever came before
        const asTheyKnow = prev === "wie" && i > 0 && sentenceInitial(text, words[i - 1]) && AS_YOU_KNOW.test(next);
        if ((reached || asTheyKnow || inTheirPost) && formalElsewhere()) lowerSie.push(w);
        else if (!THIRD_PERSON_AFTER.test(next) && !SINGULAR_BEFORE.test(prev) && !endsInSingularVerb(i) && cue && formalElsewhere() && (next === "mich" || next === "mir" || (wish && prev !== "dass") || forReader || !antecedent(w, reachBack)) && !/^(?:ihre|ihren|ihrem|ihrer)$/.test(words[i + 2]?.text ?? "")) {
          lowerSie.push(w);
        }
      }
    }
    if (sie.length > 0 && du.length === 0) {
      for (let i = 0; i < words.length && words[i].start < end; i++) {
        const w = words[i];
        // (a word of three to seven letters, before its lower-case form is made)
        if (w.end - w.start < 3 || w.end - w.start > 7 || !DU_IMPERATIVE.has(w.lower) || SUBJECT.has(words[i - 1]?.lower ?? "") || SUBJECT.has(words[i + 1]?.lower ?? "")) continue;
        // capitalised inside a sentence it is a noun ("mit einem Klick", "ihr Ruf")
        if (w.text !== w.lower && !sentenceInitial(text, w)) continue;
        quoted ??= quotedSpans(text);
        if (!isQuoted(quoted, w)) du.push(w);
      }
    }
    const span = (t: Token): Span => ({ start: t.start, end: t.end });
    if (du.length > 0 && sie.length > 0) {
      const minority = du.length <= sie.length ? du : sie;
      return {
        status: "warn",
        messageId: "mixed",
        data: { du: du[0].text, sie: sie[0].text },
        spans: minority.map(span),
      };
    }
    // "Hallo Frau Kaya, … Hast du Lust …?": a greeting by title and surname says Sie, whatever follows
    if (du.length > 0 && sie.length === 0 && g && !g.generic && TITLED_GREETING.test(text.slice(g.span.start, g.span.end))) {
      return { status: "warn", messageId: "titled-du", data: { greeting: `„${text.slice(g.span.start, g.span.end)}“`, du: du[0].text }, spans: du.map(span) };
    }
    if (lowerSie.length > 0 && du.length === 0) {
      const t = lowerSie[0];
      return { status: "warn", messageId: "lower-sie", spans: lowerSie.map(span), fix: { start: t.start, end: t.end, text: t.text[0].toUpperCase() + t.text.slice(1) } };
    }
    return { status: "pass", messageId: "ok" };
  },
});
