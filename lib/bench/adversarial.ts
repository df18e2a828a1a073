import type { LintInput } from "../lint";
import { rng } from "./corpus";

/**
 * Inputs built to find the linter's worst cases: every field filled to its limit with a short
 * pattern repeated (punctuation, figures, links, greetings, negations, German and English words,
 * marks that join or combine characters) or with real messages joined. Rules that compare parts
 * with parts, or regexes that backtrack, show up here as a lint that takes seconds; a paste of a
 * long text into the compose page, or a request to the public lint API, must not.
 */
const PIECES = [
  "a", "a ", "aa-", "A", "1", "1 ", "1.", "1,", "%", " ", "\n", "\n\n", "?", "!", ". ", ", ", " - ", "–", "—", "-", "--",
  "...", "…", "?!", "!!!", ":", ";", "(", ")", "{", "{{", "[", "<", '"', "„", "'", "’", "#", "@", "€", "$1", "10% ", "100 %",
  "http://", "https://", "www.", "a.", ".com", "bit.ly/", "xn--", "http://a", "a/b/", "a.b.c.d.", "1.1.1.", "mailto:",
  "http://a.com/?x=", "https://bit.ly/x ", "http://1.2.3.4/ ", "(https://a.de) ", "[a](https://b.de) ", "аpple.com ",
  "Hi ", "Dear ", "Hallo ", "Liebe ", "Sehr geehrte ", "Herr ", "Dr. ", "Anna ", "anna ", "Müller ", "Mc", "O'",
  "we ", "wir ", "our ", "unser ", "ihr ", "your ", "Sie ", "sie ", "du ", "you ", "I ", "ich ", "the ", "der ",
  "not ", "nicht ", "no ", "kein ", "post ", "your post on ", "Ihr Beitrag zu ", "congrats on ",
  "call ", "call? ", "meeting ", "demo ", "15 min ", "Would you ", "Hätten Sie ", "connect ", "would have ", "what if ",
  "Frage: ", "founded ", "grown to ", "saved ", "we saved ", "cut ", "by 30% ", "in 2 weeks ", "halved ", "halbiert ",
  "2.000 € ", "$2k ", "2x ", "tool ", "our tool ", "lösung ", "team ", "Team-", "guarantee ", "garantiert ", "#1 ",
  "revolutionary ", "just checking in ", "following up ", "{firstName} ", "[Name] ", "Hi {{", "PS: ", "P.S. ",
  "Best,\n", "Grüße\n", "Danke ", "AAAA ", "A A ", "I.", "co.", "e.g. ", "z.B. ", "  \t", "- a\n", "• ", "1) ",
  "ü", "ß", "ae ", "😀", "a\u0301", "\u200d", "\ufe0f", "ВАЖНО ",
  // structures a review found slow: unclosed tags, link brackets, runs of one mark or figure, words
  // a rule looks back from, hype and shouts against the notes
  "<a href=x ", "<a ", "[a](", "class 1", "1111", "????", "))))", "question: ", "wenn sie ", "ich ihnen ", "Q2 ", "q1 ",
  "Guaranteed. ", "AMAZING. ", "cut\n", "two\n", "offer ", "10x ni ", "churn ", "aa0a.de ",
];

export interface AdversarialCase {
  /** What the input is made of, for the report. */
  label: string;
  input: LintInput;
}

function repeatTo(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
}

/**
 * Patterns (each piece alone and `mixes` seeded mixes of two to five pieces, plus the given real
 * messages joined) × channels, each once as a message of `length` characters and once as a
 * short message with every other field of the contract filled with the pattern.
 */
export function buildAdversarialCases(realMessages: readonly string[], { length = 20_000, mixes = 300, seed = 1 } = {}): AdversarialCase[] {
  const random = rng(seed);
  const patterns = [...PIECES];
  for (let i = 0; i < mixes; i++) {
    let pattern = "";
    for (let k = 2 + Math.floor(random() * 4); k > 0; k--) pattern += PIECES[Math.floor(random() * PIECES.length)];
    patterns.push(pattern);
  }
  if (realMessages.length > 0) patterns.push(realMessages.join("\n\n"), realMessages.join(" "));
  const cases: AdversarialCase[] = [];
  for (const channel of ["connection-note", "inmail", "message"] as const) {
    for (const pattern of patterns) {
      const label = JSON.stringify(pattern.length > 40 ? pattern.slice(0, 40) + "…" : pattern);
      const prospect = { name: "Anna Müller", role: "Head of Sales", company: "Acme" };
      cases.push({ label: `${label} as the message (${channel})`, input: { message: repeatTo(pattern, length), channel, prospect } });
      const field = Math.min(length, 10_000);
      cases.push({
        label: `${label} in every other field (${channel})`,
        input: {
          message: "Hi Anna, your post on churn rang true. Worth a short call?",
          channel,
          prospect: { name: repeatTo(pattern, 200), role: repeatTo(pattern, 200), company: repeatTo(pattern, 200), notes: [repeatTo(pattern, field), repeatTo(pattern, 300)] },
          sender: { product: repeatTo(pattern, 500), usp: repeatTo(pattern, 500), problem: repeatTo(pattern, 500) },
          history: [
            { direction: "out", text: repeatTo(pattern, length), daysAgo: 3 },
            { direction: "in", text: repeatTo(pattern, length), daysAgo: 2 },
          ],
          earlierMessages: [repeatTo(pattern, length), repeatTo(pattern.slice(1) || pattern, length)],
        },
      });
    }
  }
  return cases;
}
