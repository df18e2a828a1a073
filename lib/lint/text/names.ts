import { memoize } from "./memo";
import { fold } from "./normalize";

/** Words that precede a name but are not one: honorifics and academic titles (DACH uses many). */
const TITLE = /^(?:herr|herrn|frau|mr|mrs|ms|miss|mx|dr|doctor|doktor|prof|professor|professorin|mag|ing|di|dipl|dkfm|mba|med|phil|rer|nat|jur|pd|sir|madam|lady|lord|dame|prim|primar|primaria|primarius|hofrat|hofrätin|kommerzialrat|kr|oa|oberarzt|oberärztin|chefarzt|chefärztin|rev|revd|arch|bakk|msc|bsc|ddr|univ|stb|direktor|direktorin|generaldirektor|generaldirektorin|präsident|präsidentin|bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|rektor|rektorin|dekan|dekanin|landrat|landrätin|regierungsrat|regierungsrätin|ministerialrat|ministerialrätin|notar|notarin|rechtsanwalt|rechtsanwältin|anwalt|anwältin|pfarrer|pfarrerin|ministerin|senator|senatorin|stadtrat|stadträtin|kommerzialrätin|ökonomierat|ökonomierätin|staatsanwalt|staatsanwältin)$/i;

export function isTitle(word: string): boolean {
  return TITLE.test(word.replace(/\.$/, "").replace(/-.*$/, ""));
}

// "phil", "med", "rer", "nat", "jur" are degrees only after a doctor's title or with their dot ("Dr. phil.");
// "Phil" alone is a first name
const DEGREE = /^(?:phil|med|rer|nat|jur)$/i;
const DOCTOR = /^(?:dr|prof|ddr)\.?$/i;

/** Whether a word in a name or greeting is a title, given the word before it ("Dr. phil." but "Hi Phil"). */
export function isTitleIn(word: string, previous: string | undefined): boolean {
  if (!isTitle(word)) return false;
  return !DEGREE.test(word) || (previous !== undefined && DOCTOR.test(previous));
}

// A few common short forms, so "Hi Tom" greets Thomas and "Hallo Sepp" greets Josef. Looked up
// through Maps: as an object's keys, a prospect called "Constructor" would find Object's.
const NICKNAME_LIST: Record<string, string[]> = {
  thomas: ["tom", "tommy"], robert: ["rob", "bob", "bobby"], william: ["will", "bill", "billy"],
  elizabeth: ["liz", "beth", "lisa", "betty"], katharina: ["kathi", "kati", "katja", "kat"], katherine: ["kate", "kathy", "katie"],
  michael: ["mike", "micha", "michi"], alexander: ["alex", "sascha", "xander"], alexandra: ["alex", "sandra"],
  christopher: ["chris"], christian: ["chris", "chrigi", "chrigu"], christina: ["chris", "tina"], christine: ["chris", "tina"],
  johannes: ["hannes", "jo", "johann", "hans", "hansi"], josef: ["sepp", "joe", "seppi"], joseph: ["joe", "joey"], matthias: ["matze", "matt"],
  stefan: ["steff"], stephanie: ["steffi", "steph"], daniel: ["dan", "danny", "dani"], benjamin: ["ben"],
  nicholas: ["nick"], nikolaus: ["niko", "klaus"], nicolas: ["nico"], jonathan: ["jon", "jonny"],
  andreas: ["andi", "andy"], andrew: ["andy", "drew"], samuel: ["sam"], samantha: ["sam"], susanne: ["susi", "sanne"],
  margarete: ["grete", "greta"], margaret: ["maggie", "meg", "peggy"], richard: ["rich", "rick", "richie"],
  james: ["jim", "jimmy", "jamie"], edward: ["ed", "eddie", "ted"], jennifer: ["jen", "jenny"], rebecca: ["becky", "becca"],
  wolfgang: ["wolf", "wolfi"], friedrich: ["fritz"], franziska: ["franzi"], magdalena: ["lena", "leni"], gabriele: ["gabi"],
  // short forms that do not begin like the name (those that do, "Flo", "Maxi", "Tobi", isShortForm finds), Swiss ones too ("Chrigi", "Ueli", "Köbi")
  sebastian: ["basti", "bastl", "wastl"], anton: ["toni"], theresa: ["resi", "resl"], therese: ["resi", "resl"], theresia: ["resi", "resl"],
  helene: ["leni"], elisabeth: ["lisa", "lisi", "sisi", "elli", "liz"], barbara: ["babsi", "babs"], johann: ["hans", "hansi"],
  veronika: ["vroni", "vero"], cornelia: ["conny", "nelli"], constanze: ["conny"], ulrich: ["ulli", "uli", "ueli"], ursula: ["uschi", "ulla"],
  wilhelm: ["willi"], heinrich: ["heinz", "heiner"], rudolf: ["rudi", "ruedi", "ruedu"], jakob: ["koebi", "kobi", "jack"], manfred: ["manni"], georg: ["schorsch"], patricia: ["patty", "trish"],
};

const NICKNAMES = new Map(Object.entries(NICKNAME_LIST));

export interface PersonName {
  /** Folded name parts without titles: ["katrin", "vogl"]. */
  parts: string[];
  first?: string;
  last?: string;
}

export const parsePersonName = memoize(function parsePersonName(name: string): PersonName {
  const words = name
    .split(/[\s,]+/)
    .map((w) => w.trim())
    .filter((w, i, all) => w && !isTitleIn(w, all[i - 1]));
  const parts = words.map(fold);
  return { parts, first: parts[0], last: parts.length > 1 ? parts[parts.length - 1] : undefined };
});

// short form -> full names, for the other direction ("Tom" as the prospect's name, "Thomas" in the greeting)
const FULL_NAMES = new Map<string, string[]>();
for (const [full, shorts] of NICKNAMES) for (const s of shorts) FULL_NAMES.set(s, [...(FULL_NAMES.get(s) ?? []), full]);

// Endings of short forms: Tobi, Andy, Kathi, Steffi, Flo, Franzl, Hansi, Gretchen.
const DIMINUTIVE = /(?:chen|erl|le|ie|i|y|l|e)$/;

/**
 * Whether `short` is a short form of the first name `full`: its beginning (three letters or more),
 * bare or with a diminutive ending, the last consonant maybe doubled ("tobi" for Tobias, "steffi"
 * for Stefanie, "alex" for Alexander). A name one letter shorter is another name: Paul is not
 * Paula, Daniel not Daniela.
 */
const UMLAUTED = /[aou]e/;
const UMLAUTED_ALL = /([aou])e/g;

function isShortForm(short: string, full: string): boolean {
  if (isPlainShortForm(short, full)) return true;
  // Swiss and Austrian short forms umlaut the vowel: "Sämi" for Samuel, "Käthi" for Katharina
  return short.includes("e") && UMLAUTED.test(short) && isPlainShortForm(short.replace(UMLAUTED_ALL, "$1"), full);
}

function isPlainShortForm(short: string, full: string): boolean {
  if (short.length < 3 || short.length >= full.length - 1) return false;
  if (full.startsWith(short)) return true;
  const stem = short.replace(DIMINUTIVE, "");
  if (stem.length < 3 || stem === short) return false;
  if (full.startsWith(stem)) return true;
  return stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && full.startsWith(stem.slice(0, -1));
}

/** Whether a word used as a name in the greeting is one of the person's names (umlaut spellings and short forms included). */
export function matchesPerson(word: string, person: PersonName): boolean {
  const w = fold(word);
  for (const part of person.parts) {
    if (part === w) return true;
    // double-barrelled names: "Müller-Lüdenscheidt" greets as "Müller"
    if (part.includes("-") && part.split("-").includes(w)) return true;
    if (NICKNAMES.get(part)?.includes(w)) return true;
    if (FULL_NAMES.get(part)?.includes(w)) return true;
  }
  // "Hallo Tobi" greets Tobias (a prospect saved under a short form is greeted by it)
  return !!person.first && person.parts.length > 1 && isShortForm(w, person.first);
}
