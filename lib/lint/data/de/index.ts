import type { LanguageData } from "../types";

const stopwords = new Set(
  `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da damit dann das dass dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hätte hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können könnte machen man manche mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine sich sie sind so solche soll sollte sondern sonst über um und uns unser unsere unter viel vom von vor war waren warum was weil welche wenn werde werden wie wieder will wir wird wo wollen würde zu zum zur zwar zwischen
  post posts beitrag beitrags kommentar vortrag artikel interview unternehmen firma team teams neue neuen neuer jahr jahre jahren monat monate monaten woche wochen tag tage tagen heute kürzlich gerade hallo liebe lieber guten grüße gruß danke viele beste herr frau gmbh ag eins zwei drei vier fünf sechs sieben acht neun zehn erste ersten zweite gesehen gelesen gehört bereits seit`.split(/\s+/),
);

export const de: LanguageData = {
  greetings: [
    "hallo", "hi", "hey", "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter", "sehr geehrte*", "guten tag",
    "guten morgen", "guten abend", "grüß gott", "grüss gott", "grüezi", "grüessech", "servus", "moin", "moin moin",
    "hoi", "salü", "salut", "grüß dich", "grüss dich", "grüß sie", "tag", "werte", "werter",
  ],
  genericAddressees: [
    "zusammen", "damen und herren", "alle", "allerseits", "team", "leute", "liebe leute", "kollegen", "kolleginnen",
    "kolleg*innen", "freunde", "community", "netzwerk", "ansprechpartner*", "verantwortliche*", "personalabteilung",
    "interessent*", "geschäftspartner*", "kontakt*", "nochmal", "noch einmal",
  ],
  closings: [
    "viele grüße", "beste grüße", "freundliche grüße", "mit freundlichen grüßen", "mit besten grüßen", "herzliche grüße",
    "liebe grüße", "liebe grüsse", "schöne grüße", "sonnige grüße", "viele grüsse", "beste grüsse", "freundliche grüsse",
    "mfg", "lg", "vg", "bg", "gruß", "grüße", "grüsse", "danke", "vielen dank", "besten dank", "herzlichen gruß",
    "schönen gruß", "gruss", "ciao", "bis bald", "servus", "pfiat di", "en guete",
  ],
  fillers: [
    /ich hoffe,? (?:es geht (?:ihnen|dir|euch) gut|sie hatten|du hattest|ihr hattet|diese nachricht|sie sind|du bist|alles ist)[^.!?\n]{0,60}/,
    /ich hoffe,? (?:sie|du) (?:hatten|hattest|haben|hast) (?:einen )?(?:guten|schönen|erfolgreichen)[^.!?\n]{0,50}/,
    /(?:entschuldigen sie|sorry) (?:die störung|dass ich (?:sie|dich) störe)/,
    /(?:mein name ist|ich heiße) \p{Lu}\p{L}+/u, /(?:ich möchte|darf ich) mich (?:kurz )?vorstellen/,
    /ich melde mich (?:heute )?bei (?:ihnen|dir),? (?:weil|um)/,
  ],
  hype: [
    "ultimativ*", "die ultimative lösung", "garantiert", "garantie", "garantieren", "100 %", "100%", "100 prozent",
    "revolutionär*", "revolution*", "gamechanger", "game-changer", "game changer", "einmalig*", "einmalige chance",
    "nur heute", "nur noch heute", "nur bis *", "jetzt zugreifen", "jetzt sichern", "unglaublich*", "sensationell*",
    "der hammer", "wahnsinn*", "exklusives angebot", "limitiert*", "begrenzte plätze", "letzte chance",
    "nicht entgehen lassen", "verpassen sie nicht", "verpass nicht", "risikofrei", "unschlagbar*", "weltklasse",
    "termin sichern", "jetzt zurückschreiben", "jetzt anrufen", "jetzt buchen", "jetzt handeln", "schnell sein",
    /nur noch \w+ (?:plätze|termine|slots)/,
  ],
  heavyAsks: [
    /\d+[- ]?(?:minuten|minütig\p{L}*|min\.?)[^.?!\n]{0,30}(?:call|demo|termin|gespräch|telefonat|meeting|präsentation|videocall|call)/u,
    /(?:wann|wie) (?:passt|hätten|haben|wäre) (?:es )?(?:ihnen|dir|sie|du|euch)? ?(?:zeit|ein (?:telefonat|termin|gespräch|call))/,
    /wann (?:passt|hätten sie zeit|hast du zeit|haben sie zeit)/, /(?:ein|einen) (?:kurzen |kurzes )?(?:termin|telefonat|call|videocall|teams-call|zoom-call|meeting)/,
    "live-demo", "demo", "termin sichern", "termin vereinbaren", "termin buchen", /(?:besuchen|treffen) (?:sie|dich)/,
    /ihren kalender/, "calendly",
  ],
  connectAsks: [
    "vernetzen", "vernetze", "vernetzen?", "vernetzen wir uns", /(?:gern|gerne|freue mich|würde mich freuen)[^.?!\n]{0,40}(?:vernetzen|in kontakt bleiben|kontakt)/,
    /(?:in kontakt|im austausch) bleiben/, /kontakt (?:aufnehmen|halten)/,
  ],
  imperativeAsks: [
    /(?:melden|meldet) (?:sie|euch) sich/, /melde dich/, /(?:geben|gib|sagen|sag) (?:sie )?(?:mir )?(?:gern |gerne |einfach |kurz )?bescheid/,
    /(?:schreiben|schreib) (?:sie )?(?:mir )?(?:gern|gerne|einfach|kurz)/, "jetzt zurückschreiben", /rufen sie (?:mich )?an/,
  ],
  offerAsks: [
    /(?:wenn|falls) (?:sie|du|ihr) (?:mögen|möchten|magst|möchtest|wollen|willst|lust haben|interesse haben)/,
    /(?:gern|gerne) (?:teile|schicke|sende|zeige) ich/, /(?:teile|schicke|sende|zeige) ich (?:ihnen |dir |euch )?(?:gern|gerne)/,
    /ich (?:teile|schicke|sende|zeige) (?:ihnen |dir )?gern/,
  ],
  alternativeAsks: ["alternativ", "oder aber", "ansonsten könnten wir"],
  pestering: [
    /nur (?:kurz|mal) (?:nachgehakt|nachhaken|nachfragen|nachgefragt)/, /(?:wollte|möchte) (?:nur )?(?:kurz )?nachhaken/,
    /(?:haben sie|hast du) meine (?:letzte|vorherige|beiden letzten|letzten) (?:nachricht|nachrichten|mail|e-mail) (?:gesehen|erhalten|gelesen)/,
    /noch (?:nichts|keine antwort) von (?:ihnen|dir) gehört/, /(?:ich )?(?:komme|melde mich) (?:noch einmal|nochmal|erneut) (?:auf|bei)/,
    /wie (?:in )?meiner (?:letzten|vorherigen) nachricht (?:geschrieben|erwähnt)/, /erinnerung an meine/,
    /ich wollte mich noch einmal melden/, /nach oben (?:holen|schieben)/, /falls (?:meine nachricht|sie) untergegangen/,
  ],
  pain: [
    "problem*", "herausforderung*", "kampf", "kämpf*", "kosten", "kostet", "kosten*", "teuer*", "risik*", "verlust*",
    "verlier*", "verloren", "verzöger*", "verspät*", "rückstand", "engpass*", "engpäss*", "ausschuss", "stillstand*",
    "stillstände*", "ausfall*", "ausfäll*", "fehl*", "überfordert", "überlastet", "druck", "stress", "frust*",
    "gestiegen*", "steigend*", "steigt", "explodier*", "verdoppelt", "gesunken", "sinkt", "sinkend*", "schwank*",
    "stagnier*", "kündigung*", "abgäng*", "abgang", "fluktuation", "frühfluktuation", "unbesetzt", "offen* stellen",
    "mangel", "fachkräftemangel", "lieferzeit*", "lieferverzöger*", "wartezeit*", "schmerz*", "schwierig*", "mühsam*",
    "scheiter*", "daneben", "aufwand", "aufwändig", "manuell", "zu lang*", "dauert", "dauern", "brauchen * wochen",
    "zu spät", "nachträglich", "lücke*", "störung*", "pingpong", "hürde*", "mahnung*", "nicht gezahlt", "zahlt nicht",
    "beschäftigt", "belastung*", "schaden", "schäden", "lagerschäden", "prämie*", "pleite*", "abwanderung*",
    "sorge", "sorgen", "befürcht*", "angst", "rückgang", "rückgänge", "einbruch", "eingebrochen", "händisch", "von hand",
    "excel-liste*", "excel-tabelle*", "stört", "stören", "hakt", "fest", "liegen bleiben", "bleibt liegen", "bleiben liegen",
    "verpasst", "verpassen", "längst", "woanders", "abfall", "verschwend*", "wegwerfen", "unnötig*", "lästig*", "nervig*",
    "ärger*", "zu lange", "länger als", "warten", "wartet", "kapazität*", "grenze", "abgesprungen", "abspringen", "absprung*",
    "abbrüche", "abbrecher*", "nachträglich", "nacharbeit*", "nacherfassung", "doppelt erfasst", "doppelarbeit",
    "überstunden", "ausfallzeit*", "reklamation*", "beschwerde*", "mahnung*", "rückstände", "frist*", "bußgeld*",
    /nur \d/,
    /(?:dauert|dauern|brauchen|braucht|benötigen|benötigt)[^.!?\n]{0,30}(?:wochen|tage|monate|stunden)/,
    /(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (?:wochen|tage|monate|stunden) (?:brauchen|braucht|dauern|dauert)/,
    // compounds: "Installkosten", "Preissprüngen", "Lieferengpässe"
    ...["kosten", "sprung", "sprünge", "sprüngen", "ausfall", "ausfälle", "ausfällen", "verlust", "verluste", "verlusten", "schäden",
      "probleme", "problemen", "problem", "engpass", "engpässe", "engpässen", "fehler", "fehlern", "risiken", "risiko", "stillstand",
      "stillstände", "stillständen", "lücken", "mängel", "druck", "fluktuation", "kündigungen", "abgänge", "ausschuss",
      "mangel", "verzögerung", "verzögerungen", "rückgang", "rückgänge", "einbruch", "aufwand", "stress"].map((w) => `*${w}`), /(?:sucht|suchen|seit) (?:seit )?(?:\d+|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|monaten|wochen|jahren)/,
  ],
  vaguePraise: [
    "innovativ*", "führend*", "marktführend*", "ganzheitlich*", "maßgeschneidert*", "massgeschneidert*", "synergie*",
    "modern*", "skalierbar*", "intuitiv*", "einzigartig*", "zukunftsweisend*", "erstklassig*", "nachhaltig*",
    "leistungsstark*", "umfassend*", "individuell*", "best-in-class", "state-of-the-art", "next-level", "disruptiv*",
    "rundum-sorglos*", "all-in-one", "kompetent*", "professionell*",
  ],
  abstractValue: [
    "mehrwert", "echten mehrwert", "mehrwert bieten", "mehrwert schaffen", "auf das nächste level", "nächste level",
    "nächsten level", "nächste stufe", "synergien", "erfolg", "erfolgreich*", "potenzial*", "potential*", "transformation",
    "optimal*", "voranbringen", "nach vorne bringen", "zukunftsfähig*", "wettbewerbsfähig*", "alles kann",
  ],
  outcomes: [
    "gesenkt", "senkt", "senken", "senkten", "sank", "halbiert", "verdoppelt", "verdreifacht", "gespart", "spart", "sparen",
    "einsparung*", "reduziert", "reduzieren", "gesteigert", "steigert", "steigerten", "erhöht", "verbessert", "vermieden",
    "verhindert", "gehalten", "brachte", "bringen", "bringt", "gebracht", "füllen", "besetzt", "weniger", "mehr", "schneller",
    "günstiger", "niedriger", "höher", "unter", "statt", "anstatt", "von * auf", "auf * gesenkt", "innerhalb", "innert",
    "binnen", "ohne", "kein* abbruch", "nicht mehr", "wieder auf", "plus", /[+]\s?\d+(?:[.,]\d+)?\s?%/,
    "sanken", "sinken", "sinkt", "fiel", "fielen", "fiel weg", "weg", "weggefallen", "entfiel*", "zusätzlich*", "gewonnen",
    "stieg", "stiegen", "wuchs", "jetzt", "nun", "eingespart", "pro woche", "pro monat", "pro jahr",
    "verkürzt", "beschleunigt", /\d+(?:[.,]\d+)?\s?%?\s+(?:auf|→|->)\s+\d/,
    /\d+(?:[.,]\d+)?[- ]?mal (?:so|mehr)/, /\d+(?:[.,]\d+)?\s?%\s?(?:weniger|mehr|niedriger|höher|günstiger|unter|schneller)/,
  ],
  units: [
    /\d+(?:[.,]\d+)?\s?%/, /\d+(?:[.,]\d+)?\s?(?:€|euro|eur|chf|franken)/, /\d\s?(?:tsd|mio|k)\b/,
    "tag", "tage", "tagen", "woche*", "monat*", "jahr", "jahre", "jahren", "jahres", "stunde*", "prozent", "punkte", "km", "kg", "euro",
  ],
  numberWords: [
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "drittel", "viertel", "hälfte", "doppelt", "einziger", "einzige",
  ],
  senderVoice: ["wir", "unser", "unsere", "unseren", "unserem", "unserer", "uns"],
  pitch: [
    /(?:unser|unsere|unseren|unserem|unserer) (?:\p{L}+-)?(?:tool|plattform|software|lösung|lösungen|produkt|angebot|service|dienstleistung|app|agentur|team|kampagne|kampagnen|programm|ansatz|system|beratung|recruiting-kampagnen|\p{L}*(?:kampagnen|lösung|software|plattform))/u,
    /wir (?:helfen|bieten|liefern|verkaufen|bauen|unterstützen|füllen|besetzen|bringen|entwickeln)/, /ich helfe/,
    /(?:helfen|bieten|liefern|verkaufen|unterstützen|füllen|besetzen|bringen|entwickeln) wir/,
    "demo", "live-demo", "kostenlos testen", "testzugang", "preise", "rabatt", /(?:ein|einen) (?:termin|telefonat|call)/,
  ],
  references: [
    /(?:ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem) (?:letzter |letzten |aktueller |aktuellen |neuer |neuen |\p{L}+er )?(?:post|beitrag|kommentar|vortrag|artikel|interview|podcast|talk|panel|keynote|newsletter|story|punkt|frage|webinar|video|präsentation|linkedin-post)/u,
    /(?:habe|hab) (?:gesehen|gelesen|gehört|mitbekommen)/, /(?:gesehen|gelesen|gehört|mitbekommen),? dass/,
    /glückwunsch/, /gratul/, /(?:wir haben uns|uns) (?:auf|bei) (?:der|dem)/, /kennengelernt/, /gemeinsame[rn]? (?:kontakt|bekannte)/,
    /danke für (?:ihre|deine|die) (?:antwort|rückmeldung|frage|vernetzung)/, /wie versprochen/, /(?:sie|du) (?:suchen|suchst|sucht) /,
    /sie (?:sagten|schrieben|erwähnten)/, /du (?:sagtest|schriebst|erwähntest)/,
  ],
  stopwords,
};
