import { isFirstContact } from "../context";
import { defineRule } from "../rule";
import type { LinkRisk } from "../text/urls";

const RISK_MESSAGE: Record<LinkRisk, "shortener" | "ip-host" | "look-alike" | "text-mismatch" | "scheme"> = {
  shortener: "shortener",
  "ip-host": "ip-host",
  punycode: "look-alike",
  "look-alike": "look-alike",
  "text-mismatch": "text-mismatch",
  scheme: "scheme",
};

// Invisible characters: zero-width spaces and joiners between letters, and bidirectional controls
// that reorder what is shown ("Trojan Source"); both hide what a text or a link really says.
// A zero-width joiner inside an emoji sequence (👩‍💻) is legitimate and not flagged.
const HIDDEN = /[\u200b\u200c\u2060\ufeff\u00ad]|\u200d(?!\p{Extended_Pictographic})|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** The characters HIDDEN looks for, without its look-ahead: a fast scan that most messages pass. */
const MAYBE_HIDDEN = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

export const linksRule = defineRule({
  meta: {
    id: "links",
    title: { en: "No risky links", de: "Keine riskanten Links" },
    why: {
      en: "Shortened, IP-address and look-alike links are how phishing works; recipients rightly distrust them.",
      de: "Gekürzte Links, IP-Adressen und nachgeahmte Domains sind typisch für Phishing und zerstören Vertrauen.",
    },
    messages: {
      ok: { en: "No links.", de: "Keine Links." },
      "plain-ok": { en: "The link goes to {host}; the prospect has already replied.", de: "Der Link führt zu {host}; die Person hat bereits geantwortet." },
      "first-contact": {
        en: "A link in a first contact ({host}) looks like marketing and is often not clicked.",
        de: "Ein Link im Erstkontakt ({host}) wirkt wie Werbung und wird selten geklickt.",
      },
      shortener: { en: "{host} is a URL shortener: the recipient cannot see where it leads.", de: "{host} ist ein Linkverkürzer: Niemand sieht, wohin er führt." },
      "ip-host": { en: "The link points to a bare IP address ({host}).", de: "Der Link zeigt auf eine nackte IP-Adresse ({host})." },
      "look-alike": {
        en: "{host} is a look-alike domain (it reads as “{shown}”).",
        de: "{host} ist eine nachgeahmte Domain (sie liest sich wie „{shown}“).",
      },
      "text-mismatch": {
        en: "The link text names {named} but the link goes to {host}.",
        de: "Der Linktext nennt {named}, der Link führt aber zu {host}.",
      },
      scheme: { en: "A {host} link is not a web page and can run code.", de: "Ein {host}-Link ist keine Webseite und kann Code ausführen." },
      "hidden-characters": {
        en: "{count} invisible character(s) ({codes}) hide what the text really says.",
        de: "{count} unsichtbare(s) Zeichen ({codes}) verbergen, was im Text wirklich steht.",
      },
    },
    suggestions: {
      "first-contact": { en: "Offer to send the link instead: “Shall I send you the case study?”", de: "Bieten Sie den Link an: „Soll ich Ihnen die Fallstudie schicken?“" },
      shortener: { en: "Use the full address of the page.", de: "Verwenden Sie die vollständige Adresse." },
      "ip-host": { en: "Link to the page under its domain name.", de: "Verlinken Sie die Seite über ihren Domainnamen." },
      "look-alike": { en: "Remove the link; check where it really points.", de: "Entfernen Sie den Link und prüfen Sie, wohin er wirklich führt." },
      "text-mismatch": { en: "Make the link text match its target.", de: "Linktext und Ziel sollten übereinstimmen." },
      scheme: { en: "Remove the link.", de: "Entfernen Sie den Link." },
      "hidden-characters": { en: "Remove the invisible characters (marked in the text).", de: "Entfernen Sie die unsichtbaren Zeichen (im Text markiert)." },
    },
  },
  check(ctx) {
    const links = ctx.links;
    const hidden = MAYBE_HIDDEN.test(ctx.text) ? [...ctx.text.matchAll(HIDDEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, ch: m[0] })) : [];
    if (hidden.length > 0) {
      // inside a link, or a bidi override anywhere, is spoofing: block; otherwise warn
      const inLink = hidden.some((h) => links.some((l) => h.start >= l.start && h.start <= l.end));
      const bidi = hidden.some((h) => BIDI.test(h.ch));
      const codes = [...new Set(hidden.map((h) => `U+${h.ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`))].join(", ");
      const only = hidden.length === 1 ? hidden[0] : undefined;
      return {
        status: inLink || bidi ? "fail" : "warn",
        messageId: "hidden-characters",
        data: { count: hidden.length, codes },
        spans: hidden.map(({ start, end }) => ({ start, end })),
        // one click removes a lone hidden character (with a link left, the link itself is still judged)
        fix: only && links.length === 0 ? { start: only.start, end: only.end, text: "" } : undefined,
        blocking: inLink || bidi,
      };
    }
    if (links.length === 0) return { status: "pass", messageId: "ok" };
    const risky = links.filter((l) => l.risk);
    if (risky.length > 0) {
      const l = risky[0];
      const messageId = RISK_MESSAGE[l.risk!];
      return {
        status: "fail",
        messageId,
        data: { host: l.risk === "scheme" ? l.raw.split(":")[0] + ":" : l.host, shown: l.imitates ?? l.displayHost, named: l.namedHost ?? "" },
        spans: risky.map((r) => ({ start: r.start, end: r.end })),
        blocking: true,
      };
    }
    const host = links[0].displayHost;
    const spans = links.map((l) => ({ start: l.start, end: l.end }));
    if (isFirstContact(ctx)) {
      return { status: "warn", messageId: "first-contact", data: { host }, spans };
    }
    return { status: "pass", messageId: "plain-ok", data: { host }, spans };
  },
});
