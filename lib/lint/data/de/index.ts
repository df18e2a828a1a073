import type { LanguageData } from "../types";

const stopwords = new Set(
  `innerhalb außerhalb während bereits etwa rund knapp insgesamt jeweils zwischen aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da damit dann das dass dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hätte hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können könnte machen man manche mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine sich sie sind so solche soll sollte sondern sonst über um und uns unser unsere unter viel vom von vor war waren warum was weil welche wenn werde werden wie wieder will wir wird wo wollen würde zu zum zur zwar zwischen
  post posts beitrag beitrags kommentar vortrag artikel interview unternehmen firma team teams neue neuen neuer jahr jahre jahren monat monate monaten woche wochen tag tage tagen heute kürzlich gerade hallo liebe lieber guten grüße gruß danke viele beste herr frau gmbh ag eins zwei drei vier fünf sechs sieben acht neun zehn erste ersten zweite gesehen gelesen gehört gefunden kommen kommt kam kamen bereits seit mitarbeitende mitarbeitenden mitarbeiter mitarbeitern beschäftigte beschäftigten belegschaft`.split(/\s+/),
);

export const de: LanguageData = {
  greetings: [
    "hallo", "hi", "hey", "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter", "sehr geehrte*", "guten tag",
    "guten morgen", "guten abend", "grüß gott", "grüss gott", "grüezi", "grüessech", "servus", "moin", "moin moin",
    "hoi", "salü", "salut", "grüß dich", "grüss dich", "grüß sie", "tag", "werte", "werter",
  ],
  genericAddressees: [
    "zusammen", "damen und herren", "kolleginnen und kollegen", "alle", "allerseits", "team", "leute", "liebe leute", "kollegen", "kolleginnen",
    "kolleg*innen", "freunde", "community", "netzwerk", "ansprechpartner*", "verantwortliche*", "personalabteilung",
    "interessent*", "geschäftspartner*", "kontakt*", "nochmal", "noch einmal", "netzwerkpartner*", "partnerin", "partner", "mitglied*",
    // "Liebe Netzwerkpartnerin, lieber Netzwerkpartner": addressed to whoever reads it
    "netzwerkpartnerin", "leserin", "leser", "kundin", "kunde",
    // "Hallo liebes Team vom Brauhaus Ried": a team, not the person
    "liebes team", "liebes * team", "liebe kollegen", "liebe kolleginnen", "liebe freunde",
    // a group by its trade: "Liebe Finanzprofis", "Hallo HR-Expertinnen", "Liebe Logistik-Entscheider"; or one
    // reader by it: "Liebe Kosmetik-Expertin", "Lieber Vertriebsprofi" (a role, nobody else's name)
    ...["profis", "experten", "expertinnen", "entscheider", "entscheiderinnen", "macher", "macherinnen", "verantwortliche", "verantwortlichen",
      "profi", "experte", "expertin", "entscheiderin", "spezialist", "spezialistin", "spezialisten", "spezialistinnen", "fachfrau", "fachmann"].map((w) => `*${w}`),
    // a group in both forms or in the plural: "Liebe Gastgeberinnen und Gastgeber", "Liebe Hotelierinnen"
    /\p{L}+innen und \p{L}+/u, "*innen",
  ],
  closings: [
    "viele grüße", "beste grüße", "freundliche grüße", "mit freundlichen grüßen", "mit besten grüßen", "herzliche grüße",
    "liebe grüße", "liebe grüsse", "schöne grüße", "sonnige grüße", "viele grüsse", "beste grüsse", "freundliche grüsse",
    "mfg", "lg", "vg", "bg", "gruß", "grüße", "grüsse", "danke", "vielen dank", "besten dank", "herzlichen gruß",
    "schönen gruß", "gruss", "ciao", "bis bald", "servus", "pfiat di", "en guete",
  ],
  fillers: [
    // ("hoffe, dir geht's gut!" drops the "ich", as chats do)
    /(?:ich )?hoffe,? (?:es geht (?:ihnen|dir|euch) gut|(?:ihnen|dir|euch) geht(?:'|’|)s gut|(?:ihnen|dir|euch) geht es gut|sie hatten|du hattest|ihr hattet|diese nachricht|meine nachricht|sie sind|du bist|alles ist|bei (?:ihnen|dir|euch) (?:ist )?alles|die woche (?:hat|ist|war|läuft)|(?:ihre|deine|eure) woche)[^.!?\n]{0,60}/,
    /hoffentlich (?:geht es|geht's|geht’s) (?:ihnen|dir|euch) gut/,
    // "ich hoffe, die Feiertage waren erholsam für Sie"
    /(?:ich )?hoffe,? (?:die feiertage|die ferien|der urlaub|ihr urlaub|dein urlaub|euer urlaub|das wochenende|der sommer|die sommerpause) (?:war|waren) [^.!?\n]{0,50}/,
    /(?:ich )?hoffe,? (?:sie|du) (?:hatten|hattest|haben|hast) (?:einen )?(?:guten|schönen|erfolgreichen)[^.!?\n]{0,50}/,
    /(?:entschuldigen sie|sorry) (?:die störung|dass ich (?:sie|dich) störe)/,
    /(?:mein name ist|ich heiße) \p{Lu}\p{L}+/u, /(?:ich möchte|darf ich) mich (?:kurz )?vorstellen/,
    /ich melde mich (?:heute )?bei (?:ihnen|dir),? (?:weil|um)/,
    // wishes for the week or the weekend: "ich wünsche Ihnen einen guten Start in die Woche", "… konnten das Wochenende genießen"
    /(?:ich )?wünsche (?:ihnen|dir|euch) (?:einen )?(?:guten|schönen|erfolgreichen|angenehmen) (?:start in die woche|start in den tag|wochenstart|wochenbeginn|tag|montag|start ins (?:neue )?jahr)/,
    /(?:hoffe|hoffentlich),? (?:sie|du|ihr) (?:konnten|konntest|konntet|hatten|hattest|hattet) (?:das|ein) (?:\p{L}+ )?wochenende/u,
  ],
  hype: [
    "ultimativ*", "die ultimative lösung", "garantiert", /(?<!(?:jahre|jahren|monate|monaten) )garantie(?! auf)/, "garantieren", "100 %", "100%", "100 prozent",
    "revolutionär*", "revolution*", "gamechanger", "game-changer", "game changer", // ("einmalige Schulungen", "einmalige Kosten": once, not unique)
    /einmalige\p{L}*(?! (?:schulung|kosten|gebühr|zahlung|investition|einrichtung|lizenz|prüfung|aufwand|beitrag|anschaffung|einmalzahlung|pauschale)\p{L}*)/u, "einmalige chance", "einmalig günstig",
    "nur heute", "nur noch heute", /nur bis (?:zum (?:\d|ende|monatsende|jahresende|wochenende|quartalsende)|ende|\d{1,2}\.(?!\d{3})|heute|morgen|übermorgen|mitternacht|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monatsende|jahresende|wochenende)/, "jetzt zugreifen", "jetzt sichern", "unglaublich*", "sensationell*",
    "der hammer", "wahnsinn*", "exklusives angebot", "limitiert*", "begrenzte plätze", "letzte chance",
    "nicht entgehen lassen", "verpassen sie nicht", "verpass nicht", "risikofrei", "unschlagbar*", "weltklasse",
    "termin sichern", "jetzt zurückschreiben", "jetzt anrufen", "jetzt buchen", "jetzt handeln", "schnell handeln", "jetzt zuschlagen", /bevor (?:die )?preise? (?:steig\p{L}*|anzieh\p{L}*)/u, "schnell sein",
    /nur noch \w+ (?:plätze|termine|slots)/,
  ],
  plainFigures: [
    "remote", "tochter*", "tochtergesellschaft", "beteiligung", "eigenkapital*", "ökostrom", "grünstrom", "erneuerbar*",
    "recycel*", "recycling*", "bio", "biologisch*", "baumwolle", "wolle", "elektrisch*", "homeoffice",
    "home office", "home-office", "digital*", "papierlos*", "ausgelastet", "gefördert", "mehr als im vorjahr", "gegenüber dem vorjahr", "zum vorjahr", "auslastung",
    "kapazität", "wasserkraft", "solarstrom", "der", "aller", "mehrweg*", "kompostierbar*", "plastikfrei*", "vegan*", "regional*", "elektroflotte", "e-autos",
  ],
  shoutWords: [
    "der", "die", "das", "jetzt", "nur", "nie", "neu", "neue*", "gratis", "kostenlos*", "mega", "super", "wow",
    "wichtig*", "achtung", "dringend", "heute", "sofort", "alle*", "jede*", "sehr", "echt", "wirklich", "genial*",
    "riesig*", "hammer",
  ],
  heavyAsks: [
    // auch ein Kaffee ist ein Termin: „einen virtuellen Kaffee nächste Woche?“
    /(?:virtuelle[nr]?|digitale[nr]?|online-?)\s?kaffee|kaffee (?:nächste woche|diese woche|am (?:montag|dienstag|mittwoch|donnerstag|freitag))/,
    /\d+[- ]?(?:minuten|minütig\p{L}*|min\.?)[^.?!\n]{0,30}(?:call|demo|termin|gespräch|telefonat|meeting|präsentation|videocall|vorführung|online-vorführung|besprechung|kennenlernen|austausch|intro|anrufen|telefonieren)/u, /wann (?:darf|kann) ich (?:sie|dich|euch) (?:\p{L}+ ){0,4}anrufen/u,
    /(?:wann|wie) (?:passt|hätten|haben|wäre) (?:es )?(?:ihnen|dir|sie|du|euch)? ?(?:zeit|ein (?:telefonat|termin|gespräch|call))/,
    /wann (?:passt|hätten sie zeit|hast du zeit|haben sie zeit)/, /wann (?:hätten|haben|hast|hättest|habt|hättet) (?:sie|du|ihr) (?:\d+|fünf|zehn|fünfzehn|zwanzig|dreißig|dreissig) minuten/, /wann (?:können|könnten|sollen|wollen) wir (?:\p{L}+ ){0,3}(?:telefonieren|sprechen|treffen|zoomen|callen)/u,
    /(?:\d+|fünf|zehn|fünfzehn|zwanzig|dreißig|dreissig) minuten (?:ihrer zeit|deiner zeit|eurer zeit|zeit für|nächste|diese|am (?:montag|dienstag|mittwoch|donnerstag|freitag|telefon)|morgen)/, /(?:intro|discovery|kennenlern|erst)-?call/, /(?:ein|einem|einen|zum|zu einem) (?:kurzes |kurzen |erstes |ersten |unverbindliches |unverbindlichen |persönliches |persönlichen )?kennenlernen(?![\p{L}])/u, /(?:nächste|diese|kommende) woche (?:kurz |mal |einmal )?(?:telefonieren|sprechen|treffen|zoomen)/, /können wir (?:[\p{L}]+ ){0,3}(?:telefonieren|zoomen|uns treffen)/u, "halbe stunde", /(?:ein|einen) (?:kurzen |kurzes )?(?:termin|telefonat|call|videocall|teams-call|zoom-call|meeting)/,
    "demo diese woche", "demo nächste woche", /(?:demo|call|telefonat|termin|meeting|gespräch|vorführung) (?:am|nächsten|diesen|kommenden) (?:montag|dienstag|mittwoch|donnerstag|freitag)(?![\p{L}])/u, /(?:call|telefonat|meeting|termin) (?:diese|nächste|kommende) woche/, /demo(?=\s?\?)/, "live-demo", "online-demo", /demo(?<=(?:eine|einer|einen|unsere[rmn]?|kurze[rmn]?|kostenlose[rmn]?|persönliche[rmn]?|einstündige[rmn]?|\d+[- ]?minütige[rmn]?) (?:\p{L}+-)?demo)(?!-?(?:aufzeichnung|aufnahme|video|clip|zugang|link|version|datei))/u, "termin sichern", "demo sichern", /(?:gratis|kostenlose?|kostenfreie?)-?demo/, "termin vereinbaren", "termin buchen", /(?:besuchen|treffen) (?:sie|dich)/,
    /ihren kalender/, "calendly", /welche[rn]? (?:tag|termin|uhrzeit) (?:nächste woche |diese woche )?(?:passt|würde passen)/, /persönlich (?:vorstellen|vorbeikommen|zeigen|präsentieren|kennenlernen)/, /vor ort (?:[\p{L}]+ )?(?:zeigen|vorstellen|vorführen|präsentieren|demonstrieren)(?![\p{L}])/u, "vorbeikommen", /jetzt (?:[\p{L}-]+ ){0,2}(?:sichern|bestellen|kaufen)(?![\p{L}])/u, /(?:nächste|diese|kommende) woche (?:kurz )?zeit für/, /zeit für ein(?:en)? (?:kurzes |kurzen |persönliches |persönlichen )?(?:gespräch|telefonat|termin|call|meeting)/, // "Hätten Sie dafür Zeit?" after a meeting was offered
    /(?:hätten|haben) sie (?:dafür |dazu |kurz |nächste woche )?zeit(?=\s*\?)/, /hast du (?:dafür |dazu |kurz |nächste woche )?zeit(?=\s*\?)/, /(?:in aktion|live) (?:sehen|erleben|zeigen|zeige)/, /(?:einem|einen) (?:persönlichen |kurzen )?termin/,
    // a presentation sent over is something to read: "Darf ich Ihnen eine kurze Präsentation zusenden?"
    /(?:in einer|eine) (?:kurzen? |ausführlichen? |persönlichen? )?(?:online-)?präsentation(?! (?:zusenden|zuschicken|schicken|senden|mailen|als pdf))/,
    // eine Stunde fremder Zeit, und das "Wann können wir telefonieren?", das die Frage nach dem Ob überspringt
    // "Hätten Sie Interesse an einem Kennenlerngespräch?": a meeting asked for (the noun alone is often their topic: "Absagen nach dem Erstgespräch")
    /(?:interesse an|zeit für|lust auf) (?:einem|einen|ein|eine) (?:kurze[ns]? |unverbindliche[ns]? |persönliche[ns]? )?(?:kennenlern(?:gespräch|termin|call|telefonat|treffen)|erstgespräch)/,
    // "Sollen wir kurz telefonieren?": a call asked for, however short
    /(?:sollen|wollen|können|könnten|sollten) wir (?:[\p{L}]+ ){0,2}telefonieren(?![\p{L}])/u,
    /(?:eine|1) stunde (?:zeit|für ein|für einen)/, /(?:wollen|sollen|können|könnten) wir (?:[\p{L}]+ ){0,3}(?:eine|1) stunde (?:lang )?(?:telefonieren|sprechen|zusammensetzen|austauschen)/u, /einstündige[nrs]? (?:termin|gespräch|call|meeting|workshop|telefonat)/,
    /wann (?:können|könnten|sollen|wollen) wir (?:uns )?(?:kurz |mal )?(?:telefonieren|sprechen|treffen|austauschen|zusammensetzen)/,
    // ein Besuch vor Ort, eine Stunde und mehr, "Hätten Sie nächste Woche 20 Minuten?"
    /(?:besuch|termin|treffen|rundgang|begehung) (?:bei ihnen |bei dir )?vor ort/, /vor ort (?:besuchen|vorbeikommen|ansehen|zusammensetzen)/, /(?:ein|zwei|drei)stündige[nrs]? (?:[\p{L}-]+ )?(?:präsentation|vorführung|demo|online-präsentation|workshop|besprechung|termin|gespräch|telefonat)/u,
    /(?:hätten|haben|hast|hättest) (?:sie|du) (?:[\p{L}]+ ){0,5}(?:\d+|fünf|zehn|fünfzehn|zwanzig|dreißig|dreissig) minuten(?=\s*(?:\?|für|zeit))/u, /\d+ minuten (?:[\p{L}]+ ){0,4}zusammensetzen/u, /ausführliche[ns]? (?:telefonat|gespräch|termin)/, /wann (?:hätten|haben|hast|hättest|hättet|habt) (?:sie|du|ihr) (?:[\p{L}]+ ){1,6}zeit(?![\p{L}])/u, /(?:können|könnten) wir (?:[\p{L}]+ ){0,3}telefonieren/u, /telefonieren wir(?![\p{L}])/u, "videotermin*", /(?:von )?(?:etwa |rund |ca\. )?(?:einer|1) stunde (?:vereinbaren|ansetzen|einplanen)/,
  ],
  connectAsks: [
    "vernetzen", "vernetze", "vernetzen?", "vernetzen wir uns", /(?:gern|gerne|freue mich|würde mich freuen)[^.?!\n]{0,40}(?:vernetzen|in kontakt bleiben|kontakt)/,
    /(?:in kontakt|im austausch) bleiben/, /kontakt (?:aufnehmen|halten)/, /lust auf (?:einen |den )?(?:austausch|vernetzung)(?=\s*[?!.]|$)/,
    // "Freue mich auf den Austausch!", "freue mich, mein Netzwerk mit Ihnen zu erweitern", "… über jede Vernetzung"
    /freue mich,? (?:auf|über) (?:den|einen|unseren|jede|jeden|die|eine) (?:neue |neuen |weitere |weiteren )?(?:austausch|vernetzung)/, /freue mich,? (?:[\p{L}]+ ){0,2}netzwerk (?:[\p{L}]+ ){0,3}zu erweitern/u,
    /(?:meine (?:anfrage|einladung)|die anfrage|vernetzungsanfrage|kontaktanfrage) (?:annehmen würden|annehmen würdest|annehmen|annimmst|annimmt|bestätigen|bestätigst)/,
    /(?:sie|dich|euch) (?:gern |gerne )?(?:in meinem|im) (?:beruflichen |persönlichen |linkedin-)?netzwerk/, "connecten",
    // "Ich würde mich über die Vernetzung freuen", "Freue mich auf die Vernetzung!", "mit Ihnen vernetzt zu sein"
    /(?:über|auf) (?:die|eine|unsere|ihre|ne|'ne|’ne) (?:vernetzung|bestätigung)/, /vernetzt (?:zu )?(?:sein|bleiben)/, "vernetzung?", /gerne? (?:hier |auf linkedin |hier auf linkedin )?vernetzt/, /(?:wir uns|uns) (?:hier |auf linkedin )?verbinden/, /wenn (?:sie|du) (?:die anfrage |meine anfrage )?annehmen|wenn du (?:die anfrage |meine anfrage )?annimmst/,
    // the wish to connect in other words: "in Ihr Netzwerk aufnehmen", "über den Kontakt freuen", "in Verbindung zu bleiben"
    /netzwerk (?:auf linkedin )?(?:aufnehmen|aufzunehmen|aufnimmst|aufnehmen würden|hinzufügen|hinzuzufügen)/, /(?:in kontakt|in verbindung|im austausch) zu bleiben/, "in verbindung bleiben", /bleiben wir (?:gern |gerne )?vernetzt/, /bleiben wir (?:gern |gerne |hier |doch )?in (?:kontakt|verbindung)/,
    /freue? (?:mich )?(?:immer |sehr )?über (?:den|einen|unseren|spannende|neue) (?:fachlichen )?(?:kontakt|kontakte|austausch)/, /über (?:den|einen) (?:fachlichen )?(?:kontakt|austausch) (?:sehr )?freuen/,
    /austausch (?:hier )?(?:fortsetzen|fortführen|weiterführen)/, "kontakt zwischen uns", /hoffnung auf (?:einen )?(?:künftigen |zukünftigen )?(?:fachlichen )?austausch/, /mich (?:gern |gerne |gelegentlich |ab und zu )*mit (?:ihnen|dir|euch) austauschen/,
  ],
  imperativeAsks: [
    /(?:melden|meldet) (?:sie|euch) sich/, /(?:schnell|einfach|gern|gerne|kurz|jetzt) melden(?=\s*[!.]|$)/, /melde dich/, /(?:geben|gib|sagen|sag) (?:sie )?(?:mir )?(?:bitte )?(?:gern |gerne |einfach |kurz )?bescheid/,
    /(?:schreiben|schreib) (?:sie )?(?:mir )?(?:gern|gerne|einfach|kurz|gleich|direkt)/, /(?:rückmeldung|antwort)[^.!?\n]{0,25}, ob/, /(?:schicken|senden|nennen) sie mir/, /(?:schick|send|nenn) mir/, "jetzt zurückschreiben",
    // "Antworten Sie einfach mit „Ja“": a reply asked for, however pushy
    /(?:antworten sie|antworte|antwortet) (?:mir )?(?:bitte |einfach |kurz |gern |gerne )*(?:mit|auf diese nachricht)(?![\p{L}])/u, /rufen sie (?:mich )?an/,
    /(?:buchen sie|buch) (?:sich |dir )?(?:gern |gerne |einfach |direkt )+(?:\p{L}+ )?(?:termin|slot|zeitfenster)/u,
    /(?:lassen sie uns|lass uns|lasst uns) (?:kurz |gern |einfach )?(?:sprechen|telefonieren|austauschen|treffen|vernetzen|einen termin)/,
    /(?:ich würde|wir würden) (?:gerne? |sehr gerne? )?(?:\p{L}+ ){0,3}(?:einen termin|ein gespräch|ein telefonat|einen call|ein meeting) (?:mit (?:ihnen|dir) )?(?:vereinbaren|ausmachen|abstimmen|einplanen)/u,
  ],
  offerAsks: [
    /(?:wenn|falls) (?:sie|du|ihr) (?:mögen|möchten|magst|möchtest|wollen|willst|lust haben|interesse haben)/,
    /(?:gern|gerne) (?:teile|schicke|sende|zeige) ich/, /(?:teile|schicke|sende|zeige) ich (?:ihnen |dir |euch )?(?:gern|gerne)/,
    /ich (?:teile|schicke|sende|zeige) (?:ihnen |dir )?gern/, /(?:zeig|schick) ich (?:dir |ihnen |euch )?(?:es |das )?(?:gern|gerne)/,
    // "Wenn es passt, rechne ich das gern für Ihre Halle durch", "genügt eine kurze Antwort"
    /(?:rechne|prüfe|erstelle|leite|schaue) ich (?:ihnen |dir |euch |das |es |mir )*(?:gern|gerne)/, /(?:gern|gerne) (?:rechne|prüfe|erstelle|leite|schaue) ich/,
    /(?:genügt|reicht) (?:eine )?(?:kurze )?(?:antwort|nachricht|rückmeldung)/, /(?:eine )?(?:kurze )?(?:antwort|nachricht|rückmeldung) (?:von ihnen |von dir |von euch )?(?:genügt|reicht)/,
  ],
  alternativeAsks: ["alternativ", "oder aber", "ansonsten könnten wir"],
  declines: [
    "kein interesse", "keinen bedarf", "kein bedarf", "nicht interessiert", "nein danke", "entschieden", "absage", "passt nicht",
    "bitte nicht mehr", "nicht mehr kontaktieren", "sind versorgt", "sind gut aufgestellt", "haben bereits einen", "haben schon einen",
    "derzeit nicht", "aktuell nicht", "kein thema",
    "bereits vergeben", "schon vergeben", "anderen anbieter", "anderen lieferanten", "anderen dienstleister", "haben uns für",
  ],
  selfTalkWords: ["ich bin", "wir sind", "mein name", "ich arbeite", "ich coache", "ich berate", "ich begleite", "wir arbeiten", "wir beraten", "wir begleiten", "mit vielen", "mit zahlreichen", "mit unzähligen"],
  firmFactWords: ["gegründet", "feier*", "jubiläum", "beschäftigt", "gewachsen", "wuchs", "jahre", "jahren"],
  priceWords: ["prozent", "preis*", "*preis", "*preise", "gutschein*", "gratis", "kostenlos*"],
  laterInvitations: [
    /(?:melden sie sich|meld dich|melden sie sich gerne?|melden sie sich doch) (?:\p{L}+ ){0,6}(?:wieder|nochmal|noch einmal|erneut)/u, /(?:kommen sie|komm) (?:\p{L}+ ){0,6}wieder auf (?:mich|uns) zu/u,
    /(?:sprechen|reden|schreiben) (?:sie|wir) (?:\p{L}+ ){0,4}(?:gern|gerne) (?:wieder|nochmal|noch einmal|erneut)/u, /fragen sie (?:\p{L}+ ){0,4}(?:wieder|nochmal|noch einmal)/u,
  ],
  pestering: [
    /nur (?:kurz|mal) (?:nachgehakt|nachhaken|nachfragen|nachgefragt)/, /(?:wollte|möchte) (?:nur )?(?:kurz )?nachhaken/,
    /(?:haben sie|hast du) meine (?:(?:letzte|vorherige|beiden letzten|letzten) )?(?:nachricht|nachrichten|mail|e-mail|mails|e-mails) (?:(?:von|vom) (?:letzter |letzten |vergangener )?\p{L}+ )?(?:überhaupt |schon |denn )?(?:gesehen|erhalten|gelesen)/u,
    /(?:hake|frage) (?:noch ?mal|nochmals|noch einmal|erneut) nach/,
    /(?:hatten sie|hattest du) (?:schon |bereits |inzwischen )?(?:gelegenheit|zeit),? (?:sie|es|meine nachricht|sich meine nachricht) (?:anzusehen|zu lesen|durchzulesen|anzuschauen)/, /(?:konnten sie|konntest du) (?:schon |bereits |inzwischen )?(?:mal )?(?:reinschauen|hineinschauen|reinsehen)/,
    /noch (?:nichts|keine antwort) von (?:ihnen|dir) gehört/, /(?:ich )?(?:komme|melde mich) (?:noch einmal|nochmal|nochmals|erneut) (?:auf|bei|zu|wegen)/,
    /wie (?:in )?meiner (?:letzten|vorherigen) nachricht (?:geschrieben|erwähnt)/, /erinnerung an meine/,
    /(?:ist|sind) meine (?:letzte |vorherige )?(?:nachricht|nachrichten|mail|e-mail|anfrage)(?: [\p{L}]+){0,4} (?:untergegangen|verloren gegangen|verschütt gegangen)/u,
    /ich wollte mich noch einmal melden/, /(?:ist|sind) meine (?:letzte |vorherige |beiden )?(?:nachricht|nachrichten|mail|e-mail|mails)(?: [\p{L}]+){0,4} (?:angekommen|eingetroffen)/u, /nach oben (?:holen|schieben)/, /falls (?:meine nachricht|sie) untergegangen/,
  ],
  pain: [
    // ihre Lage als bekannte Not wiedererkannt: "… nicht in Verkäufe umgeschlagen – kenne ich von vielen kleinen Studios"
    /(?:kenne ich|kennen wir) (?:[\p{L}]+ )?(?:von|aus|bei) (?:so )?(?:vielen|etlichen|zahlreichen|anderen)(?![\p{L}])/u,
    // Arbeit nach der Schicht: "die Dokumentation, die Ihre Pflegekräfte am Schichtende nachtragen"
    "am schichtende", "nach schichtende", "nach dienstschluss",
    // was ausbleibt: "null Bewerbungen auf die Azubi-Stelle", "kaum Anfragen seit dem Relaunch"
    /(?:null|keine|kaum)\s+(?:einzige\s+)?(?:bewerbungen|bewerber|bewerberinnen|anfragen|buchungen|leads|rückmeldungen)(?![\p{L}])/u,
    // was nicht mehr reicht: "die Mensa ist für doppelt so viele Essen schlicht zu klein"
    "zu klein", "zu eng",
    // Leute auf ihrer Seite im Streit: "der Streit zwischen Marke und Performance", "Grabenkämpfe um das Budget"
    "streit", "streiten", "streiten sich", "grabenkampf", "grabenkämpfe*", "reibereien", "kompetenzgerangel",
    // eine Stelle oder Rechnung, die gezählte Zeit offen bleibt: "solche Stellen bleiben im Schnitt 140 Tage offen"
    /(?:stellen|positionen|vakanzen|rechnungen|tickets|anfragen|aufträge)(?: [\p{L}\d-]+){0,5} (?:\d+|zwei|drei|vier|fünf|sechs|mehrere) (?:tage|wochen|monate) (?:lang )?(?:offen|unbesetzt|vakant|unbezahlt)(?![\p{L}])/u,
    // "das ständig besetzte Telefon", "blockieren so die Leitung", "der Hausanschluss reicht selten für alle", "bleibt oft unklar, ob …"
    "ständig besetzt*", "dauernd besetzt*", "immer besetzt*", /blockier\p{L}* (?:\p{L}+ ){0,2}(?:die |das |den )?(?:leitung|leitungen|telefon|telefone|hotline|rezeption|zufahrt|einfahrt)(?![\p{L}])/u,
    "reicht selten", "reichen selten", "reicht kaum", "reichen kaum", "unklar",
    // doppelte Erfassung, Leads, die versanden, Ware, die fehlt, der große Kostenposten: „im Büro wird alles noch einmal abgetippt“,
    // „Messeleads versanden oft im Postfach“, „XXL ist ständig ausverkauft“, „Druckluft als zweitgrößter Energieposten“
    "abgetippt", "abtippen", "abzutippen", "abtippt", /(?<![\p{L}])versand(?:en|et)(?![\p{L}])/u, /(?:ständig|dauernd|immer wieder|oft|regelmäßig|häufig|schon wieder|laufend) (?:ausverkauft|vergriffen)/, "fehlbestand", "fehlbestände", "fehlbeständen",
    "kostenblock", "kostenblöcke", /größte[nmr]? (?:kosten|energie|ausgaben)(?:posten|block|faktor)/, "leckage*",
    // „da springen viele Gäste ab“: abspringen, getrennt
    /(?:springen|springt|sprangen|sprang) (?:[\p{L}-]+ ){0,5}ab(?=\s*(?:[.,;:!?–—)]|$))/u,
    // "die Neukundengewinnung stockt seit Corona", "Buchungen laufen schleppend", "eine Kennzahl, die nicht mehr stimmt"
    // (nicht "wir stocken das Team auf")
    /(?:stockt|stocken|stockte|stockten)(?! (?:[\p{L}-]+ ){0,4}auf(?![\p{L}]))/u, "ins stocken", "schleppend*", "nicht mehr stimmt", "nicht mehr stimmen", "stimmt nicht mehr", "stimmen nicht mehr",
    "problem*", "herausforderung*", "kampf", "kämpf*", "kosten", "kostet", "kosten*", "teuer*", "teure", "teuren", "teurer", "teures", "teurem", "risik*", "verlust*",
    "verlier*", "verloren*", /(?:kommen|kommt|kamen|kam) (?:[\p{L}-]+ ){0,4}nicht zurecht/u, "nicht zurechtkomm*", /niemanden (?:erreich\p{L}*|ans telefon)/u, "knapp unterlegen", /unterlegen (?:waren|war|sind|gewesen|geblieben)/, /wie wenige?(?! zeit)/, "halbleer*", "halb leer*", /(?:seit|schon) (?:[\p{L}\d]+ ){0,2}(?:tagen|wochen|monaten|jahren) (?:offen|unbesetzt|vakant)/u, "hängen bleib*", "hängenbleib*", /(?:bleibt|bleiben|blieb|blieben) (?:[\p{L}-]+ ){0,4}hängen(?![\p{L}])/u, /nicht (?:mehr )?(?:abrufbar|erreichbar|verfügbar|lieferbar|auffindbar|zustellbar)/, "schwarzfahr*", /noch (?:immer )?kein(?:e|en|er)? (?:[\p{L}-]+ ){1,2}gefunden/u, "verzöger*", "verspät*", "rückstand", "engpass*", "engpäss*", "ausschuss", "stillstand*",
    "stillstände*", "ausfall*", "ausfäll*", "fehl*", "überfordert", "überlastet", "umständlich*", /sich (?:[\p{L}\d]+ ){1,3}(?:stapeln|stapelt|türmen|türmt)(?![\p{L}])/u, "summiert sich", "summieren sich", "läppert sich", "keine hand frei", /(?:bleibt|bleiben|blieb|blieben) (?:[\p{L}\d,.-]+ ){0,6}?(?:oft |meist |nur |kaum )(?:[\p{L}\d,.-]+ ){0,6}übrig(?![\p{L}])/u, "verschieben", "verschoben", "allein gelassen", "bitter", "bittere", "bitteren", "bitterer", "bitteres", "alleingelassen*", "im stich gelassen", "abgehängt*", /(?:unter|viel|große[mn]?|hohe[mn]?|enorme[mn]?|steigende[mn]?|zunehmende[mn]?|mehr|der|den) druck(?![\p{L}])/u, "druck auf", /audit(?![\s-]?(?:log|trail|sicher|fest|ready))\p{L}*/u, "auditor*", "kostendruck*", "zeitdruck*", "termindruck*", "preisdruck*", "margendruck*", "handlungsdruck*", "wettbewerbsdruck*", "erfolgsdruck*", "leistungsdruck*", "stress", "frust*",
    "gestiegen*", "steigend*", "steigt", "explodier*", "verdoppelt", "gesunken", "gesunkene", "gesunkenen", "gesunkener", "gesunkenes", "abgelehnte", "abgelehnten", "abgelehnter", "ins geld",
    // a demand made of them from outside: "verlangt die Aufsicht einen getesteten Exit-Plan", "verlangen viele Banken eine Liquiditätsplanung"
    /(?:aufsicht|bafin|fma|finma|banken?|behörden?|prüfer|gesetzgeber|versicherer|auditoren|regulierer) (?:\p{L}+ ){0,2}(?:verlangt|verlangen|fordert|fordern)(?![\p{L}])/u, /(?:verlangt|verlangen|fordert|fordern) (?:jetzt |inzwischen |nun |seit \p{L}+ )?(?:die aufsicht|die bafin|die fma|die finma|viele banken|die banken|ihre bank|die behörden?|die prüfer|die versicherer|die auditoren)(?![\p{L}])/u, "sinkt", "sinkend*", "schwank*",
    "stagnier*", "kündigung*", "abgäng*", "abgang", "fluktuation", "frühfluktuation", "unbesetzt*", "offen* stellen", /seit (?:[\p{L}\d]+ ){1,3}(?:ausgeschrieben|vakant)(?![\p{L}])/u, /(?:ausgeschrieben|vakant) seit(?![\p{L}])/u, /offene[n]? (?:gebiete|positionen|schichten|dienste|vakanzen)(?![\p{L}])/u, "verfielen", "verfallen", "verfällt", "verfiel",
    "mangel", "fachkräftemangel", "lieferzeit*", "lieferverzöger*", "wartezeit*", "schmerz*", "schwierig*", "mühsam*",
    "scheiter*", "daneben", "aufwand", "aufwändig", "manuell*", "bremst", "ausgebremst", "hält alles auf", "hält alles andere auf", "hielt alles auf", "erst spät", "zu lang*", "dauert", "dauern", "brauchen * wochen", "sportliches ziel", "ehrgeiziges ziel", /nur (?:auf|bei) \d+/, /über (?:dem|den) (?:[\p{L}-]+ )?(?:grenzwert|richtwert|schwellenwert|limit)/u,
    /(?<!(?:bevor|ehe) es )zu spät/, "nachträglich", "lücke*", "störung*", "pingpong", "hürde*", "mahnung*", "nicht gezahlt", "zahlt nicht",
    "beschäftigt", "belastung*", "schaden", "schäden", "lagerschäden", "prämie*", "pleite*", "abwanderung*",
    "sorge", /sorgen(?! (?:dafür|für|so für|damit|zuverlässig|automatisch))/, "befürcht*", "angst", "rückgang", "rückgänge", "einbruch", "eingebrochen*", "händisch", "von hand",
// dates broken: "Liefertermine werden nicht gehalten", "Termine nicht eingehalten"
    /(?:termine?|liefertermine?|fristen|frist|zusagen|zeitpläne|zeitplan) (?:(?:werden|wurden|wird|wurde|sind|waren|können|konnten) )?(?:oft |häufig |selten |kaum )?(?:nicht|selten|kaum) (?:eingehalten|gehalten|einzuhalten|zu halten|halten|einhalten)(?![\p{L}])/u,
    // money spent, counted: "hat 2023 über 180.000 Euro für Wärme ausgegeben"
    /\d[\d.,]*\s?(?:euro|eur|€|chf|franken|mio\.?|millionen)\s+(?:im jahr\s+|pro jahr\s+|jährlich\s+)?für\s+(?:[\p{L}-]+\s+){1,3}(?:ausgegeben|ausgeben|bezahlt|gezahlt)(?![\p{L}])/u,
    // times too long: "die langen Laufzeiten nach Skandinavien", "lange Wartezeiten"
    /lange[nrs]? (?:lauf|liefer|warte|durchlauf|bearbeitungs|rüst|stand|reaktions|genehmigungs|bau)zeit(?:en)?(?![\p{L}])/u,
    // "lassen 15 % Umsatz liegen", "Geld auf der Straße liegen lassen"
    /(?:lassen|lässt|ließen|ließ) (?:[\p{L}\p{N}%€.,–-]+ ){0,4}(?:umsatz|geld|marge|euro|€|%|prozent|potenzial|aufträge|skonto|rabatte|fördergelder|fördermittel|zuschüsse|einnahmen) liegen(?![\p{L}])/u, /auf der straße liegen (?:lassen|lässt)/,
    // "das Reporting landet bei Ihnen", "Anzeigen erreichen sie selten"
    // ("Fotos landen automatisch bei dir" is what the offer delivers)
    /(?:landet|landen|bleibt|bleiben) (?!(?:automatisch|direkt|sofort|gleich|fertig|digital|sauber) )(?:[\p{L}]+ )?(?:bei ihnen|bei dir|auf ihrem tisch|auf deinem tisch)(?![\p{L}])/u, /(?:erreichen|erreicht|finden|findet|funktionieren|funktioniert) (?:[\p{L}]+ ){0,2}(?:selten|kaum)(?![\p{L}])/u,
    // "melden sich nur wenige", "bleiben die Abschlussthemen am Kernteam hängen", "schwieriger denn je"
    /nur (?:sehr )?wenige(?![\p{L}])/u, /(?:bleibt|bleiben|blieb|blieben) (?:[\p{L}-]+ ){0,5}hängen(?![\p{L}])/u, /(?:schwieriger|schwerer|härter) (?:denn|als) je/,
    "unangenehm*", "nachzahlung*", "nachforderung*", "verbrennen", "verbrennt", "verbrannt*", "verheiz*", "schnell knapp", "oft knapp", "häufig knapp", "immer knapper", /(?:bremsen|bremste|bremsten) (?:das|die|den|ihr\p{L}*|unser\p{L}*|sie|euch|dich)(?![\p{L}])/u,
    // not enough: "Schätzungen reichen oft nicht", "das Budget reicht nicht aus" (not "reicht nicht nur …")
    /(?:reicht|reichen|reichte|reichten) (?:[\p{L}-]+ ){0,3}(?:nicht|kaum|nie)(?! nur)(?![\p{L}])/u, "nicht ausreichend", "unzureichend*", "abgelehnt", "abgewiesen",
    // sent back: "zurückgewiesen", "dass die Etiketten dreimal zurückkamen" (not "komme auf Sie zurück")
    "zurückgewiesen*", "zurückweisung*", /(?<=(?:mal|mehrfach|immer wieder|ständig|wiederholt) (?:[\p{L}-]+ ){0,2})zurück(?:kam|kamen|gekommen|geschickt)(?![\p{L}])/u,
    // "bei dem hohen Stromverbrauch Ihres Melkroboters", "steigender Gasverbrauch"
    /(?:hohe[nmr]?|höhere[nmr]?|gestiegene[nmr]?|steigende[nmr]?) \p{L}*verbrauch(?![\p{L}])/u,
    // "sprengen jede Terminplanung", "das Budget ist gesprengt"
    /(?:sprengt|sprengen|sprengte|sprengten) (?:[\p{L}-]+ ){0,3}\p{L}*(?:planung|budget|budgets|rahmen|kalkulation|zeitplan|zeitpläne|termine)(?![\p{L}])/u, /\p{L}*(?:planung|budget|rahmen|kalkulation|zeitplan|zeitpläne|termine) (?:[\p{L}-]+ ){0,2}(?:sprengt|sprengen|sprengte|sprengten|gesprengt)(?![\p{L}])/u, /(?:selten|kaum|nie) (?:bis )?zu ende(?![\p{L}])/u,
    "unsicher", "doppelarbeit", /doppelte[nr]? (?:arbeit|bearbeitung|erfassung|datenpflege|rückfragen|abstimmung|buchhaltung)/, /(?:kommt|kommen) (?:[\p{L}-]+ ){0,4}auf (?:sie|dich|euch) zu(?![\p{L}])/u,
    "verderben", "verdirbt", "verdorben", "ambitioniert",
        // data kept apart: "Ihre Verbrauchsdaten liegen in drei Systemen", "auf fünf Tools verteilt"
    /(?:liegen|liegt|stecken|steckt|lagern|verteilt|verstreut) (?:in|auf|über) (?:\d+|zwei|drei|vier|fünf|sechs|mehrere[n]?|verschiedene[n]?|getrennte[n]?|unterschiedliche[n]?) (?:[\p{L}-]+ )?(?:systeme[n]?|tools|tabellen|listen|datenbanken|programme[n]?|plattformen|dateien|ordner[n]?)(?![\p{L}])/u,
    /(?:in|auf|über) (?:\d+|zwei|drei|vier|fünf|sechs|mehrere|verschiedene|getrennte|unterschiedliche) (?:[\p{L}-]+ )?(?:systeme|tools|tabellen|listen|datenbanken|programme|plattformen|dateien|ordner) (?:verteilt|verstreut)(?![\p{L}])/u,
    "excel-liste*", "excel-tabelle*", "stört", "stören", "hakt", "fest", "liegen bleiben", "bleibt liegen", "bleiben liegen",
    "verpasst*", "verpassen", "längst", "woanders", "abfall", "verschwend*", "wegwerfen", "unnötig*", "lästig*", "nervig*",
    "ärger*", "zu lange", "länger als",
    // waiting, not servicing: "wir warten Ultraschallgeräte aller Hersteller" is what the sender does
    /warten(?<!(?:wir|ich) warten)(?! wir)/, "wartet", /(?<!(?:noch|freie|freier|hätte|hätten|haben|habe|weiterhin|genug|ausreichend) )kapazität\p{L}*/u, "grenze", "abgesprungen", "abspringen", "absprung*",
    "abbrüche", "abbrecher*", "nachträglich", "nacharbeit*", "nacherfassung", "doppelt erfasst", "doppelarbeit",
    "überstunden", "am limit", "schrumpf*", "geschrumpft", /(?:schlecht|schwer|kaum) (?:zu )?(?:erreichbar|erreichen|planbar|zu finden)(?![\p{L}])/u,
    // "die Disposition sieht nur die Hälfte der Flotte", "Tankstellen, die Ihre Karte nicht akzeptieren", "den Diesel privat vorstrecken"
    /(?:sieht|sehen|sah|kennt|kennen|erreicht|erreichen|nutzt|nutzen) (?:[\p{L}-]+ ){0,3}nur (?:die hälfte|einen teil|ein drittel|ein viertel)/u, /nicht (?:akzeptier\p{L}*|angenommen)/u, "vorstrecken", "vorgestreckt", "strecken * vor", "ausfallzeit*", "reklamation*", "beschwerde*", "mahnung*", "rückstände", /frist(?!gerecht|gemäß|konform)\p{L}*/u, "bußgeld*",
    "rückstau*", "stau", "staus", "nadelöhr*", /(?:hängt|hängen|hing|hingen) (?:\p{L}+ ){0,4}(?:am|an der|an den|an dem)(?![\p{L}])/u, /(?<![\p{L}])zu (?:spröde|weich|langsam|teuer|hoch|niedrig|dick|dünn|viskos|zäh|träge|instabil|ungenau|laut|heiß|feucht|kompliziert|umständlich)(?![\p{L}])/u, /erst (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn) (?:tage|wochen|stunden|monate) (?:vorher|vor)/, "immer kurzfristiger", "rätselraten", "niemand will", "keiner will", /(?:schreck|schrecken|schreckt|schreckten) (?:[\p{L}-]+ ){0,4}zurück(?![\p{L}])/u, "abplatz*", "stumpf werden", "wird stumpf", "werden stumpf", /wander(?:n|t|te|ten) (?:[\p{L}-]+ ){0,4}ab(?![\p{L}])/u, "unvorbereitet", "bleibt nichts übrig", "nichts mehr übrig", "zeitfresser", "*zeitfresser", "nicht besetzen", "nicht besetzt", "hindernis*", "nicht lieferbar", "in gefahr", "angreifer", /knapp wird(?: es)?/, /(?:bleibt|bleiben|blieb|blieben) (?:[\p{L}-]+ ){0,4}offen(?![\p{L}])/u, "stolpern", "stolpert", "stolperten", "stolperte", /(?:tun|tut|tue|tust|tat|taten) sich (?:\p{L}+ ){0,2}schwer/u, /nicht (?:wissen|weiß|weißt|wisst|wusste|wussten),? (?:ob|welche[rsnm]?|wie|wann|was|wo)(?![\p{L}])/u, /(?:staut|stauen|staute|stauten) sich/, "teurer", "teureren", /land(?:et|en|ete|eten) (?:[\p{L}-]+ ){0,3}(?:auf dem kompost|im müll|in der tonne|im abfall|auf dem müll)/u, "nicht leichter", "nicht einfacher", /(?:sind|ist|war|waren|oft|meist|schon|immer|komplett) ausgebucht/, "knappe", "knappen", "lange schlangen", "langen schlangen", "warteschlange*", "unsichtbar", "auf halbem weg", "stapeln sich", "stapelt sich", "gestapelt*", "türmen sich", "türmt sich", "fragen ständig", "fragen immer wieder", "amateurhaft*", "unprofessionell*", "laienhaft*", "knappheit", "mangelware", "rar", "knapp kalkuliert", "knapp besetzt", "zu knapp", /(?:wird|werden|wurde|wurden) (?:\p{L}+ ){0,6}(?:knapp|eng)(?=\s*(?:[.,;:!?–—)]|$))/u,
    /offene[n]? (?:[\p{L}-]+ )?(?:stellen?|positionen|schichten|dienste|ausbildungsplätze|lehrstellen|fahrerstellen|pflegestellen)/u, "verpuff*", "rückläufig*", "wunde* punkt", "knackpunkt*", /kein\p{L}* (?!antwort|rückmeldung|reaktion|nachricht|fehler|probleme?|mängel|beanstandung)(?:[\p{L}-]+ ){0,2}(?:finden|findet|fanden|gefunden|bekommen|bekommt|bekamen)(?![\p{L}])/u, "stolperstein*", "strittig*", "heikel*", "heikl*", "anstrengend*", "zermürbend*", "kräftezehrend*", "streitfall*", "streitigkeit*", "rechtsstreit*", "fällt * raus", "fallen * raus", "fliegt * raus", "fliegen * raus", "verschwindet", "verschwinden", "verdient * gar nichts", "verdienen * gar nichts",
    "unterbesetzt", "vakan*", "stellen offen", "seit * offen", "seit * unbesetzt", "chaos", "chaotisch*", "ungenutzt", "kaum genutzt",
    /(?:ist|sind|war|waren|wird|werden) (?:eine |zur )?(?:echte |große |enorme |schwere |ziemliche )?last(?![\p{L}])/u, "undokumentiert*", "unvollständig*", "nicht erreicht", "kraftakt*", "*anrufwelle", "anrufwelle*", "krankheitswelle*", "*krankheitswelle", "altlast*", /(?:verbringen|verbringt|verbringst|verbrachte|verbrachten) (?:[\p{L}-]+ ){0,4}(?:tage|stunden|wochen|abende|nachmittage|wochenenden|zeit) damit(?![\p{L}])/u, "abschreck*", "schreckt * ab", "schrecken * ab", "schmilzt", "schmelzen", "geschmolzen", /(?:nicht|nirgends|kaum) dokumentiert/, "leerstand*", "steht leer", "stehen leer", "leerfahrt*", "leerlauf*", "abweichung*", "ständige rückfragen", "viele rückfragen",
    "rückfragen von kunden", "über budget", "über der kalkulation",
    "über dem budget", "kosten über plan", "hinter dem plan", "hinter plan", "wochenlang", "monatelang", "jahrelang", "lange schichten",
    "langen schichten", "wird oft übersehen", "werden übersehen", "leicht übersehen", "untergeht", "untergehen", "frisst",
    "fressen", "auffressen", "gefressen",
    "in die knie", "zusammenbr*", "überbuch*", "doppelt verkauft", "doppelbuchung*", "unterschätz*", "verschenkt potenzial",
    "verschenken potenzial", "verschenkt umsatz", /verschenk\p{L}* (?:\p{L}+ ){0,2}(?:fördergeld|fördermittel|förderung|geld|umsatz|honorar|marge|zeit)/u,
    "kostet bares geld", "bares geld verlieren", "betrugsfäll*", "betrugsversuch*", "betrugsrisik*", "betrüger*", "betrug", "*betrug", "fraud", "*fraud", "schlangen", "*schlangen", "warteschlange*", "gefälscht*", "fälschung*", "*fälschung", "cyberangriff*",
    "hackerangriff*", "angriffe", "hart getroffen", "unter plan", "unter den erwartungen",
    "hinter den erwartungen", /(?:trifft|treffen|traf|trafen) [^.!?\n]{1,40} hart/, "falsch erfasst", "falsch gebucht", "falsch abgerechnet", "falsche daten", "falschen daten", "falscher stammdaten",
    "falsche stammdaten", "falscher daten", "zu viele", "zu wenig*",
    "kaum noch", "kaum hinterher", "kommt kaum", "kommen kaum", "hinterherlaufen*", "hinterhertelefonier*", "hinkt hinterher", "hinken hinterher", "hinkte hinterher", "hinkten hinterher", "hinterherhink*",
    // pains said in everyday words: "läuft den Belegen hinterher", "bemängelt", "weiß niemand, was …"
    /(?:läuft|laufen|lief|liefen|rennt|rennen|hinkt|hinken)\s+(?:\p{L}+\s+){0,4}hinterher/u, "bemängel*", "beanstand*", "dilemma",
    "kapitalbindung", "kündigen", "kündigt", "gekündigt", "leer", "praktisch leer", "wechseln oft", "wechselt oft", "beschwer*", "kaum", "niemand fragt", "fragt niemand", "späte", "späten", "keine zeit", "kaum zeit", "keine ruhige minute", "kennen sie das", "kennst du das",
    "auf der mailbox", "rückrufaktion*", "harte woche", "harten wochen", "die meiste arbeit", "den größten aufwand", "erst mit der", "erst am", "erst im", "draufgeht", "draufgehen", "draufging", /(?:tut|tun|tat|taten) (?:[\p{L}\d,-]+ ){0,4}weh(?![\p{L}])/u, "weh tun", "wehtun",
    "auseinanderlauf*", "laufen auseinander", "läuft auseinander", /(?:ist|sind|war|waren|wird|werden|wurde|wurden) (?:\p{L}+ ){0,2}knapp(?=\s*(?:[.,;:!?–—)]|$))/u, /(?:wissen|weiß|weißt|wisst) (?:\p{L}+ ){0,2}nicht,? (?:ob|welche[rsnm]?|wie|wann|was|wo|dass)(?![\p{L}])/u, "zu viel", "zu viel zeit", "zu schwer", "ging unter", "gingen unter", "geht unter", "gehen unter", /(?:geht|gehen|ging|gingen) (?:[\p{L}-]+ ){1,4}unter(?=\s*[,.;:!?–—]|$)/u, /(?:wird|werden|wurde|wäre) es (?:[\p{L}-]+ ){0,6}eng(?=\s*[,.;:!?–—]|$)/u, "funktioniert nicht mehr", "funktionieren nicht mehr", "verdächtig*", "keine eigenen daten", "keine daten", "keine übersicht", "keinen überblick", "niemand ist da", "niemand da", "mühe", "erst gegen", "unbearbeitet*", "unbeantwortet*", "unbefundet*", "unerledigt*", "ungelöst*", "unentdeckt*",
    "auf papier", "per papier", "und papier", "papierkram", "zettelwirtschaft", "per fax",
    /(?:finden|findet|fanden|bekommen|bekommt|bekamen) (?:kaum|keine[n]?) [\p{L}-]+/u, "albtraum*", "abgebrochen", "abbruch", "abbruchquote*", /(?:bricht|brechen|brach|brachen) (?:[\p{L}-]+ ){1,5}ab(?![\p{L}])/u,
    // "nach Weihnachten bricht es bei fast allen Shops ein": das Verb am Satzende (nicht "bricht damit ein neues Kapitel an")
    /(?:bricht|brechen|brach|brachen) (?:[\p{L}-]+ ){0,5}ein(?=\s*(?:[.,;:!?–—)]|$))/u,
    "weiß niemand", "niemand weiß", "weiß keiner", "keiner weiß", "sieht niemand", "niemand sieht",
    // "Berichte, die ausser der IT niemand liest", "liest keiner"
    /(?:niemand|keiner) (?:so richtig |wirklich |je )?(?:liest|öffnet|nutzt|versteht|beachtet|anschaut)(?![\p{L}])/u, /(?:liest|öffnet|nutzt|versteht|beachtet) (?:[\p{L}-]+ ){0,4}(?:niemand|keiner)(?![\p{L}])/u, "auf die schnelle",
    "verdoppelte*", "verdreifacht*", "vervierfacht*", "störmeldung*", "diebstahl*", "diebstähle*", "einbrüche*", "ewig*", "hinzieh*", "zieht sich", "ziehen sich", "wie schwer", "kippt", "absenz*", "neu geplant werden", "neu planen müssen",
    "angespannt*", "doppelten aufwand", "doppelte arbeit", "doppelte einträge", "seit monaten unbesetzt", /nur zu \d+/,
    // "bei 30 Grad im Paketwagen leidet jeder Riesling", "Sendungen kommen zu warm an", "ohne Belegchaos", "ein Vermögen für …"
    "leidet", "leiden", "chaos", "*chaos", /zu (?:warm|kalt|heiß|heiss|nass|feucht)(?![\p{L}])/u, "ein vermögen",
    /(?:keiner|niemand) (?:mehr |so recht |genau |wirklich )?weiß(?![\p{L}])/u,
    /weg von (?:der|ihrer|seiner|deiner|eurer) familie(?![\p{L}])/u,
    "keine leichte aufgabe",
    /(?:schwer|kaum|schwierig) zu besetzen(?![\p{L}])/u,
    // the search for people: "Ihr Post zur Nachfolgersuche", "die Fachkräftesuche"
    "nachfolgersuche", "personalsuche", "mitarbeitersuche", "fachkräftesuche", "azubisuche", "bewerbersuche", "lehrlingssuche",
    // "ungeplante Lieferungen", "der Start ist oft zäh"
    "ungeplant*", "zäh", "zähe", "zähen", "zäher", "zähes",
    // Regeln, die strenger werden: "zu den neuen Abwasserauflagen", "die Grenzwerte wurden verschärft"
    /(?:neue[nr]?|verschärfte[nrs]?|strengere[nr]?|schärfere[nr]?) (?:\p{L}+)?(?:auflagen|grenzwerte|vorgaben|vorschriften|anforderungen|regeln|regelungen|pflichten)(?![\p{L}])/u,
    /(?:auflagen|grenzwerte|vorgaben|vorschriften|anforderungen|regeln) (?:\p{L}+ ){0,3}verschärft(?![\p{L}])/u,
    "versagt", "versagen", "versagte", "schwer kalkulierbar*", "schwer planbar*",
    // a search they are on, seen from outside ("ich habe gesehen, dass Sie zehn Umzugshelfer für die Saison suchen",
    // "dein Post zur Suche nach einem Lohnhersteller"): an open need, like an open position
    /(?:dass|wie) (?:sie|du|ihr) (?:[\p{L}\d-]+ ){1,6}(?:suchen|sucht|suchst)(?![\p{L}])/u, /(?:zur|eure[rn]?|deine[rn]?|ihre[rn]?) suche nach(?![\p{L}])/u,
    /bind(?:et|en) [^.!?\n]{0,70}(?:kapazität|kapazitäten|ressourcen|personal|kapital|liquidität|fachkraftstunden|arbeitsstunden|arbeitszeit|stunden|euro|geld)(?![\p{L}])/u,
    /(?:fällt|fallen|fiel|fielen) (?:\p{L}+ ){0,3}(?:maschine|anlage|server|system|schicht|personal|lkw|fahrer\p{L}*|fahrzeug\p{L}*|mitarbeit\p{L}*|kolleg\p{L}*|kraft|kräfte) aus/u,
    /(?:bleibt|bleiben|blieb|blieben) (?:\p{L}+ ){0,3}liegen/u, "liegen geblieben", "liegenbleiben",
    // Strafen und verärgerte Kunden, Termine, die sich schieben, Maschinen, die stillstehen, Leute, die gehen
    "vertragsstraf*", "konventionalstraf*", "strafzahlung*", "verärgert*", "verschieben sich", "verschiebt sich", "verschob sich", "verschoben", "verschobene*",
    "stillsteh*", "stillgestanden", "steht * still", "steht * * still", "stehen * still", "stand * still", "von der marge ab",
    // "ein grosser Brocken", "wenn sich die Abrechnungen bis April ziehen"
    "brocken", /sich (?:[\p{L}'’-]+ ){1,5}(?:hin)?ziehen/u, "warteten", "wartete", "leck", "*leck", "drop-out*", "dropout*", "gefährd*", "gekostet", "droht", "drohen", "drohende*", "angriff", "ransomware", "unfall", "unfälle*", "*unfall", "*unfälle",
    "verlassen den betrieb", "den betrieb verlassen", "verlassen das unternehmen", "das unternehmen verlassen", "verlassen die firma", "die firma verlassen",
    /(?:\d+|ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf) (?:jahr|jahre|monat|monate|wochen) (?:suche|wartezeit|vakanz|leerstand|verzug|rückstand)/,
    "stunden pro", "stunde pro", "stunden je", "stunden jede*", "stunden täglich", "stunden im monat", "stunden in der woche",
    "minuten pro", "minuten je", "tage pro", "tage je", "tage im monat",
    /\d+(?:[.,]\d+)?\s?%\s?(?:mehr|höhere?)\s(?:\p{L}+ )?(?:kosten|preise|retouren|ausschuss|reklamationen|beschwerden|ausfälle|fehler|lagerbestand|lagerbestände)\b[^.!?\n]{0,40}\bseit\b/u,
    "noch * offen", "noch * * offen", "lange zeit", "zurückgestellt", "auf eis", "leere", "leeren", "leerer", "krankenstand", "phishing*",
    "gestoppt", "stoppte", "stoppten", "überfällig*", "defekt*", "erst nach", "erst wenn", "erst beim", "erst bei der",
    "deutlich unter", "weit unter", /(?:lässt|lassen|ließ|ließen) (?:\p{L}+ ){0,3}liegen/u,
    /nur \d+/,
    /(?:dauert|dauern|brauchen|braucht|benötigen|benötigt)[^.!?\n]{0,30}(?:wochen|tage|monate|stunden|(?:\d+|ein|einem|zwei|drei|halbes) jahre?)/,
    /(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (?:wochen|tage|monate|stunden) (?:brauchen|braucht|dauern|dauert)/,
    // compounds: "Installkosten", "Preissprüngen", "Lieferengpässe"
    ...["kosten", "sprung", "sprünge", "sprüngen", "ausfall", "ausfälle", "ausfällen", "verlust", "verluste", "verlusten", "schäden",
      "probleme", "problemen", "problem", "angriff", "angriffe", "angriffen", "engpass", "engpässe", "engpässen", "fehler", "fehlern", "risiken", "risiko", "stillstand",
      "stillstände", "stillständen", "lücken", "mängel", "knappheit", "fluktuation", "kündigungen", "abgänge", "ausschuss",
    // (at the end: "seit 1998 Ihr kompetenter Partner" tells the firm's age, not how long a problem lasts)
      "mangel", "verzögerung", "verzögerungen", "rückgang", "rückgänge", "einbruch", "aufwand", "stress", "reklamation", "reklamationen", "beschwerden", "unsicherheit", "unsicherheiten", "unsicherheitsquelle", "fehlerquelle", "fehlerquellen"].map((w) => `*${w}`), /(?:sucht|suchen|seit) (?:seit |gerade |aktuell |derzeit )?(?:\d+(?<!seit (?:19|20)\d\d)|(?<!seit )(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig)(?= (?!jahren|jahrzehnten))|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|monaten|wochen|jahren)/,
  ],
  vaguePraise: [
    "innovativ*", "führend*", "marktführend*", "all-in-one*", "höchste* qualität", "zuverlässige* partner", "verlässliche* partner", "starke* partner", "benutzerfreundlich*", "überzeugt durch", "hochwertig*", "ganzheitlich*", "maßgeschneidert*", "massgeschneidert*", "synergie*",
    // (the adjective, not a noun built on it: "Nachhaltigkeitsbericht", "Modernisierung", "Kreativagentur" name a topic)
    /(?<![\p{L}])(?:modern|nachhaltig)(?:e[mnrs]?|er(?:e[mnrs]?)?|ste[mnrs]?)?(?![\p{L}])/u, "skalierbar*", "intuitiv*", "einzigartig*", "zukunftsweisend*", "erstklassig*",
    "leistungsstark*", "umfassend*", "individuell*", "best-in-class", "state-of-the-art", "next-level", "disruptiv*",
    "rundum-sorglos*", "all-in-one", "kompetent*", "professionell*", "bewährt*", "preisgekrönt*", "erfahrenes team", "full-service",
    // the team praised instead of the offer: "ein junges, kreatives Studio mit viel Leidenschaft", "mit Liebe zum Detail"
    /(?<![\p{L}])kreativ(?:e[mnrs]?|er(?:e[mnrs]?)?|ste[mnrs]?)?(?![\p{L}])/u, "leidenschaft*", "mit viel liebe", "mit liebe", "liebe zum detail", "mit herz", "mit herzblut", "herzblut",
    "leidenschaftlich*", "schnell wachsend*", "am schnellsten wachsend*", "schnellstwachsend*", "engagiertes team", "team aus experten", "team von experten", "vertrauen uns",
  ],
  abstractValue: [
    "mehrwert", "echten mehrwert", "mehrwert bieten", "mehrwert schaffen", "auf das nächste level", "nächste level",
    "nächsten level", "nächste stufe", "synergien", "ihren erfolg", "ihrem erfolg", "deinen erfolg", "mehr erfolg",
    "zum erfolg", "nachhaltigen erfolg", "erfolg steigern", "erfolg sichern", "garantierten erfolg", "erfolgreicher", "potenzial", "potenziale", "potenzialen", "potenzials", "potential", "potentiale", "potentialen", "potentials", "transformation",
    "spürbar*", "optimal*", "voranbringen", "nach vorne bringen", "zukunftsfähig*", "wettbewerbsfähig*", "alles kann",
    "auf das wesentliche", "aufs wesentliche", "vieles einfacher", "alles einfacher", "gestärkt * hervorgehen",
    "auf ihre eigentliche arbeit", "auf deine eigentliche arbeit", "aufs kerngeschäft", "auf ihr kerngeschäft", "auf dein kerngeschäft", "auf das kerngeschäft", "immer für sie da", "immer für dich da",
  ],
  outcomes: [
    // "acht solche Seiten brachten 190 Demo-Anmeldungen": was die Arbeit einbrachte, gezählt
    /(?:brachte|brachten|bringt|bringen|generierte|generierten|generiert|lieferte|lieferten) (?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|hundert|dutzende) (?:[\p{L}-]+ ){0,2}(?:[\p{L}-]*anmeldungen|[\p{L}-]*anfragen|leads|termine|bestellungen|bewerbungen|buchungen|neukunden|kunden|aufträge|abschlüsse|registrierungen|antworten|empfehlungen|abonnenten)(?![\p{L}])/u,
    // "30 Bestellungen im Monat, die vorher verloren gingen": what was before, counted
    /(?:die|der|das) (?:vorher|früher|zuvor|bisher)(?![\p{L}])/u,
    // "eine Fachhochschule kam so auf 74 % Auslastung": where a customer got to, counted
    /(?:kam|kamen|kommt|kommen) (?:[\p{L}-]+ ){0,3}auf (?:über |rund |knapp |fast |etwa )?\d+/u,
    // "die Preisnachlässe gingen dort um ein Drittel zurück"
    /(?:ging|gingen|geht|gehen|sank|sanken) (?:[\p{L}\d%-]+ ){0,10}zurück/u,
    // "gab es nur noch zwei Abgänge" (not scarcity: "nur noch drei Plätze frei")
    /nur noch (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einen|eine|ein) (?!(?:start|termin)?(?:plätze|platz|termine|slots|exemplare|tage)(?![\p{L}]))[\p{L}-]+/u,
    "gesenkt", "geschlossen", "gebucht", "buchten", "in folge", "hintereinander", "über plan", "über prognose", "über der prognose", "über dem plan", /(?:lief|liefen|läuft|laufen|ging|gingen|verkaufte|verkauften|funktionierte) (?:[\p{L}-]+ ){0,9}besser/u, "senkt", "senken", "senkten", "sank", "sparte", "sparten", "drückt * auf", "drückte * auf", "gedrückt", "senkte", "abgefangen", "abfangen", "fängt * ab", "aufgefangen", "halbiert", "halbieren", "halbierte", "verdoppelt", "verdoppeln", "verdreifacht", "gespart", "spart", "sparen", "amortisation", "amortisiert",
    "einsparung*", "sparst", "untergebracht", "wieder ins programm", "steigern", "seit dem vorjahr", /(?:waren|sind|ist|war) es (?:danach |dann |jetzt |dort |nur )?noch (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)(?![\p{L}])/u, /\d+\s?% (?:förderung|zuschuss|zuschüsse)/, "über dem vorjahr", "über vorjahr", "über dem vorjahresniveau", "gerettet", "rettete", "retteten", /hol(?:t|en|te|ten) (?:[\p{L}-]+ ){0,3}zurück(?![\p{L}])/u, "verkürzte", "verkürzten", "steigt wieder", "steigen wieder", /von (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf) (?:tagen|wochen|monaten|stunden|minuten) auf (?:einen|eine|ein|\d+)(?![\p{L}])/u, /(?:lag|lagen|liegt|liegen) (?:[\p{L}-]+ ){0,3}(?:so|damit|danach|dort|seitdem|seither|inzwischen|jetzt) (?:[\p{L}-]+ ){0,3}bei (?:über |unter |knapp )?\d+/u, "zuschuss", "zuschüsse", "zuschüssen", "förderquote*", "vorher waren es", "zuvor waren es", "vorher lag", "zuvor lag", /(?:kam|kamen) (?:[\p{L}\d.,%-]+ ){0,10}(?:dazu|hinzu|zusammen|zurück)(?![\p{L}])/u, /(?:blieb|blieben) (?:[\p{L}\d-]+ ){0,8}dabei(?![\p{L}])/u, /(?:kam|kamen) (?:[\p{L}\d.,-]+ ){0,8}auf (?:über |rund |knapp |insgesamt )?(?:\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert)/u, "dazugewonnen", "hinzugewonnen", "reduziert", "reduzieren", "gesteigert", "steigert", "steigerten", "erhöht", "erhöhen", "erhöhte", "erhöhten", "verbessert", "verbesserte", "verbesserten", "über dem alten niveau", "über dem früheren niveau", "über dem vorherigen niveau", "vermieden",
    "verhindert", "abgewehrt", "abgewendet", "gehalten", "brachte", "bringen", "bringt", "gebracht", "füllen", "besetzt", "weniger", /mehr(?! als)/, "schneller",
    "günstiger", "niedriger", "höher", "unter", "statt", "anstatt", "von * auf", "auf * gesenkt", "innerhalb", "innert",
    "binnen", "ohne", "kein* abbruch", "nicht mehr", "wieder auf", "plus", /[+]\s?\d+(?:[.,]\d+)?\s?%/,
    "sanken", "sinken", "sinkt", "fiel", "fielen", "fiel weg", "weg", "weggefallen", "entfiel*", "zusätzlich*", "gewonnen",
    // der Stand nach der Arbeit, gezählt: „nach der Zusammenführung lag die Dublettenquote bei 1,4 %“
    /(?<![\p{L}])nach (?:der|dem|den|einer|einem|unserer|unserem|ihrer|ihrem|go-live|einführung|umstellung)(?![\p{L}])[^.!?\n;]{0,60}?(?:lag|lagen|stand|standen|liegt|liegen) (?:[\p{L}-]+ ){0,3}(?:bei|auf) (?:nur |nur noch |knapp |rund |etwa |gerade )?\d[\d.,]*\s?%/u,
    "stieg", "stiegen", "wuchs", "jetzt bei", "nun bei", "heute bei", "liegt jetzt", "liegen jetzt", "jetzt nur noch", "jetzt unter", "jetzt über", "eingespart", "pro woche", "pro monat", "pro jahr",
    "verkürzt", "beschleunigt", /\d+(?:[.,]\d+)?\s?%?\s+(?:auf|→|->)\s+\d+/,
    // früher als vorher, gefunden, was verloren ging, nichts mehr vom Problem übrig
    "verringert", "verringern", "verringerte", "verringerten", "gekürzt", "wochen früher", "tage früher", "monate früher",
    "früher fertig", "kürzer", "rascher", "verlängert", "verlängerte", "verlängern",
    // "dauert dort jetzt 5 Arbeitstage", "seitdem 20 % mehr Aufträge", "Gäste buchen früher" (as "now" and "earlier" in English)
    "jetzt", "seitdem", "seither", "früher", "im schnitt", "im durchschnitt",
    "pünktlich", /(?:könnten|können|könnte|kann|wären|wäre) (?:[\p{L}]+ ){0,3}(?:starten|anfangen|einsteigen|frei)(?![\p{L}])/u, /(?:starten|anfangen|einsteigen) (?:könnten|können|könnte|kann)(?![\p{L}])/u, /ab (?:sofort|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember) (?:[\p{L}]+ ){0,2}(?:frei|verfügbar)/u, /anonymisierte[n]? (?:profile|lebensläufe|kurzprofile)/, /(?:sofort|kurzfristig|ab (?:dem )?[\p{L}\d.]+) (?:verfügbar|einsetzbar)/u, "verkleinert", "nachbestellt", "nachbestellen", /(?:lag|lagen|blieb|blieben) (?:[\p{L}-]+ ){0,5}(?:durchgehend |stets |immer |konstant )?(?:über|unter|bei) \d[\d.,]*/u, "rechtzeitig", "fristgerecht", "termingerecht", "vorzeitig", "abgebaut", "aufgeholt", "aufgedeckt",
    "erreicht", "geschafft", "abgeschlossen", "erledigt", "wieder im plan", "wieder im budget", "wieder pünktlich", "gestreckt",
    "brachten", "gefördert", /deckte? (?:\p{L}+ )?\d+(?:[.,]\d+)?\s?%/u, "löste", "lösten", "gelöst",
    // "bis zu 40 Busse an einem Anschluss, der sonst nur für 25 reicht"
    /sonst (?:nur |bloß |lediglich )?(?:für |bei |auf )?\d[\d.,]*(?![\p{L}\p{N}])/u,
    // eine Warnung rechtzeitig: "meldet den Verschleiß drei Wochen vor dem Ausfall"
    /(?:stunden|tage|tagen|wochen|monate|monaten) (?:vor|vorher vor) (?:dem |einem |der |einer |jedem |jeder )?(?:ausfall|störung|stillstand|schaden|defekt|bruch|leck)(?![\p{L}])/u,
    // "so waren wieder 80 % des Volumens abgesichert": a share covered (again)
    /(?:war|waren|ist|sind) (?:\p{L}+ )?wieder (?:über |rund |knapp |gut )?\d[\d.,]*\s?%/u, /\d[\d.,]*\s?% (?:[\p{L}-]+ ){0,4}(?:abgesichert|gedeckt|versichert|abgedeckt)(?![\p{L}])/u,
    // "in sechs Wochen 41 Bewerbungen", "um zwei Drittel zurückgegangen", "zwei Pumpenschäden vor dem Ausfall erkannt"
    "in * tagen", "in * wochen", "in * monaten", /(?<!(?:für|auf|mir|uns|kurz) )in (?:unter |etwa |rund |knapp |nur )?(?:\d+|zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|dreißig|wenigen) (?:minuten|stunden)(?! (?:\p{L}+ ){0,3}(?:erklären|zeigen|vorstellen|durchgehen|besprechen|erläutern|telefonieren|sprechen|montiert|installiert|eingerichtet|aufgebaut|eingebaut|angeschlossen|programmiert|konfiguriert|eingelernt))/u, "vom ersten tag an", "ab dem ersten tag", /nach(?<!erst nach) (?:einem|einem halben|einer|zwei|drei) (?:jahr|jahren|saison|quartal)/, /in (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) bis (?:\d+|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf) (?:tagen|wochen|monaten|stunden|minuten)/, "gesunken", "zurückgegangen", "zurückgehen", "zurückging", "zurückgingen",
    "erkannt", "entdeckt", "gefunden", "begrenzt", "zurückgewonnen", "senkte", "wieder über", "am selben tag", "am gleichen tag",
    "über nacht", "am nächsten tag", "gelöst", "bestanden", "im ersten anlauf", "auf anhieb", "inzwischen", "mittlerweile", /ging (?:\p{L}+ ){0,4}durch/u,
    // "nach drei Wochen lagen die Seiten vor"; "erst nach drei Wochen" is the pain, not the result
    /nach(?<!erst nach) (?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf) (?:tagen|wochen|monaten)/, "zurückgeholt", "zurückbekommen", "keine einzige", "keinen einzigen", "kein einziges",
    // ("erst nach drei Wochen" is the wait, not the result)
    /(?<!erst |frühestens |bis )nach (?:[\p{L}\d.,]+ )(?:arbeitstagen|tagen|wochen|stunden|minuten)/u, "bewilligt", "genehmigt", "in nur * tagen", "in nur * wochen", "innerhalb von * tagen", "innerhalb von * wochen", "innerhalb von * monaten",
    "schon nach * wochen", "bereits nach * wochen", "auf null", "null reklamationen", "null ausfälle", "null fehler",
    /kein(?:e|en|em|er)? (?:\p{L}+ ){1,2}mehr(?! als)(?=\s*[.,;:!?\n]|$)/u,
    /\d+(?:[.,]\d+)?[- ]?mal (?:so|mehr)/, /\d+(?:[.,]\d+)?\s?%\s?(?:weniger|mehr|unter|(?:niedriger|höher|günstiger|schneller|tiefer|geringer|kürzer)(?:e[nrms]?)?)/,
  ],
  // Ergebnisse ohne Zahl (value.ts): ein Ergebnis in einem Wort, eine Last, die wegfällt, Kosten, die gleich bleiben
  strongOutcomes: [
    // what follows from the mechanism, in plain words: "So muss morgens niemand mehr hinterhertelefonieren",
    // "So landen weniger verärgerte Kunden bei Ihren Mitarbeitenden", "So werden die Zimmer … fertig, und die Lobby bleibt ruhiger"
    /(?:muss|müssen) (?:[\p{L}-]+ ){0,3}niemand mehr(?![\p{L}])/u, /so (?:[\p{L}-]+ ){1,3}kaum (?:noch|mehr)(?![\p{L}])/u,
    /(?:seitdem|seither) (?:[\p{L}-]+ ){0,6}(?:vollständig|komplett|voll) (?:besetzt|belegt|ausgebucht)(?![\p{L}])/u, /(?:blieb|blieben) (?:so|damit|dadurch) \d[\d.,]*/,
    /so (?:landen|landet|kommen|kommt|gehen|geht|bleibt|bleiben|werden|wird|laufen|läuft|sind|ist) (?:[\p{L}-]+ ){0,6}(?:weniger|seltener|schneller|ruhiger|früher|pünktlicher|fertig)(?![\p{L}])/u,
    // "damit … keine Vertragsstrafen mehr anfallen": a cost that no longer arises
    /kein(?:e|en)? (?:[\p{L}-]+ ){0,2}mehr (?:anfallen|anfällt|entstehen|entsteht|drohen|droht)(?![\p{L}])/u,
    // what hardly happens any more since the change: "Seit offene Dienste per App gehen, ist die Leitung abends kaum noch am Telefon"
    /(?:seitdem|seither|inzwischen|mittlerweile)(?![\p{L}])[^.!?]{0,80}kaum (?:noch|mehr)(?![\p{L}])|seit [^.!?,]{5,80}, (?:[\p{L}-]+ ){0,6}kaum (?:noch|mehr)(?![\p{L}])/u,
    // "erledigt das in wenigen Minuten", "binnen Stunden"
    /(?:in|binnen|innerhalb von) (?:wenigen |nur )?(?:stunden|minuten|sekunden)(?![\p{L}])/u,
    // „seitdem ruft niemand mehr die Fahrer einzeln an“, „haben Sie die Korrekturläufe komplett vom Tisch“
    /seit(?:dem|her) (?:[\p{L}-]+ ){0,3}(?:niemand|keiner|nichts) (?:[\p{L}-]+ ){0,4}mehr(?![\p{L}])/u, /(?:komplett|ganz|endgültig) vom tisch/,
    "halbiert", "halbieren", "halbierte", "halbierten", "verdoppelt", "verdoppeln", "verdoppelte", "verdreifacht", "verdreifachen", "füllen", "besetzen", /fiel(?:en)? weg/,
    // "die Pflegekräfte fahren jetzt direkt zum ersten Patienten statt zur Zentrale": the new way against the old
    /(?:jetzt|inzwischen|mittlerweile|heute) (?:[\p{L}\d-]+ ){1,8}(?:statt|anstatt)(?![\p{L}])/u,
    /(?:gehen|geht|gingen|ging|kommen|kommt) (?:[\p{L}-]+ ){0,2}pünktlich (?:nach hause|in den feierabend|heim)/u,
    // "dass Sie keinem Beleg mehr hinterherlaufen müssen": what the reader no longer has to do
    /(?:kein|keine|keinen|keinem|keiner|nicht) (?:[\p{L}-]+ ){0,3}mehr (?:[\p{L}-]+ ){0,3}(?:müssen|muss|musst)(?![\p{L}])/u,
    // "konnten die Freibäder dadurch an allen Tagen öffnen", "konnte die Mannschaft so rechtzeitig den Stützdruck anpassen": what a customer could do by it
    /(?:konnte|konnten) (?:[\p{L}-]+ ){0,4}(?:dadurch|damit|so)(?= (?!wie |dass |viel|lange))/u,
    // "fielen die privaten Auslagen der Fahrer dadurch fast ganz weg"
    /fiel(?:en)? (?:[\p{L}-]+ ){1,8}weg(?=\s*[.,;:!?–—]|\s*$)/u, "entfiel", "entfielen", "weggefallen", "ist entfallen", "sind entfallen", /(?:tage|wochen|monate) vor (?:der|dem) (?:frist|termin|fristende|abgabetermin)/, "erspart", "ersparen", "ersparte", "ersparten", /(?:tage|wochen|monate|stunden) (?:vorher|im voraus|vor (?:dem|der) (?:ausfall|riss|schaden|bruch|störung))/, /geplant\p{L}* (?:statt|anstatt|anstelle) (?:von )?ungeplant/u,
    /(?:blieb|blieben|bleibt|bleiben) (?:[\p{L}\d-]+ ){0,6}(?:stabil|konstant)(?![\p{L}])/u, "steht nicht still", "stehen nicht still", "stand nicht still", "standen nicht still", /(?:bei|in) der ersten (?:anprobe|prüfung|abnahme|begehung|kontrolle|lieferung)/,
    /ohne (?:einen|eine|ein) einzige[ns]?/, /(?:muss|müssen|musste|mussten) (?:\p{L}+ ){0,4}nicht mehr/u,
    /in keinem (?:einzigen )?(?:der |dieser )?fälle/, "beseitigt", "eliminiert", "nachgeholt", /(?:kam|kamen|kommt|kommen) (?:[\p{L}-]+ ){0,3}durch (?:das|die|den) (?:audit|prüfung|zertifizierung|rezertifizierung|abnahme|begehung)(?![\p{L}])/u, /ohne (?:haupt|neben)?abweichung(?:en)?(?![\p{L}])/u,
    "zurückbekommen", "zurückgewonnen", "zurückgeholt",
    // time or staff freed: "eine halbe Stelle frei bekommen", "zwei Tage pro Woche freigespielt"
    "freigespielt", "freibekommen", "freigemacht", "freigeworden", /frei (?:bekommen|bekam|bekamen|gemacht|geworden|gespielt)(?![\p{L}])/u, /wieder (?:über|auf) (?:dem|das) niveau/,
    /null (?:fehler|reklamationen|ausfälle|beanstandungen|verspätungen)/, /(?:stabil|konstant|gleich) gehalten/,
    /kein\p{L}* (?:\p{L}+ ){1,2}mehr (?:versäumt|verpasst|verloren|gezahlt|bezahlt|verschoben|abgesagt|storniert|ausgefallen)/u,
    // "in Landshut sind die Brezen seitdem wieder kastanienbraun", "läuft seither wieder normal"
    /(?:seitdem|seither|inzwischen) (?:[\p{L}-]+ ){0,4}wieder(?![\p{L}])/u, "wieder normal",
    // "kein einziges Menü war falsch", "keine einzige Lieferung kam zu spät"
    /kein\p{L}* einzige\p{L}* (?:[\p{L}-]+ ){1,2}(?:war|waren|ging|gingen|kam|kamen) (?:falsch|verloren|zu spät|zurück|beschädigt)(?![\p{L}])/u,
    // "das Serviceteam telefoniert nur noch bei echten Problemen"
    /nur noch (?:\p{L}+,? )?(?:bei|wenn|für)(?![\p{L}])/u, /(?:ist|sind|war|waren) (?:[\p{L}-]+ ){0,7}(?:fast |nahezu |praktisch |so gut wie )?verschwunden/u, "kostenneutral", "rechnet sich", "amortisiert sich", /nur noch (?:ein|einen) bruchteil/, /(?:doppelt|dreimal|zweimal) so (?:viele|viel|schnell)/,
    /(?:tage|wochen|monate) früher/, /auf null (?:gesenkt|gebracht|gedrückt|reduziert)/,
    /(?:minuten|stunden|tagen|wochen) (?:statt|anstatt|nicht) (?:stunden|tage|tagen|wochen|monate|monaten)/, /(?:beim|im) ersten (?:termin|besuch|anlauf|versuch|durchgang|einreichen|antrag|audit)/,
    /(?:hatte|hat|hatten|haben) (?:seitdem |seither |danach )?keine (?:weiteren|neuen) \p{L}+/u,
    // "Ihnen geht keine Nachzahlung verloren", "der Kunde wartet nicht auf einen zweiten Termin", "9 der letzten 10 Vermittlungen"
    /(?:geht|gehen|ging|gingen) (?:\p{L}+ ){0,2}(?:keine?|nichts) (?:[\p{L}-]+ ){0,2}(?:mehr )?verloren/u,
    /(?:wartet|warten|wartete|warteten|braucht|brauchen) (?:\p{L}+ ){0,2}(?:nicht (?:mehr )?auf|keinen|keine|kein) (?:einen |eine |ein )?(?:zweiten|zweite|zweites|weiteren|weitere|erneuten|erneute)/u,
    /(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|neunzehn|zwanzig) (?:von|der) (?:unseren |ihren |seinen |den )?letzten (?:\d+|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig)/, /ohne (?:eine |jede )?(?:beanstandung|beanstandungen|mängel|nachforderung|rückfrage|nachbesserung|nachbesserungen|nacharbeit|nachtrag|nachträge)/,
    // "ohne Ausfall an der Kassa", "seitdem gab es keinen einzigen Stillstand mehr", "pro Filiale an einem Vormittag"
    /ohne (?:einen |eine |jeden |jede )?(?:ausfall|ausfälle|stillstand|stillstände|unterbrechung|unterbrechungen|störung|störungen|ausfallzeit)/,
    /kein(?:en|e|er|em)? einzige[nrs]? (?:[\p{L}-]+ ){1,4}mehr/u, /(?:gab|gibt) es (?:[\p{L}-]+ ){0,4}kein(?:en|e|er)? (?:[\p{L}-]+ ){0,2}mehr(?![\p{L}])/u, /(?:an|in) einem (?:vormittag|nachmittag|einzigen tag)/,
    /(?:musste|mussten|muss|müssen) (?:[\p{L}\d-]+ ){0,4}kein(?:en|e|es)? einzige[nrs]?(?![\p{L}])/u,
    // "zu einem Drittel der bisherigen Kosten", "seither gab es dort keinen einzigen Rechtsstreit"
    /(?:drittel|hälfte|viertel|bruchteil) (?:der|des) (?:bisherigen|früheren|alten|ursprünglichen)/, /(?:seither|seitdem|danach) (?:gab|gibt) es (?:[\p{L}-]+ ){0,3}kein\p{L}*/u,
  ],
  multipliers: ["halbiert", "halbieren", "halbierte", "verdoppelt", "verdoppelte", "verdreifacht", "verdreifachte", "vervierfacht"],
  reductions: [
    /statt (?:[\p{L}\d.,€%-]+ ){1,4}nur noch/u,
    // "fiel die Retourenquote von 8 auf 2 %", "fielen die Kosten um 12 %"
    /fiel(?:en)? (?:[\p{L}\d.,%-]+ ){0,4}(?:von|um|auf) (?:rund |etwa |knapp |über |unter )?\d[\d.,]*/u,
    "gesenkt", "senkt", "senken", "senkte", "senkten", "sank", "sanken", "sinkt", "sinken", "gesunken", "halbiert", "gespart",
    "spart", "sparen", "sparte", "sparten", "eingespart", "einsparung*", "reduziert", "reduzieren", "reduzierte",
    "verringert", "verringerte", "verringerten", "verkürzt", "verkürzte", "verkürzten", "halbierte", "halbierten", "vermied", "vermeidet", "verhinderte", /auf (?:fast |nahezu |praktisch )?null (?:gebracht|gesenkt|reduziert|gedrückt)(?![\p{L}])/u, /nur noch halb so (?:lang|oft|viel|viele)(?![\p{L}])/u, "gedrückt", "drückte", "drückten", /(?:ging|gingen) (?:[\p{L}\d%-]+ ){0,10}zurück(?![\p{L}])/u, "vermieden", "verhindert", "weniger",
    "zurückgegangen", "zurückging", "gekürzt", "nicht mehr", "abgebaut", "zurückgeholt", "zurückbekommen",
  ],
  units: [
    /\d+(?:[.,]\d+)?\s?%/, /\d+(?:[.,]\d+)?\s?(?:€|euro|eur|chf|franken)/, /\d\s?(?:tsd|mio|k)\b/,
    "tag", "tage", "tagen", "woche*", "monat*", "jahr", "jahre", "jahren", "jahres", "stunde*", "minute*", "sekunde*", "prozent", "punkte", "km", "kg", "euro",
  ],
  customers: [
    "kunde", "kunden", "kundin", "kundinnen", "betriebe", "betrieben", "unternehmen", "firmen", "werk", "werke", "werken",
    "klinik", "kliniken", "krankenhaus", "krankenhäuser", "krankenhäusern", "häuser", "häusern", "standort", "standorte",
    "standorten", "projekt", "projekte", "projekten", "marke", "marken", "filiale", "filialen", "schule", "schulen", "praxen",
    "bank", "banken", "versicherer", "versicherern", "gemeinde", "gemeinden", "kommune", "kommunen", "stadtwerk*",
    "hersteller*", "zulieferer*", "kanzlei", "kanzleien", "mandanten", "händler*", "lieferdienst*", "pflegeheim*",
    "einrichtungen", "verlag", "verlage", "verlagen", "brauerei", "brauereien", "hotel", "hotels", "tischlerei*",
    "spedition", "speditionen", "mittelständler*", "einführungen", "besetzungen", "vermittlungen",
  ],
  numberWords: [
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "drittel", "viertel", "hälfte", "doppelt", "doppelte*", "dreifach*", "vierfach*", "zehnfach*", "einziger", "einzige",
    "halb", "halbe", "halben", "halbes", "halber", "anderthalb", "eineinhalb", "*einhalb", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "sechzig",
    /jede[rs]? (?:zweite|dritte|vierte|fünfte|sechste|siebte|siebente|achte|neunte|zehnte)[nrs]?/, "siebzig", "achtzig", "neunzig", "tausend*", "million*", "milliarde*", "hunderte", "dutzend*", "fünftel", "zehntel",
    "dreissig",
    // eine Spanne vom Start an: "im ersten Halbjahr", "in der ersten Woche"
    "im ersten monat", "im ersten quartal", "im ersten halbjahr", "im ersten jahr", "in der ersten woche",
    // "nur noch bei jedem fünften Antrag": ein Anteil als Ordnungszahl
    "jede* zweite*", "jede* dritte*", "jede* vierte*", "jede* fünfte*", "jede* zehnte*",
    // eine Einheit, mit dem Artikel gezählt: "auf unter eine Stunde", "um einen Prozentpunkt"
    "eine stunde", "einer stunde", "einen tag", "einem tag", "eine woche", "einer woche", "einen monat", "einem monat",
    "ein jahr", "einem jahr", "einen prozentpunkt", "ein prozentpunkt", "einem prozentpunkt",
  ],
  senderVoice: ["wir", "unser", "unsere", "unseren", "unserem", "unserer", "uns"],
  pitch: [
    // „Gerne erstelle ich Ihnen eine unverbindliche Offerte“, „Wir haben für Stadtwerke eine App gebaut“, „zum halben Preis“
    /(?:erstelle|schicke|sende|mache) (?:ich )?(?:ihnen |dir |euch )?(?:gern |gerne )?(?:eine |ein )?(?:unverbindliche[sn]? |kostenlose[sn]? |individuelle[sn]? )?(?:offerte|angebot)(?![\p{L}])/u,
    /wir haben (?:[\p{L}-]+ ){0,3}(?:eine |ein |einen )?(?:[\p{L}-]+-)?(?:app|software|plattform|tool|lösung|system) (?:[\p{L}-]+ ){0,2}(?:gebaut|entwickelt)(?![\p{L}])/u, "zum halben preis",
    /(?:unser|unsere|unseren|unserem|unserer) (?:\p{L}+-)?(?:tool|plattform|software|lösung|lösungen|produkt|angebot|service|dienstleistung|app|agentur|team|kampagne|kampagnen|programm|ansatz|system|beratung|methode|konzept|verfahren|paket|recruiting-kampagnen|\p{L}*(?:kampagnen|lösung|software|plattform))/u,
    /wir (?:helfen|bieten|liefern|verkaufen|bauen|unterstützen|füllen|besetzen|bringen|entwickeln|vermitteln|übernehmen|installieren|automatisieren|digitalisieren|produzieren|drehen|gestalten|realisieren|fertigen|veranstalten)/,
    // the sender's material and events: "Unsere Referenzen im Messebau: …", "unser Showreel", "einen Platz für Sie reservieren"
    /(?:unser|unsere|unseren) (?:referenzen|portfolio|showreel|broschüre|katalog|imagefilm)(?![\p{L}])/u, /platz (?:für sie |für dich |für euch )?(?:reservieren|freihalten|frei halten)/, /(?:dafür|deshalb|darum) haben wir (?:\p{L}+ ){1,3}(?:gebaut|entwickelt|gegründet|geschaffen)/u, /ich helfe/, /ich biete|biete ich/,
    /(?:mein|meine|unser|unsere|unseren) (?:leistungsspektrum|leistungen|portfolio|angebot|unternehmen|agentur|produkte|lösungen) (?:\p{L}+ )?(?:vorzustellen|vorstellen|präsentieren)/u,
    // was das Produkt tut, mit ihm als Subjekt: "unsere KI-Prüfung erkennt sie vor dem Reflow"
    /(?:unser|unsere) (?!kund\p{L}*|team|gespräch|austausch)[\p{L}-]+(?: [\p{L}-]+)?(?= (?:erkennt|findet|meldet|senkt|halbiert|spart|sparte|beendet|beendete|löst|löste|verhindert|automatisiert|ersetzt|prognostiziert|entfernt|übernimmt|drückt|verkürzt|reduziert|beschleunigt|hält|bringt|liefert|holt|kommt zu (?:ihnen|dir|euch))(?![\p{L}]))/u,
    /(?:helfen|bieten|liefern|verkaufen|unterstützen|füllen|besetzen|bringen|entwickeln) wir/,
    /demo(?<=(?:eine|einer|einen|unsere[rmn]?|kurze[rmn]?|kostenlose[rmn]?|persönliche[rmn]?|einstündige[rmn]?|\d+[- ]?minütige[rmn]?) (?:\p{L}+-)?demo)/u, "live-demo", "online-demo", "kostenlos testen", "testzugang", "preise", "preisliste", "unsere konditionen", "rabatt", /(?:ein|einen) (?:termin|telefonat|call)/,
    // a price or a quote: "2.400 €/Monat", "Soll ich dir ein Angebot machen?" (a price begins with its figure: found as fast as any figure)
    /\d[\d.,]*\s?(?:€|euro|eur|chf|franken)\s?(?:\/\s?|pro |im |je )(?:monat|jahr|stunde|nutzer|mitarbeiter|mitarbeitende[nr]?|platz|lizenz)/, /(?<!(?:vor|nach|bei|mit) dem )(?:ein )?angebot (?:machen|schicken|erstellen|zusenden|senden)/,
    // "ab 49 €/m²", "Festpreis ab 12.900 €", "ab 500 Stück": a price list
    /ab \d[\d.,]*\s?(?:€|euro|eur|chf|franken|stück)/, "festpreis*", "fixpreis*", "pauschalpreis*", "einführungspreis", /(?:eine |die )?offerte (?:senden|schicken|machen|erstellen|zusenden|zukommen)/, /(?:wir sind|ich bin|als) (?:ein|eine|der|die|ihr|ihre) (?:[\p{L}-]+,? ){0,4}(?:anbieter|partner|partnerin|agentur|dienstleister|spezialist|spezialistin|beratung|lieferant)(?![\p{L}])/u, /unterstütze[n]? (?:sie|dich|euch) gern/, /(?:kostenlos|gratis)\p{L}* (?:[\p{L}-]+ ){0,2}(?:pilot\p{L}*|test\p{L}*|analyse|check|beratung|erstgespräch|potenzialanalyse)/u, "gratis-test",
    // a recruiter's candidates on offer: "Ich habe drei Kandidaten mit S/4-Erfahrung", "anonymisierte Profile schicke ich Ihnen gern"
    /(?:ich habe|wir haben) (?:aktuell |gerade |derzeit |bereits )?(?:\d+|zwei|drei|vier|fünf|mehrere|passende) (?:[\p{L}-]+ )?(?:kandidat\p{L}*|bewerber\p{L}*|profile|fachkräfte)(?![\p{L}])/u, /profile (?:schicke|sende) ich/,
    // an offer made on condition: "Falls Sie für den zweiten Bauabschnitt noch eine Vermessung brauchen: Wir …"
    /(?:falls|wenn|sollten) (?:sie|du|ihr) (?:[\p{L}\p{N}-]+ ){0,8}(?:brauchen|benötigen|brauchst|benötigst|braucht|benötigt)(?=[:,]? (?:wir|ich|melden|sprechen|schreiben)\b)/u,
    /(?<!(?:gespräch|gesprächs|austausch|austauschs|besuch|besuchs|treffen|gesprochen|unterhalten|getroffen|kennengelernt|kennen gelernt|erwähnt|erzählt) (?:[\p{L}-]+ ){0,3})(?:an|auf|zu) unserem (?:stand|messestand)(?![\p{L}])/u, /(?:\d+|zehn|fünfzehn|zwanzig|dreißig) minuten (?:[\p{L}-]+ ){0,3}(?:verkostung|probieren)/u,
  ],
  references: [
    /(?:tut mir leid|leid getan),? (?:zu lesen|zu hören|das zu lesen)/,
    // "Ihr letzter Beitrag", "Ihr DIVI-Vortrag", "euer Pilot": ihre Beiträge, und was bei ihnen geschah (one regex: each is a scan of the message)
    /(?:ihr|ihre|ihren|ihrem|ihrer|dein|deine|deinen|deinem|deiner|euer|eure|euren|eurem|eurer) (?:letzter |letzten |letzte |letztes |aktueller |aktuellen |aktuelle |neuer |neuen |neue |neues |jüngste |jüngsten |\p{L}+er )?(?:[\p{L}\p{N}]+-)?(?:post|beitrag|kommentar|vortrag|artikel|interview|podcast|talk|panel|keynote|newsletter|story|punkt|frage|webinar|video|präsentation|linkedin-post|text|essay|buch|folge|rede|studie|whitepaper|folien|pilotprojekt|pilot|referat|auftritt|relaunch|umzug|neubau|jubiläum|launch|marktstart|produktstart|eröffnung|expansion|übernahme|fusion|finanzierungsrunde|ausschreibung|stellenanzeige|stellenausschreibung|beförderung|auszeichnung)/u,
    /(?:gratul|glückwunsch|glückwünsch)\p{L}*/u,
    /(?:habe|hab) (?:gesehen|gelesen|gehört|mitbekommen)/, /(?:gesehen|gelesen|gehört|mitbekommen),? dass/,
    // what they wrote or said: "Sie schreiben, dass …", "Sie haben erwähnt, dass …", "wie du geschrieben hast"
    /(?:sie|du) (?:haben |hast |hatten |hattest )?(?:geschrieben|gepostet|erwähnt|betont|berichtet)/, /(?:sie|du) (?:schreiben|schreibst|erwähnen|erwähnst|berichten|berichtest),? dass/,
    /(?:wir haben uns|uns) (?:auf|bei) (?:der|dem)/, /kennengelernt/, /gemeinsame[rn]? (?:kontakt|bekannte)/,
    /danke für (?:ihre|deine|die) (?:antwort|rückmeldung|frage|vernetzung)/, /wie versprochen/, /(?:sie|du) (?:suchen|suchst|sucht) /,
    /wie (?:sie|du) (?:schreiben|schreibst|schrieben|schriebst|posten|postest)/, /sie (?:sagten|schrieben|erwähnten)/, /du (?:sagtest|schriebst|erwähntest)/,
  ],
  stopwords,
  plainWords: new Set(
    `hilfe helfen unterstützen unterstützung unterstützt unternehmen lösung lösungen plattform wachstum potenzial effizienz effizient
    partner ansatz wirklich perfekt einfach einmal nochmal wollte wollten erinnerung antwort antworten rückmeldung freuen freue nachricht
    nachrichten letzten letzte letzter erhalten bekommen melden bisher leider gerne interessant spannend kurzen kurze kurzes gemeinsam
    zusammen chance möglichkeit möglichkeiten thema themen passen passt angebot angebote weiterhin erfahrung erfahrungen bewährt
    erfolgreich erfolg ergebnisse leistung leistungen service kontakt austausch
    markt märkte branche branchen herausforderung herausforderungen heutigen schnelllebigen zeiten kunden experten
    ganzheitlich ganzheitlichen innovativ innovativen innovative direkt software vieles einfacher`.split(/\s+/),
  ),
};
