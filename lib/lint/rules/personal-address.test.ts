import { describe, expect, it } from "vitest";
import { lintMessage } from "../index";
import { ruleTester } from "../testing/rule-tester";
import { personalAddressRule } from "./personal-address";

const anna = { prospect: { name: "Dr. Anna Mueller", role: "Leiterin Einkauf", company: "Brenner Hydraulik GmbH" } };
const joerg = { prospect: { name: "Jörg Köhler", role: "Werkleiter", company: "Köhler Metallbau" } };
const priya = { prospect: { name: "Priya Raman", role: "Head of Customer Success", company: "Lumenfold" } };
const tom = { prospect: { name: "Thomas Berger", role: "VP Engineering", company: "Fernwerk" } };
const nadia = { prospect: { name: "Nadia Okafor", role: "Recruiting Lead", company: "Halden Logistics" } };

ruleTester.run(personalAddressRule, {
  valid: [
    { lang: "de", text: "Sehr geehrter Herr Notar Dr. Hartl, Ihr Beitrag zum Urkundenarchiv war sehr klar. Interesse?", input: { prospect: { name: "Dr. Maximilian Hartl", role: "Notar" } }, messageId: "ok", name: "Herr Notar Dr. Hartl: eine Amtsbezeichnung vor dem Namen" },
    { lang: "de", text: "Sehr geehrte Frau Richter, Ihr Vortrag zur Nachfolge hat mich angesprochen. Interesse?", input: { prospect: { name: "Anja Richter" } }, messageId: "ok", name: "Richter ist auch ein Nachname" },
    { lang: "en", text: "hi dan,\n\nsaw your post on class bookings after the bus route change. we had the same at our swansea studio. want the schedule we used?\n\ncheers\nrhys", messageId: "ok", name: "a lower-case writer greets by name in lower case, no prospect given" },
    { lang: "en", text: "Dear Professor Adeyemi, congratulations on the ERC grant. Glad to connect?", input: { prospect: { name: "Prof. Folasade Adeyemi", role: "Professor of Soil Ecology" } }, messageId: "ok", name: "a role word followed by the name is a title, not a generic greeting" },
    { lang: "en", text: "Hi Phil, just circling back on my previous note – any thoughts?", input: { prospect: { name: "Phil Morton" } }, messageId: "ok", name: "Phil is a first name, not the degree in 'Dr. phil.'" },
    { lang: "de", text: "Sehr geehrte Frau Dr. phil. Weber, Ihr Vortrag hat mich angesprochen. Darf ich Ihnen die Studie schicken?", input: { prospect: { name: "Dr. phil. Anna Weber" } }, messageId: "ok", name: "Dr. phil. bleibt ein Titel" },
    { lang: "en", text: "Hi Anna, team leads like you often juggle rotas by hand. Would a template help?", input: { prospect: { name: "Anna Berg" } }, name: "'team' after the name and a comma is no greeting to a team" },
    { lang: "en", text: "Understood, Liv – thanks for the straight answer, and good call getting extra hands on it.", input: { prospect: { name: "Liv Andersen" }, channel: "follow-up", history: [{ direction: "out", text: "Hi Liv, would the checklist help?" }, { direction: "in", text: "We hired two temps instead." }] }, messageId: "ok", name: "a word before the comma, the prospect's name after it" },
    { lang: "de", text: "Sehr geehrte Frau Direktorin Mag. Hödl, Ihr Interview zur Lernbetreuung hat mich angesprochen. Darf ich Ihnen die Auswertung schicken?", input: { prospect: { name: "Mag. Sabine Hödl" } }, messageId: "ok", name: "Frau Direktorin: ein Amtstitel, kein Name" },
    { lang: "de", text: "Sehr geehrte Frau Arch. Lechner, Ihr Post zum Holz-Hybrid-Wohnbau in Aspern hat mich angesprochen. Darf ich Ihnen ein Beispiel schicken?", input: { prospect: { name: "Arch. DI Judith Lechner" } }, messageId: "ok", name: "Arch. ist ein Titel" },
    { lang: "de", text: "Sehr geehrter Herr Primar Dr. Hofbauer, Ihr Post zur OP-Auslastung hat mich angesprochen. Interesse?", input: { prospect: { name: "Prim. Dr. Walter Hofbauer" } }, messageId: "ok", name: "ein österreichischer Titel (Primar) ist kein Name" },
    { lang: "de", text: "Hallo Tobi, danke für die schnelle Antwort! Passt dir Donnerstag für die Übergabe?", input: { prospect: { name: "Tobias Renner" } }, messageId: "ok", name: "eine Kurzform des Vornamens (Tobi für Tobias)" },
    { lang: "de", text: "Hoi Chrigi, dein Post zu den 20 % Verschnitt hat mich angesprochen. Soll ich dir einen Testlauf machen?", input: { prospect: { name: "Christian Bühlmann" } }, messageId: "ok", name: "eine Schweizer Kurzform, die anders endet (Chrigi für Christian)" },
    { lang: "de", text: "Grüezi Ueli, danke für den Austausch an der Messe. Soll ich dir die Unterlagen schicken?", input: { prospect: { name: "Ulrich Gerber" } }, messageId: "ok", name: "Ueli für Ulrich" },
    { lang: "de", text: "Hoi Sämi, kurzer Nachtrag zu deinem Post über die Junioren. Soll ich dir das Konzept schicken?", input: { prospect: { name: "Samuel Wyss" } }, messageId: "ok", name: "eine Schweizer Kurzform mit Umlaut (Sämi für Samuel)" },
    { lang: "de", text: "Hallo Basti, dein Post über die Kündigungen im Januar hat mich nicht losgelassen. Magst du die Vorlage sehen?", input: { prospect: { name: "Sebastian Hölzl" } }, messageId: "ok", name: "eine Kurzform, die anders beginnt (Basti für Sebastian)" },
    { lang: "de", text: "hallo herr fiedler,\n\nsie haben geschrieben, dass bei ihnen alle Pipelines nach HubSpot umziehen. darf ich ihnen die checkliste schicken?", input: { prospect: { name: "Markus Fiedler" } }, messageId: "ok", name: "eine klein geschriebene Anrede mit Titel" },
    { lang: "de", text: "Hallo Steffi, dein Post zur Schichtplanung war klar. Magst du das Beispiel sehen?", input: { prospect: { name: "Stefanie Graf" } }, messageId: "ok", name: "Kurzform mit verdoppeltem Konsonanten (Steffi für Stefanie)" },
    { lang: "en", text: "Hi Flo, your post on ARM runners was sharp. Would the benchmark help?", input: { prospect: { name: "Florian Stone" } }, messageId: "ok", name: "the beginning of the first name (Flo for Florian)" },
    { lang: "en", text: "Hi Priya, your note on week-three churn at Lumenfold stuck with me. Would a one-page summary of what worked elsewhere help?", input: priya, messageId: "ok" },
    { lang: "en", text: "Hey Tom,\n\nsaw the Fernwerk team is moving builds to ARM runners. How is the migration going so far?\n\nCheers,\nLukas", input: tom, name: "a short form of the first name (Tom for Thomas)" },
    { lang: "en", text: "Dear Dr. Okafor,\n\nthank you for the talk on warehouse hiring in Leeds. Could I send you our notes on seasonal onboarding?\n\nKind regards,\nMarta Silva", input: { prospect: { name: "Dr. Nadia Okafor" } }, name: "title and surname" },
    { lang: "en", text: "Nadia – your post about night-shift turnover in Leeds was spot on. Would a short comparison of shift models be useful?", input: nadia, name: "the name without an opener" },
    { lang: "en", text: "Good morning Ms Raman, congrats on the new role at Lumenfold. Is onboarding on your list for Q1?", input: priya },
    { lang: "en", text: "Hi Jonas, quick question about the depot in Graz: are you still planning the second loading bay?", name: "no prospect given: any name counts" },
    { lang: "de", text: "Sehr geehrte Frau Dr. Müller,\n\nIhr Vortrag zur Lieferantenbewertung in Stuttgart hat mich angesprochen. Darf ich Ihnen unsere Checkliste schicken?\n\nMit freundlichen Grüßen\nMarkus Weber", input: anna, name: "title and umlaut spelling (Müller for Mueller)" },
    { lang: "de", text: "Hallo Herr Koehler,\n\nich habe gesehen, dass Köhler Metallbau eine zweite Schweißstraße plant. Wie lösen Sie dort die Prüfplanung?\n\nViele Grüße\nSabine Roth", input: joerg, name: "ae/oe spelling for an umlaut name (Koehler for Köhler)" },
    { lang: "de", text: "Grüezi Herr Köhler\n\nIhr Beitrag zur Blechbearbeitung hat mir gefallen. Darf ich Ihnen unsere Auswertung zu Rüstzeiten schicken?\n\nFreundliche Grüsse\nReto Keller", input: joerg, name: "Swiss greeting and closing without ß" },
    { lang: "de", text: "Liebe Anna,\n\ndanke für die Vernetzung! Wie läuft es mit dem neuen Lieferantenportal bei Brenner?\n\nLG Jana", input: anna },
    { lang: "de", text: "Guten Tag Frau Mueller, Ihr Kommentar zur Preisgleitklausel war sehr klar. Wäre ein kurzer Austausch dazu interessant?", input: anna, name: "surname without the title" },
    { lang: "de", text: "Hallo Sepp, wie läuft die Umstellung auf die neue Palettierung in Wels?", input: { prospect: { name: "Josef Huber" } }, name: "Sepp for Josef" },
    { lang: "en", text: "hi priya, your note on week-three churn at Lumenfold stuck with me. Worth a short call-free summary?", input: priya, name: "the prospect's name typed in lower case" },
    { lang: "de", text: "Hallo Herr Ko\u0308hler,\n\nich habe gesehen, dass Köhler Metallbau eine zweite Schweißstraße plant. Wie lösen Sie dort die Prüfplanung?", input: joerg, name: "the greeting typed in NFD (o + combining diaeresis), the name in NFC" },
    { lang: "de", text: "Hallo Herr Köhler,\n\nich habe gesehen, dass Köhler Metallbau eine zweite Schweißstraße plant. Wie lösen Sie dort die Prüfplanung?", input: { prospect: { name: "Jo\u0308rg Ko\u0308hler" } }, name: "the name stored in NFD, the greeting in NFC" },
    { lang: "en", text: "Hi Zoe\u0308, your talk on payroll errors at Lumenfold stuck with me. Would a one-page summary help?", input: { prospect: { name: "Zoë Martin" } }, name: "an NFD first name with a diaeresis" },
  ],
  invalid: [
    { lang: "de", text: "«Liebe Gastgeberinnen und Gastgeber», ich vernetze mich gerne mit engagierten Menschen aus der Tiroler Hotellerie.", input: { channel: "connection-note", prospect: { name: "Andrea Kathrein" } }, messageId: "generic", name: "beide Formen einer Gruppe grüßen niemanden, sie sind kein fremder Name" },
    { lang: "de", text: "«Hallo», Ihr Post zur E-Rechnung bei Kunz Haustechnik war sehr klar. Gern würde ich mich mit Ihnen vernetzen.", input: { channel: "connection-note", prospect: { name: "Jürgen Kunz", company: "Kunz Haustechnik GmbH" } }, messageId: "no-name", name: "der Name in der Firma grüßt niemanden" },
    { lang: "de", text: "«Liebe Finanzprofis», euer Post zur Umstellung auf DATEV hat mich neugierig gemacht. Darf ich ein Beispiel schicken?", input: { prospect: { name: "Theresa Moosbacher" } }, messageId: "generic", name: "eine Berufsgruppe grüßt niemanden, sie ist kein fremder Name" },
    { lang: "en", text: "«Dear LinkedIn connection», thank you for accepting my invitation. Would a short overview of our repair days help?", input: { prospect: { name: "Robert Chen" } }, messageId: "generic", status: "fail", name: "'LinkedIn connection' greets nobody, and names no one else" },
    { lang: "en", text: "«hi there»,\n\nsaw your post on class bookings. want the schedule we used?", messageId: "generic", name: "'hi there' in lower case greets nobody" },
    { lang: "de", text: "«Liebe Kosmetik-Expertin», ich habe gelesen, dass Sie ab Herbst vegane Behandlungen anbieten. Darf ich ein Probeset schicken?", input: { prospect: { name: "Eva Hartl" } }, messageId: "generic", name: "eine Rolle in der Einzahl grüßt niemanden, sie ist kein fremder Name" },
    { lang: "de", text: "«Lieber Vertriebsprofi», Ihr Post zu langen Angebotsschleifen hat mich angesprochen. Interesse an einem Beispiel?", input: { prospect: { name: "Jan Keller" } }, messageId: "generic", name: "ein Profi seines Fachs ist kein fremder Name" },
    { lang: "de", text: "«Sehr geehrte Einkaufsleitung», Ihr Post zu 12 % höheren Wellpappe-Preisen trifft einen Nerv. Ich würde mich gern mit Ihnen vernetzen.", input: { channel: "connection-note", prospect: { name: "Frank Vössing", role: "Leiter Einkauf" } }, messageId: "generic", name: "eine Leitung als Funktion grüßt niemanden, sie ist kein fremder Name" },
    { lang: "de", text: "«Liebe Kulturschaffende», Ihr Post zu den Probespielen hat mich erinnert. Vernetzen?", input: { prospect: { name: "Martin Roth" } }, messageId: "generic", name: "Kulturschaffende sind eine Gruppe, kein fremder Name" },
    { lang: "en", text: "«G'day», I'm building out my network in the South Australian wine industry and would love to have you in it. Happy to connect?", input: { channel: "connection-note", prospect: { name: "Lachlan Murphy" } }, messageId: "no-name", name: "G'day is a greeting, not someone else's name" },
    { lang: "en", text: "«Dear Doctor», an 18-month waiting list means a lot of families calling reception. Would the template letters help?", input: { prospect: { name: "Aidan Byrne" } }, messageId: "no-name", name: "'Doctor' alone is a title without a name, not someone else's name" },
    { lang: "en", text: "«Dear Editor», your post about covering 54 wards with four reporters sounds like a brutal night. Would the set-up help?", input: { prospect: { name: "Kavita Desai", role: "Editor" } }, messageId: "generic", name: "the prospect's job title greets the post, not the person (and is nobody else's name)" },
    { lang: "de", text: "«Liebe Verlagsleute», wir digitalisieren Backlist-Titel als E-Book. Interesse?", input: { prospect: { name: "Katharina Moser" } }, messageId: "generic", name: "Verlagsleute sind eine Gruppe, kein fremder Name" },
    { lang: "de", text: "«Hallo liebes Vertriebsteam», Ihr Beitrag zu den Lieferzeiten hat mich angesprochen. Interesse?", input: { prospect: { name: "Jana Roth" } }, messageId: "generic", name: "ein Vertriebsteam ist niemand Bestimmtes" },
    { lang: "de", text: "«Liebes Recruiting-Team», ich habe Ihren Beitrag zu den 25 offenen Stellen gelesen. Wollen Sie ein Beispiel sehen?", input: { prospect: { name: "Ramona Pietsch" } }, messageId: "generic", name: "ein Team ist niemand Bestimmtes, kein fremder Name" },
    { lang: "en", text: "«Hi Sales Team», your post on quoting delays rang true. Would a checklist help?", input: { prospect: { name: "Owen Hart" } }, messageId: "generic", name: "a team greets nobody in particular" },
    { lang: "de", text: "Guten Tag Frau «Hofmann», Glückwunsch zur Umstellung des Fräszentrums auf fünf Achsen! Vernetzen?", input: { prospect: { name: "Birgit Auer", company: "Hofmann Dentaltechnik GmbH" } }, messageId: "wrong-name", blocking: true, name: "Frau vor dem Firmennamen macht ihn zur Person, und die ist eine andere" },
    { lang: "en", text: "«Dear Procurement Leader», your comment on 16-week lead times matches what we hear. Would be good to connect.", input: { prospect: { name: "Katarzyna Wójcik" } }, messageId: "generic", name: "a leader of a function is nobody in particular" },
    { lang: "de", text: "«Liebe Netzwerkpartnerin», lieber Netzwerkpartner, Ihr Beitrag zur Fahrgastzählung war sehr aufschlussreich. Gern vernetze ich mich.", input: { prospect: { name: "DI Elisabeth Hartl" } }, messageId: "generic", name: "die Netzwerkpartnerin ist niemand Bestimmtes" },
    { lang: "de", text: "Ihr Post, dass 40 % Ihrer Saisonkräfte keine Wohnung finden, trifft ein Problem. Dürfen wir Ihnen Grundrisse schicken?", input: { prospect: { name: "Corinne Meier" } }, messageId: "no-name", name: "ein Satz, der mit Ihr beginnt, grüßt niemanden, auch nicht falsch" },
    { lang: "en", text: "«Dear Procurement Team», your post about eight-month lead times sounded painful. Would a quote help?", input: { prospect: { name: "Henrik Dahl" } }, messageId: "generic", name: "a team greeted by its department is nobody in particular, not someone else" },
    { lang: "en", text: "«Dear Logistics Manager», your post about trucks waiting four hours stood out. Would the case summary help?", input: { prospect: { name: "Erik Lindqvist" } }, messageId: "generic", name: "a job title is no name" },
    { lang: "de", text: "«Hallo liebes Team» vom Brauhaus Ried, Glückwunsch zum neuen Sudhaus! Vernetzen wir uns?", input: { prospect: { name: "Georg Ried", company: "Brauhaus Ried" } }, messageId: "generic", name: "ein Team statt der Person" },
    {
      lang: "en",
      text: "«Hello Greystone team», many attractions lose revenue to queues at the desk. Would a short overview help?",
      input: { prospect: { name: "Amelia Frost", company: "Greystone Attractions" } },
      messageId: "generic",
      status: "fail",
      blocking: false,
      name: "a company greeted as a team is nobody in particular, not someone else",
    },
    {
      lang: "de",
      text: "Hallo «Daniel», danke für Ihre Antwort! Passt Donnerstag?",
      input: { prospect: { name: "Daniela Brandt" } },
      messageId: "wrong-name",
      blocking: true,
      output: "Hallo Daniela, danke für Ihre Antwort! Passt Donnerstag?",
      name: "ein Name, der einen Buchstaben kürzer ist, ist ein anderer Name (Daniel, nicht Daniela)",
    },
    {
      lang: "de",
      text: "Hallo «Tim», danke für die schnelle Antwort! Passt dir Donnerstag?",
      input: { prospect: { name: "Tobias Renner" } },
      messageId: "wrong-name",
      blocking: true,
      output: "Hallo Tobias, danke für die schnelle Antwort! Passt dir Donnerstag?",
      name: "ein anderer kurzer Name ist keine Kurzform",
    },
    {
      lang: "en",
      text: "«Hello»,\n\nI saw your post on onboarding stalls in week two. We run a 14-day milestone check that halved early churn at two SaaS teams. Worth a look?\n\nBest,\nPriya",
      input: { prospect: { name: "Nadia Okafor" } },
      messageId: "no-name",
      status: "fail",
      blocking: false,
      name: "a name only in the signature",
    },
    {
      lang: "en",
      text: "Your post on night-shift turnover was spot on. We cut first-month attrition by a third at two depots. Worth a short summary?\n\nBest,\nMarta Silva",
      input: nadia,
      messageId: "no-name",
      blocking: false,
      name: "no greeting, the sender's name at the end",
    },
    {
      lang: "en",
      text: "«Hi there», loved your take on ARM runners. Would our build-cache benchmark be useful?",
      input: tom,
      messageId: "generic",
      output: "Hi Thomas, loved your take on ARM runners. Would our build-cache benchmark be useful?",
    },
    {
      lang: "en",
      text: "«Dear Sir or Madam»,\n\nwe help logistics firms fill night shifts within two weeks. Would that be of interest?\n\nKind regards,\nMarta",
      input: nadia,
      messageId: "generic",
    },
    {
      lang: "en",
      text: "«Hello connection»! Quick one: how do you handle seasonal hiring in Leeds?",
      input: nadia,
      messageId: "generic",
    },
    {
      lang: "en",
      text: "Hi «Laura», your post on week-three churn rang true. Happy to share the checklist that halved it at two SaaS teams.",
      input: priya,
      messageId: "wrong-name",
      status: "fail",
      blocking: true,
      output: "Hi Priya, your post on week-three churn rang true. Happy to share the checklist that halved it at two SaaS teams.",
      name: "another person's first name blocks",
    },
    {
      lang: "en",
      text: "Hi «Anna», your post on week-three churn rang true. Would the checklist help?",
      input: { prospect: { name: "Constructor Smith" } },
      messageId: "wrong-name",
      status: "fail",
      blocking: true,
      output: "Hi Constructor, your post on week-three churn rang true. Would the checklist help?",
      name: "a prospect whose name is also a property of every object (it once crashed the nickname lookup)",
    },
    {
      lang: "en",
      text: "Dear Mr «Patel», thanks for connecting. How is the ARM migration at Fernwerk going?",
      input: tom,
      messageId: "wrong-name",
      blocking: true,
      output: "Dear Mr Berger, thanks for connecting. How is the ARM migration at Fernwerk going?",
      name: "another surname after Mr is replaced by the prospect's surname",
    },
    {
      lang: "en",
      text: "«Hi» {{first_name}}, how are you handling seasonal hiring this year?",
      input: nadia,
      messageId: "placeholder-name",
    },
    {
      lang: "de",
      text: "«Sehr geehrte Damen und Herren»,\n\nwir unterstützen Metallbauer bei der Prüfplanung. Hätten Sie Interesse an einem Beispiel?\n\nMit freundlichen Grüßen\nSabine Roth",
      input: joerg,
      messageId: "generic",
      status: "fail",
      blocking: false,
      output: "Guten Tag Jörg Köhler,\n\nwir unterstützen Metallbauer bei der Prüfplanung. Hätten Sie Interesse an einem Beispiel?\n\nMit freundlichen Grüßen\nSabine Roth",
      name: "a formal German greeting is fixed with the whole name, not “Sehr geehrte Jörg”",
    },
    {
      lang: "de",
      text: "«Liebe Kolleginnen und Kollegen», wie plant ihr die Schichten in der neuen Halle?",
      input: joerg,
      messageId: "generic",
      output: "Hallo Jörg, wie plant ihr die Schichten in der neuen Halle?",
      name: "“Liebe” agrees with a gender the name does not tell: the fix says “Hallo”",
    },
    {
      lang: "de",
      text: "«Guten Tag zusammen», Ihr Vortrag zur Prüfplanung hat mir gefallen. Darf ich Ihnen unsere Checkliste schicken?",
      input: { prospect: { name: "Dr. Anna Mueller" } },
      messageId: "generic",
      output: "Guten Tag Anna Mueller, Ihr Vortrag zur Prüfplanung hat mir gefallen. Darf ich Ihnen unsere Checkliste schicken?",
    },
    {
      lang: "de",
      text: "«Hallo zusammen», wie plant ihr die Schichten in der neuen Halle?",
      input: joerg,
      messageId: "generic",
      output: "Hallo Jörg, wie plant ihr die Schichten in der neuen Halle?",
    },
    {
      lang: "de",
      text: "«Guten Tag»,\n\nIhr Vortrag zur Lieferantenbewertung hat mir gefallen. Darf ich Ihnen unsere Checkliste schicken?\n\nBeste Grüße\nAnna Müller",
      input: { prospect: { name: "Claudia Brandt" } },
      messageId: "no-name",
      blocking: false,
      name: "the prospect's name nowhere, a name only in the signature",
    },
    {
      lang: "de",
      text: "Hallo Herr «Becker», Ihr Beitrag zur Schweißnahtprüfung war sehr konkret. Darf ich Ihnen eine Auswertung schicken?",
      input: joerg,
      messageId: "wrong-name",
      blocking: true,
      output: "Hallo Herr Köhler, Ihr Beitrag zur Schweißnahtprüfung war sehr konkret. Darf ich Ihnen eine Auswertung schicken?",
      name: "another surname after Herr blocks and is replaced",
    },
    {
      lang: "de",
      text: "Liebe «Sabine», danke für Ihren Kommentar zur Preisgleitklausel. Wäre ein Beispiel aus dem Maschinenbau interessant?",
      input: anna,
      messageId: "wrong-name",
      blocking: true,
    },
    {
      lang: "de",
      text: "Die Rüstzeiten in der Blechbearbeitung sind bei vielen Metallbauern ein Thema. Darf ich Ihnen eine Auswertung schicken?",
      input: joerg,
      messageId: "no-name",
      name: "no greeting at all",
    },
  ],
});

describe("personal-address suggestions", () => {
  const suggestion = (input: object) => lintMessage(input).checks.find((c) => c.id === "personal-address")?.suggestion;

  it("name the whole person in formal German, and never leave the name empty", () => {
    expect(suggestion({ message: "Ihr Beitrag hat mir gefallen. Darf ich Ihnen die Checkliste schicken?", language: "de", prospect: { name: "Dr. Katrin Vogl" } })).toBe("Beginnen Sie mit „Guten Tag Katrin Vogl,“.");
    expect(suggestion({ message: "Ihr Beitrag hat mir gefallen. Darf ich Ihnen die Checkliste schicken?", language: "de" })).toBe("Beginnen Sie mit „Guten Tag …,“.");
    expect(suggestion({ message: "Sehr geehrte Damen und Herren, Ihr Beitrag hat mir gefallen.", language: "de", prospect: { name: "Vogl" } })).toBe("Nennen Sie den Namen: „Guten Tag Vogl,“.");
  });
});

describe("personal-address messages", () => {
  const message = (input: object) => lintMessage(input).checks.find((c) => c.id === "personal-address")?.message;

  it("quote the greeting's title with the name, in the case German needs", () => {
    expect(message({ message: "Hallo Frau Becker, Ihr Beitrag zur Schichtplanung war konkret. Kurzer Austausch?", prospect: { name: "Sabine Becker" } })).toBe("Spricht Frau Becker mit Namen an.");
    expect(message({ message: "Sehr geehrter Herr Prof. Dr. Weiß, Ihr Vortrag war konkret. Kurzer Austausch?", prospect: { name: "Tom Weiß" } })).toBe("Spricht Herrn Prof. Dr. Weiß mit Namen an.");
    expect(message({ message: "Hi Dr. Patel, your talk on triage was concrete. Worth a chat?", prospect: { name: "Priya Patel" } })).toBe("Greets Dr. Patel by name.");
    expect(message({ message: "Hi Anna, your post on churn was concrete. Worth a chat?", prospect: { name: "Anna Berger" } })).toBe("Greets Anna by name.");
  });
});
