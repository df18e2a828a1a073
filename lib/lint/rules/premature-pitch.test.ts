import { ruleTester } from "../testing/rule-tester";
import { prematurePitchRule } from "./premature-pitch";

const note = { channel: "connection-note" as const };

ruleTester.run(prematurePitchRule, {
  valid: [
    { lang: "en", text: "Hi Nadine, your episode on excursions at airport handovers was spot on. We traced 70% of one shipper's excursions to the tarmac wait. Happy to connect?", input: note, messageId: "ok", name: "a story of work done shares experience, it sells no product" },
    { lang: "de", text: "Hallo Frau Brandt, Ihr Post zu Ausschuss bei Preforms war offen. Bei zwei Werken haben wir 40 % davon auf die Trocknung zurückgeführt. Vernetzen?", input: note, messageId: "ok", name: "ein Erfahrungsbericht verkauft nichts" },
    { lang: "en", text: "Hi Aaron, enjoyed your post on bringing DSO down. I work with CFOs across the Midwest on collections and would be glad to connect.", input: note, messageId: "ok", name: "a peer's introduction is no offer" },
    { lang: "en", text: "Hi there, I'm always looking to grow my network with forward-thinking leaders in logistics. Would love to connect!", input: note, messageId: "ok", name: "praise of the people is not praise of an offer" },
    { lang: "en", text: "Hi Tom, we queued together for the spray-drone demo at LAMMA. Your point about the wet fields stuck with me. Let's stay in touch?", input: note, messageId: "ok", name: "a demo they watched together at a fair does not sell" },
    { lang: "en", text: "Hi Fergus, your talk on milk-price swings was candid. Testing every silage cut saved two herds I work with 1.8p a litre. Connect?", input: note, messageId: "ok", name: "a peer's aside about herds they work with does not sell" },
    { lang: "en", text: "Hi Amara, your post on losing 40% of volunteers every September hit home – our pantry saw the same. Would love to connect.", input: note, messageId: "ok", name: "the prospect's figure in a sentence where the sender agrees is no claim" },
    { lang: "en", text: "Hi Marta, saw Baltic Reefer opened the Gdynia cold store. We mapped three -25°C halls that size last winter. Swap notes?", input: note, messageId: "ok", name: "a temperature is not a result figure" },
    { lang: "en", text: "Hi Marta, loved your post on warehouse robotics. We're seeing many 3PLs wrestle with the same question. Would be great to connect.", input: note, messageId: "ok", name: "3PL is a name, not a figure" },
    { lang: "en", text: "Hi Hannah, loved your talk on usage-based pricing at SaaStr. Would be great to connect.", input: note, messageId: "ok", name: "a selling word inside their talk's topic" },
    { lang: "de", text: "Hallo Frau Vogl, Ihr Vortrag über Preise im Fachhandel war stark. Vernetzen wir uns?", input: note, messageId: "ok", name: "ein Verkaufswort im Thema ihres Vortrags" },
    { lang: "en", text: "Hi Priya, your post on week-two onboarding stalls rang true. Would be great to connect.", input: note, messageId: "ok" },
    { lang: "en", text: "Hi Marc, we met briefly at KubeCon after the ARM runners session. Glad to stay in touch.", input: note, messageId: "ok", name: "“we met” is not “we help”" },
    {
      lang: "en",
      text: "Hi Priya, we help SaaS teams cut onboarding from six weeks to two. Want the checklist?",
      input: { channel: "message" },
      status: "skip",
      messageId: "not-a-note",
    },
    { lang: "de", text: "Hallo Frau Vogl, Ihr Beitrag über Springerpools in der Pflege hat mich angesprochen. Ich würde mich freuen, mich mit Ihnen zu vernetzen.", input: note, messageId: "ok" },
    { lang: "de", text: "Hallo Herr Keller, wir haben uns auf der Swissbau kurz am Stand von Jansen unterhalten. Vernetzen wir uns?", input: note, messageId: "ok" },
    {
      lang: "de",
      text: "Hallo Herr Brandl, wir helfen Tischlereien, Angebote in einem halben Tag zu schreiben. Interesse?",
      input: { channel: "inmail" },
      status: "skip",
      messageId: "not-a-note",
    },
  ],
  invalid: [
    { lang: "en", text: "Hi Dev, your post on 9% of crowns being remade hit home. Our sensors flag open margins before milling; «a Leeds lab cut remakes to 3% in a quarter.» Open to a quick look?", input: note, messageId: "pitch", name: "the product and its result in two parts of one sentence" },
    { lang: "de", text: "Hallo Frau Kühn, Gruppenreisen laufen schleppend? Mit unserer «revolutionären» Kampagnen-Methode waren alle Busreisen ausgebucht. Vernetzen?", input: note, messageId: "pitch", name: "eine eigene Methode, angepriesen" },
    { lang: "en", text: "Hi Anand, «we're a leading, innovative provider» of «best-in-class» patient engagement solutions. Let's connect and explore how we can «add value» together!", input: note, messageId: "pitch", name: "praise of one's own offer sells" },
    { lang: "de", text: "Hallo Frau Maurer, «wir sind ein innovativer, ganzheitlicher Partner» für Employer Branding und «unterstützen Sie gern» dabei. Vernetzen?", input: note, messageId: "pitch", name: "wer sich als Partner anbietet, verkauft" },
    { lang: "de", text: "Guten Tag Herr Pohl, Ihr Post zur Sanierung war klar. Wir dämmen Fassaden per Einblasdämmung «ab 49 €»/m² in zwei Tagen. Vernetzen?", input: note, messageId: "pitch", name: "ein Preis ab … ist ein Angebot" },
    { lang: "en", text: "Hi Sam, congrats on the new depot! We're «giving away» a «free route-optimiser pilot» to 5 fleets this month – want one?", input: note, messageId: "pitch", name: "a free pilot is an offer" },
    { lang: "de", text: "Hallo Herr Demir, Ihr Post zu 25 offenen Pflegestellen hat mich erreicht. «Wir vermitteln» Pflegefachkräfte in sechs Monaten. Vernetzen?", input: note, messageId: "pitch", name: "wir vermitteln" },
    { lang: "en", text: "Hi Laura, I'm the founder of CleanShift. We'd «love to show you» how «we help» hotels. «Let me know a time» that suits!", input: note, messageId: "pitch", name: "showing the product and asking for a time sells" },
    { lang: "de", text: "Moin Malte, 180 Kühe und bald kein Melker mehr? Roboter-Leasing «ab 2.400 €»/Monat spart dir 4 Stunden am Tag. Soll ich dir «ein Angebot machen»?", input: note, messageId: "pitch", name: "ein Preis und ein Angebot verkaufen" },
    {
      lang: "en",
      text: "Hi Priya, loved your post on onboarding. «Our playbook halved early churn at 40 SaaS clients last year.» Would be great to connect.",
      input: note,
      messageId: "pitch",
      name: "a note that sells by the sender's own result names that sentence",
    },
    {
      lang: "en",
      text: "Hi Priya, «we help» SaaS teams halve churn with «our onboarding platform». Open to a «demo»?",
      input: note,
      messageId: "pitch",
      status: "fail",
    },
    {
      lang: "en",
      text: "Hi Priya, loved your post on onboarding. Do you have «15 minutes for a call» next week?",
      input: note,
      messageId: "pitch",
      name: "a meeting ask in a connection note",
    },
    {
      lang: "en",
      text: "Hi Marc, great session at KubeCon! «Our platform» cuts ARM build times by 30%, happy to share «pricing».",
      input: note,
      messageId: "pitch",
    },
    {
      lang: "de",
      text: "Hallo Jana, «wir helfen» Pflegeheimen, offene Stellen schneller zu besetzen. Hätten Sie Zeit für «einen kurzen Termin»?",
      input: note,
      messageId: "pitch",
      status: "fail",
    },
    {
      lang: "de",
      text: "Hallo Herr Keller, «unsere Plattform» spart Metallbauern 20 % Rüstzeit. Soll ich Ihnen die «Preise» schicken?",
      input: note,
      messageId: "pitch",
    },
  ],
});
