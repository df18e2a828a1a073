import { ruleTester } from "../testing/rule-tester";
import { relevanceRule } from "./relevance";

const nadia = {
  prospect: {
    name: "Nadia Okafor",
    role: "Head of Intralogistics",
    company: "Halden Logistics Ltd",
    notes: ["Spoke at LogiMAT about retrofitting pallet shuttles", "Halden is opening a cold-storage site near Bremen"],
  },
};
const nadiaThread = {
  ...nadia,
  channel: "follow-up" as const,
  history: [{ direction: "out" as const, text: "Hi Nadia, your LogiMAT talk on retrofitting pallet shuttles was sharp. Would our retrofit checklist help?" }],
};
const genericThread = {
  ...nadia,
  channel: "follow-up" as const,
  history: [{ direction: "out" as const, text: "Hi Nadia, many warehouses struggle with old automation. Would our checklist help?" }],
};
const anna = {
  prospect: {
    name: "Anna Schmidt",
    role: "Head of Sales Operations",
    company: "Kontor GmbH",
    notes: ["Posted about CRM data quality on 3 Nov", "Speaker at DMEXCO"],
  },
};
const katrin = {
  prospect: {
    name: "Katrin Vogl",
    role: "Pflegedirektorin",
    company: "Klinikum Rosenheim",
    notes: ["Beitrag über Dienstplanung und Springerpools, 4. März", "Klinikum eröffnet 2025 eine neue Geriatrie"],
  },
};
const stadtwerke = { prospect: { name: "Bernd Albrecht", role: "Leiter Netzbetrieb", company: "Stadtwerke Lindau" } };

ruleTester.run(relevanceRule, {
  valid: [
    {
      lang: "de",
      text: "Sehr geehrter Herr Mag. Pointner, Ihr Post zu den über 9.000 offenen Paletten bei Kunden hat mich nicht überrascht. Darf ich Ihnen eine Skizze schicken?",
      input: { prospect: { name: "Gerald Pointner", company: "Pointner Logistik GmbH", notes: ["Post: offene Palettensalden von über 9.000 Stück bei Kunden"] } },
      messageId: "ok",
      name: "der Punkt in 9.000 beendet das Thema des Beitrags nicht",
    },
    {
      lang: "en",
      text: "Hi Bernd, we help companies like yours cut planning effort. Open to a short exchange?",
      input: { prospect: { name: "Bernd Albrecht", role: "Head of Grid Operations", company: "Lindau Energy" } },
      status: "skip",
      messageId: "cannot-judge",
      name: "without research notes a text that names nothing of theirs cannot be judged (rules.md), it is not failed",
    },
    {
      lang: "de",
      text: "Guten Tag Herr Albrecht,\n\nviele Unternehmen kämpfen heute mit zu viel Papier. Wir digitalisieren Abläufe. Interesse?\n\nBeste Grüße\nLea Kern",
      input: stadtwerke,
      status: "skip",
      messageId: "cannot-judge",
    },
    { lang: "en", text: "Hi Nadia, opening a cold-storage site is a big step. Would be glad to connect.", input: nadia, messageId: "ok", name: "two different words from the notes" },
    { lang: "en", text: "Hi Nadia, the LogiMAT crowd was sharp this year. Would be glad to connect.", input: nadia, messageId: "ok", name: "one specific word from the notes: a brand" },
    { lang: "en", text: "Hi Daniel, congratulations on the Series C! Would be glad to connect.", input: { prospect: { name: "Daniel Roy", company: "Tallyhive", notes: ["Raised a Series C in May"] } }, messageId: "ok", name: "a name with a letter: Series C" },
    { lang: "en", text: "Hi Delia, 10,000 orders is a milestone! Glad to connect.", input: { prospect: { name: "Delia Moss", company: "Wick & Ember", notes: ["Posted: shipped her 10,000th candle order"] } }, messageId: "ok", name: "the figure of an ordinal in the notes" },
    {
      lang: "de",
      text: "Hi Tarek, dein Post über Kündigungen nach der dritten Kiste hat mich angesprochen. Lass uns vernetzen!",
      input: { prospect: { name: "Tarek Aydin", company: "Kiezkiste", notes: ["Post: viele Abos enden nach der dritten Lieferung"] } },
      messageId: "ok",
      name: "ein Beitrag, dessen Thema eine Notiz hat, ist Recherche, auch mit wenigen gemeinsamen Wörtern",
    },
    { lang: "de", text: "Hi Leonie, euer Pilot mit drei Bauunternehmen klingt stark. Woran hakt es bei den Polieren?", input: { prospect: { name: "Leonie Kraft", company: "Baulink" } }, messageId: "reference", name: "euer Pilot" },
    { lang: "de", text: "Grüezi Frau Gerber, Ihr Referat an der Käsereitagung in Bern hat mich beschäftigt. Vernetzen wir uns?", input: { prospect: { name: "Ursula Gerber", company: "Sortenorganisation Emmentaler" } }, messageId: "reference", name: "Ihr Referat" },
    {
      lang: "en",
      text: "Hi Nadia, one more data point: a depot in Leeds cut downtime by 40% after the same change. Want the figures?",
      input: nadiaThread,
      messageId: "thread",
      name: "a follow-up with something new builds on a first message that used the notes",
    },
    {
      lang: "en",
      text: "Hi Nadia, just bumping this: a depot in Leeds has cut downtime by 40% since. Want the figures?",
      input: nadiaThread,
      messageId: "thread",
      name: "a nag that brings a new figure still builds on the first message",
    },
    {
      lang: "de",
      text: "Guten Tag Frau Yıldız, Ihr Post zur Kanzlei im Umbruch auf DATEV hat mich angesprochen. Darf ich Ihnen zeigen, wie Mandanten Belege direkt fotografieren?",
      input: { prospect: { name: "Selin Yıldız", role: "Kanzleiinhaberin", company: "Yıldız & Partner", notes: ["Post: Kanzlei stellt auf DATEV Unternehmen online um"] }, sender: { product: "Beleg-App für Steuerkanzleien" } },
      messageId: "ok",
      name: "ein Segmentwort zählt, wo die Nachricht von ihrem eigenen Post spricht",
    },
    { lang: "en", text: "Hi Aoife, your HETT Show keynote on discharge delays was the clearest I've heard. Would be glad to connect.", messageId: "reference", name: "a name between “your” and “keynote”" },
    { lang: "de", text: "Hallo Simon, Gratulation zur neuen Kita! Wie läuft die Suche nach Pflegekräften?", messageId: "reference", name: "Gratulation" },
    {
      lang: "de",
      text: "Guten Tag Frau Vogl, Ihr Beitrag über Dienstplanung und Springerpools hat mich angesprochen. Darf ich Ihnen zeigen, wie ein Klinikum die Einspringquote halbiert hat?",
      input: katrin,
      messageId: "ok",
      name: "a claimed post that matches a note is verified",
    },
    {
      lang: "en",
      text: "Hi Nadia, your LogiMAT session on retrofitting pallet shuttles was the most practical one I saw. How are you handling spare parts for the older units?",
      input: nadia,
      messageId: "ok",
      name: "research notes used",
    },
    {
      lang: "en",
      text: "Hi Nadia, congrats on the new cold-storage site near Bremen. Is temperature logging already settled there?",
      input: nadia,
      messageId: "ok",
    },
    {
      lang: "en",
      text: "Hi Anna, as Head of Sales Operations you probably own the forecast process. How much of it still lives in spreadsheets?",
      input: { prospect: { name: "Anna Schmidt", role: "Head of Sales Operations", company: "Kontor GmbH" } },
      messageId: "mentions-profile",
      name: "no notes: the role is mentioned",
    },
    {
      lang: "en",
      text: "Hi Jonas, congrats on the funding round! Curious how you plan to grow the support team.",
      messageId: "reference",
      name: "no prospect data, but a reference to something of theirs",
    },
    {
      lang: "en",
      text: "Sure, here are the two numbers you asked for: 41% fewer manual corrections and 3 hours saved per rep each week.",
      input: { ...anna, history: [{ direction: "out", text: "Hi Anna, …" }, { direction: "in", text: "Interesting, what did it save?" }] },
      messageId: "in-conversation",
    },
    {
      lang: "en",
      text: "Hi Marc, we help mid-sized teams plan their quarter with less spreadsheet work. Would that be interesting?",
      status: "skip",
      messageId: "cannot-judge",
      name: "no prospect data and nothing specific: skip",
    },
    {
      lang: "de",
      text: "Hallo Frau Vogl,\n\nIhr Beitrag über Springerpools in der Dienstplanung hat mich überzeugt. Wie viele Pflegekräfte sind bei Ihnen im Pool?\n\nViele Grüße\nJan Brück",
      input: katrin,
      messageId: "ok",
    },
    {
      lang: "de",
      text: "Hallo Frau Vogl, Glückwunsch zur neuen Geriatrie! Ist die Personalplanung dafür schon abgeschlossen?",
      input: katrin,
      messageId: "ok",
    },
    {
      lang: "de",
      text: "Guten Tag Herr Albrecht, wie organisieren die Stadtwerke Lindau die Entstörung am Wochenende?",
      input: stadtwerke,
      messageId: "mentions-profile",
      name: "the company without its legal or generic words",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, wir unterstützen mittelständische Betriebe bei der Planung. Wäre das interessant?",
      status: "skip",
      messageId: "cannot-judge",
    },
  ],
  invalid: [
    {
      lang: "de",
      text: "Guten Tag Herr Schuster, viele Stadtwerke verlieren Gewerbekunden, weil Angebote eine Woche dauern. Unser Preisrechner schafft das in zehn Minuten. Interesse?",
      input: { prospect: { name: "Jens Schuster", company: "Stadtwerke Kinzigtal GmbH", notes: ["Post: Stadtwerke führen Online-Abschluss für Privatkunden ein", "Neu im Amt seit Juli"] } },
      messageId: "notes-unused",
      name: "ein Branchenwort aus der Notiz ist keine Recherche",
    },
    {
      lang: "de",
      text: "Guten Tag Herr Lindner, unsere Sensoren melden Abweichungen innerhalb von Sekunden; der Ausschuss sank so um 4 %. Interesse?",
      input: { prospect: { name: "Karl Lindner", notes: ["Post: neue 350-Tonnen-Maschine in Halle 4 in Betrieb", "Sucht Einrichter für die Nachtschicht"] } },
      messageId: "notes-unused",
      name: "eine einzelne Ziffer und ein Füllwort sind keine Recherche",
    },
    {
      lang: "en",
      text: "Hi Nadia, one more data point: a depot in Leeds cut downtime by 40% after the same change. Want the figures?",
      input: {
        ...nadiaThread,
        earlierMessages: [
          "Hi Ollie, one more data point: a depot in Leeds cut downtime by 40% after the same change. Want the figures?",
          "Hi Marcus, one more data point: a depot in Leeds cut downtime by 40% after the same change. Want the figures?",
        ],
      },
      messageId: "notes-unused",
      name: "a follow-up that went to others with only the name swapped is about none of them",
    },
    {
      lang: "de",
      text: "Sehr geehrter Herr Seidl, viele Firmen planen ihre Schichten noch in Excel. Unsere App füllt Lücken per Push. Interesse?",
      input: { prospect: { name: "Martin Seidl", company: "Seidl Umformtechnik", notes: ["Post: neues Werk in Bamberg startet im Januar im Drei-Schicht-Betrieb"] } },
      messageId: "notes-unused",
      name: "ein gebeugtes Alltagswort (Schichten) ist das Thema, nicht die Recherche",
    },
    {
      lang: "en",
      text: "Hi Nadia, great question! Our holistic approach unlocks real value for intralogistics teams. When suits you for a call?",
      input: { ...nadia, history: [{ direction: "out" as const, text: "Hi Nadia, your LogiMAT talk on pallet shuttles was sharp. Want our checklist?" }, { direction: "in" as const, text: "How does it work with older shuttles?" }] },
      messageId: "notes-unused",
      name: "a reply that answers the prospect's question with buzzwords does not continue the conversation",
    },
    { lang: "en", text: "Hi Nadia, most warehouses lose hours to manual pallet moves. Our robots halve them. Worth a look?", input: nadia, messageId: "notes-unused", name: "one everyday word in common is the topic, not this person" },
    { lang: "en", text: "Hi Nadia, I see you run intralogistics at Halden. Would be glad to connect.", input: nadia, messageId: "notes-unused", name: "the company and the role are the profile, not the research" },
    {
      lang: "en",
      text: "Hi Nadia, one more data point: a depot in Leeds cut downtime by 40% with our checklist. Want the figures?",
      input: genericThread,
      messageId: "notes-unused",
      name: "a follow-up to a first message that used no notes has nothing to build on",
    },
    {
      lang: "en",
      text: "Hi Nadia, just bumping this in case it got buried. Let me know!",
      input: nadiaThread,
      messageId: "notes-unused",
      name: "a bare nag brings nothing to build on",
    },
    {
      lang: "de",
      text: "Guten Tag Frau Yıldız, viele Kanzleien verlieren jeden Monat Stunden mit fehlenden Belegen. Unsere App holt sie direkt beim Mandanten ab. Interesse?",
      input: { prospect: { name: "Selin Yıldız", role: "Kanzleiinhaberin", company: "Yıldız & Partner", notes: ["Post: Kanzlei stellt auf DATEV Unternehmen online um"] }, sender: { product: "Beleg-App für Steuerkanzleien" } },
      messageId: "notes-unused",
      status: "fail",
      name: "das Wort für das ganze Segment des Verkäufers ist keine Recherche",
    },
    {
      lang: "en",
      text: "Hi Anna, «your post about hiring three new SDRs in Berlin» caught my eye. We helped a DMEXCO exhibitor ramp reps in 10 weeks. Worth a look?",
      input: anna,
      messageId: "unverified-claim",
      status: "warn",
      name: "a claimed post that no note mentions",
    },
    {
      lang: "de",
      text: "Guten Tag Frau Vogl, «Ihr Vortrag zur Digitalisierung der Notaufnahme» war spannend. Zur neuen Geriatrie: Darf ich Ihnen ein Konzept schicken?",
      input: katrin,
      messageId: "unverified-claim",
      status: "warn",
      name: "ein behaupteter Vortrag, den keine Notiz nennt",
    },
    {
      lang: "en",
      text: "Hi Anna, we help sales teams close more deals with less admin. Would you be open to a look?",
      input: anna,
      messageId: "notes-unused",
      status: "fail",
      name: "research notes unused",
    },
    {
      lang: "en",
      text: "Hi Nadia,\n\nsaw your recent post and thought of you. Our scheduling tool saves warehouse teams hours each week. Interested?\n\nBest,\nOwen",
      input: nadia,
      messageId: "notes-unused",
      name: "a vague reference does not use the notes",
    },
    {
      lang: "de",
      text: "Hallo Frau Vogl, wir helfen Unternehmen, ihre Prozesse effizienter zu gestalten. Hätten Sie Interesse?",
      input: katrin,
      messageId: "notes-unused",
      status: "fail",
    },
  ],
});
