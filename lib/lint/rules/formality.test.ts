import { ruleTester } from "../testing/rule-tester";
import { formalityRule } from "./formality";

ruleTester.run(formalityRule, {
  valid: [
    { lang: "de", text: "Guten Tag Herr Maier, ich schau mir Ihre Zahlen gern an. Mit einem Klick sehen Sie den Stand. Sag ich Ihnen am Freitag?", messageId: "ok", name: "ich schau, ein Klick, sag ich: kein Imperativ an den Leser" },
    { lang: "de", text: "Hallo Frau Brandt, die Kalkulation zeigt 4 Cent weniger pro Flasche. Soll ich sie Ihnen schicken?", messageId: "ok", name: "sie vor Ihnen ist die Kalkulation" },
    { lang: "de", text: "Moin Nele, euer neuer Claim „Wir sind für Sie da“ ist ein starkes Signal. Hast du Lust auf ein Beispiel?", messageId: "ok", name: "ein zitierter Slogan spricht seine eigenen Leser an" },
    { lang: "en", text: "Hi Jana, your talk on onboarding in care homes was great. Would you like the slides?", status: "skip", messageId: "not-german" },
    { lang: "de", text: "Hallo Frau Kern, Ihr Beitrag zur Tourenplanung hat mich angesprochen. Wie planen Sie heute die Touren für Ihre Fahrer?", messageId: "ok" },
    { lang: "de", text: "Hallo Jana, dein Post zum Onboarding in der Pflege war stark. Magst du mir sagen, wie ihr das in Rosenheim löst?", messageId: "ok", name: "consistently du" },
    {
      lang: "de",
      text: "Hallo Frau Kern, viele Disponenten sagen mir, dass sie die Touren noch in Excel planen. Wie machen Sie das?",
      messageId: "ok",
      name: "lower-case sie meaning they",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, Ihre Fahrer haben sicher wenig Zeit. Wenn sie ihre Touren morgens bekommen, ist es meist zu spät. Wie lösen Sie das?",
      messageId: "ok",
      name: "wenn sie ihre …: they, not the reader",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, Ihre Fahrer verlieren viel Zeit, wenn sie an der Rampe warten. Wie lösen Sie das heute?",
      messageId: "ok",
      name: "wenn sie …: the drivers named earlier in the sentence",
    },
    {
      lang: "de",
      text: "Grüezi Herr Keller\n\nIhr Beitrag zur Blechbearbeitung hat mir gefallen, der Aufwand fürs Rüsten ist wirklich gross. Darf ich Ihnen unsere Auswertung schicken?\n\nFreundliche Grüsse\nReto Brunner",
      messageId: "ok",
      name: "Swiss spelling without ß",
    },
    {
      lang: "de",
      text: "Hallo Jana, danke für deinen Kommentar! Magst du mir sagen, wie ihr die Springer plant?\n\nViele Grüße\nJan Brück\nBrück Personalplanung – Sie finden uns in Ulm",
      messageId: "ok",
      name: "the signature is not counted",
    },
  ],
  invalid: [
    { lang: "de", text: "Hallo Jasmin, ich vernetze mich gern mit Personalerinnen aus dem Handwerk. Wenn Sie mögen, «nimm» die Anfrage einfach an!", messageId: "mixed", name: "ein Imperativ in der du-Form neben Sie" },
    { lang: "de", text: "Hallo Frau Kern, kennen «sie» schon unsere Lohnsoftware? Darf ich «sie» diese Woche kurz anrufen?", messageId: "lower-sie", name: "in einer Frage nach dem Verb oder nach ich ist sie die Leserin" },
    { lang: "de", text: "Hallo Herr Vogelsang,\n\n«Ihr» Post über die Leerkilometer hat mich angesprochen. Magst du dir die Auswertung anschauen?", messageId: "mixed", name: "nach einer förmlichen Anrede ist Ihr am Satzanfang das Sie" },
    { lang: "de", text: "Sehr geehrter Herr Lang,\n\nich hoffe, «sie» hatten erholsame Ferien. Soll ich Ihnen die Anleitung schicken?", messageId: "lower-sie", name: "ich hoffe, sie …" },
    {
      lang: "de",
      text: "Guten Tag Herr Dr. Brenner, in vielen Kliniken fehlt das Tracking zwischen OP und Sterilgut – korrigieren «sie» mich gern. Hätten Sie Interesse an den Zahlen?",
      messageId: "lower-sie",
      status: "warn",
      output: "Guten Tag Herr Dr. Brenner, in vielen Kliniken fehlt das Tracking zwischen OP und Sterilgut – korrigieren Sie mich gern. Hätten Sie Interesse an den Zahlen?",
      name: "„sie mich“: wer auf den Schreiber handeln soll, ist der Leser",
    },
    {
      lang: "de",
      text: "Hallo Jana, «dein» Post zum Onboarding war stark. Können Sie mir sagen, wie ihr das in Rosenheim löst?",
      messageId: "mixed",
      status: "warn",
      name: "du and Sie mixed",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, Ihr Beitrag zur Tourenplanung hat mich angesprochen. Darf ich «dir» unsere Auswertung schicken? Sie zeigt, wie Sie Leerfahrten vermeiden.",
      messageId: "mixed",
      status: "warn",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, Ihr Beitrag zur Tourenplanung hat mich angesprochen. Wenn «sie» mögen, schicke ich Ihnen unsere Auswertung.",
      messageId: "lower-sie",
      status: "warn",
      output: "Hallo Frau Kern, Ihr Beitrag zur Tourenplanung hat mich angesprochen. Wenn Sie mögen, schicke ich Ihnen unsere Auswertung.",
      name: "lower-case sie addressing the reader",
    },
    {
      lang: "de",
      text: "Guten Tag Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. Hätten «sie» Interesse an einem Vergleich mit Ihrer Kalkulation?",
      messageId: "lower-sie",
      status: "warn",
      output: "Guten Tag Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. Hätten Sie Interesse an einem Vergleich mit Ihrer Kalkulation?",
    },
  ],
});
