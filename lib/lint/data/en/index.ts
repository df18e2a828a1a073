import type { LanguageData } from "../types";

const stopwords = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  post posted posts posting article comment commented comments talk session panel company team teams people person role new last next year years month months week weeks day days time today recently recent hi hello dear thanks thank best regards cheers great good really well one two three four five six seven eight nine ten first second like get got make made see saw seen read noticed watched about via`.split(/\s+/),
);

export const en: LanguageData = {
  greetings: [
    "hi", "hello", "hey", "hiya", "dear", "good morning", "good afternoon", "good evening", "greetings", "morning",
    "hallo", "moin", "servus", "hoi",
  ],
  genericAddressees: [
    "there", "all", "everyone", "everybody", "team", "folks", "friend", "friends", "connection", "connections",
    "sir or madam", "sir/madam", "sir", "madam", "sirs", "hiring manager", "colleague", "colleagues",
    "again", "network", "partner", "valued *", "future *",
    /to whom it may concern/,
  ],
  closings: [
    "best", "best regards", "kind regards", "warm regards", "regards", "cheers", "thanks", "thank you",
    "many thanks", "all the best", "sincerely", "yours sincerely", "yours", "talk soon", "speak soon", "br",
    "with best wishes", "best wishes", "warmly",
  ],
  fillers: [
    /(?:i )?hope (?:this|my) (?:message|note|email|inmail) finds you (?:well|in good health|good)/,
    /(?:i )?hope (?:you(?:'re| are)|you have been|all is|everything is|you had|you're having|you are having) [^.!?\n]{0,60}/,
    /sorry (?:to bother|for bothering|for the intrusion)/,
    /i(?:'m| am) reaching out (?:to you )?(?:because|today|to introduce)/,
    /let me (?:start by )?(?:introduce|telling you (?:a little )?about) (?:myself|me|us)/,
    /my name is \p{Lu}\p{L}+/,
    /i wanted to (?:reach out|touch base|introduce myself)/,
  ],
  hype: [
    "ultimate", "ultimate solution", "guaranteed", "guarantee", "guarantees", "100%", "100 %", "100 percent",
    "revolutionary", "revolutionise", "revolutionize", "game-changer", "game changer", "game-changing",
    "act now", "limited time", "limited offer", "only * slots left", "once in a lifetime", "once-in-a-lifetime",
    "don't miss out", "do not miss out", "hurry", "exclusive offer", "unbelievable", "mind-blowing",
    "skyrocket", "explode your", "10x", "crush it", "risk-free", "no-brainer", "world-class", "best ever",
    "amazing", "incredible", "insane", "miracle", "secret weapon", "magic", "instantly", "overnight success",
    "free money", "last chance", "urgent", "before it's too late", "today only", "click here", "buy now",
    /only \w+ (?:spots?|slots?|places?|seats?) (?:left|remaining)/,
  ],
  heavyAsks: [
    /\d+[- ]?(?:minute|min)s?\b[^.?!\n]{0,30}(?:call|demo|meeting|chat|session|zoom|conversation|walkthrough)/,
    /(?:book|schedule|set up|arrange|hop on|jump on|grab) (?:a |an )?(?:quick |short |brief )?(?:call|demo|meeting|time|slot|zoom)/,
    /(?:a |an )?(?:quick |short |brief )?(?:call|demo|meeting|zoom|teams call|phone call)\b(?: next week| this week| on \w+| tomorrow)/,
    /when (?:are|would) you (?:be )?(?:free|available)/,
    /(?:are|would) you (?:be )?(?:free|available) for/,
    /what(?:'s| is) your availability/, /your calendar/, /calendly/, "live demo", "product demo", "demo",
    /(?:visit|meet) you at your/,
  ],
  connectAsks: [
    "connect", "connect?", /(?:happy|glad|great|love|keen|nice) to (?:connect|stay in touch|be connected)/,
    /(?:stay|keep) in touch/, /add you to my network/, /join (?:my|your) network/, /connecting here/,
  ],
  imperativeAsks: [
    /(?:please |just )?(?:let me know|tell me) (?:if|whether|what|when|who|how|your|which)/,
    /(?:please |just )?tell me and/, /(?:feel free to|please|just|do) (?:reach out|get in touch|drop me a line|reply|send me|call me)/,
    /(?<=(?:^|[.!?\n])\s*)(?:reach out|get in touch|drop me a line|reply|send me|call me)/,
    /(?:please )?(?:book|grab|pick) (?:a |some )?(?:slot|time)/,
  ],
  offerAsks: [
    /(?:happy|glad|keen) to (?:share|send|show|walk)/, /if (?:it(?:'s| is)|that(?:'s| is)|this is) (?:useful|helpful|of interest)/,
    /if you(?:'d)? (?:like|want)/, /i can send/, /i(?:'d| would) be (?:happy|glad) to/,
  ],
  alternativeAsks: ["alternatively", "or else we could", "or we could also"],
  pestering: [
    /just (?:bumping|bump|checking in|following up|circling back|floating)/, /bump(?:ing)? (?:this|my)/,
    /(?:did|have) you (?:see|seen|get|got|had a chance to (?:read|look at|see)) my (?:last |previous |earlier )?(?:message|note|email|inmail|messages)/,
    /(?:top|back to the top) of your inbox/, /in case (?:it|my (?:message|note)) got (?:buried|lost)/,
    /haven't heard back/, /have not heard back/, /following up on my (?:last|previous|earlier)/, "circling back",
    /any (?:update|news|thoughts) on my (?:last |previous )?(?:message|note)/, /as (?:i )?(?:mentioned|said|wrote) in my (?:last|previous)/,
    "one last note", "one last try", "last attempt", "final attempt",
  ],
  pain: [
    "problem*", "challenge*", "struggl*", "pain*", "cost", "costs", "costly", "expensive", "risk*", "lose", "losing", "loss*",
    "lost", "miss", "missing", "missed", "delay*", "behind", "late", "slow*", "stall*", "stuck", "churn*", "backlog*",
    "bottleneck*", "burnout", "burn-out", "no-show*", "declin*", "drop", "dropped", "dropping", "fall*", "fell",
    "shortage*", "waste*", "idle", "leak*", "fail*", "error*", "incident*", "downtime", "outage*", "overrun*",
    "bill", "tripl*", "doubl*", "rising", "rise", "rose", "grew", "spike*", "pressure", "headache*", "friction",
    "disappear", "bleed*", "turnover", "attrition", "escalation*", "complain*", "frustrat*", "overwhelm*", "stress*",
    "hard", "difficult*", "tough", "brutal", "gap*", "breach*", "ransomware", "fine*", "penalt*", "audit*",
    "unplanned", "unclear", "manual", "too long", "takes *", "still tak*", "eating", "ruined", "hit home", "lead time*",
    "ending", "expir*", "end of life", "end-of-life", "end of support",
    "no time", "cannot", "can't", "wait*", "queue*", "inaccurate", "deadline*", "wrong", "declined",
    /only \d/, /(?:since|for) (?:\d+|several|many) (?:months|weeks|years)/,
  ],
  vaguePraise: [
    "innovative", "leading", "industry-leading", "market-leading", "best-in-class", "best in class", "world-class",
    "cutting-edge", "state-of-the-art", "holistic", "synerg*", "next-generation", "next-gen", "seamless*", "robust",
    "scalable", "powerful", "unique", "end-to-end", "one-stop", "premier", "top-notch", "tailored", "bespoke",
    "comprehensive", "modern", "intuitive", "disruptive", "forward-thinking", "unparalleled", "second to none",
  ],
  abstractValue: [
    "add value", "adds value", "adding value", "real value", "deliver value", "delivers value", "unlock value",
    "unlock real value", "drive value", "next level", "to the next level", "full potential", "empower*",
    "transformation", "transform your", "drive growth", "drive results", "meaningful", "win-win", "success",
    "great fit", "help your business", "take your business",
  ],
  outcomes: [
    "cut", "cuts", "halved", "halve", "halves", "doubled", "double", "tripled", "saved", "saves", "save", "saving*",
    "reduc*", "lower*", "lifted", "lift", "lifts", "raised", "increas*", "boost*", "improv*", "dropped by", "fell by",
    "shrink", "shrank", "shrunk", "went from", "from * to", "down to", "up to", "cheaper", "faster", "fewer", "less",
    "more", "below", "under", "avoid*", "prevent*", "eliminat*", "freed", "free up", "resolved", "recovered",
    "reached", "got * to", "within", "in * days", "in * weeks", "in * months", "instead of", "no longer", "back to", "plus",
    /[+]\s?\d+(?:[.,]\d+)?\s?%/,
    /\d+(?:[.,]\d+)?\s?(?:x|×|times)\b/, /\d+(?:[.,]\d+)?\s?%\s?(?:less|more|lower|higher|cheaper|faster|fewer|off)/,
  ],
  units: [
    /\d+(?:[.,]\d+)?\s?%/, /[£$€]\s?\d/, /\d\s?(?:k|m|bn)\b/,
    "day*", "week*", "month*", "year*", "hour*", "percent", "per cent", "points", "km", "kg", "euro*", "dollar*",
    "pound*",
  ],
  numberWords: [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "hundred", "a third", "a quarter", "half", "twice", "dozen*",
  ],
  senderVoice: ["we", "our", "us", "we've", "we're", "ours"],
  pitch: [
    /our (?!mutual|shared|conversation|chat|exchange|paths)[\p{L}\-]+(?: [\p{L}\-]+)? (?:tool|platform|software|solution|product|service|app|team|agency|offer|programme|program|approach|system|ai)/u,
    /(?:we|i) (?:help|offer|provide|deliver|sell|build|specialise|specialize|work with)/,
    /our (?:tool|platform|software|solution|product|service|app|agency|offer|programme|program)/,
    "demo", "free trial", "pricing", "discount", "book a call", "sign up", /(?:can|could|shall) we (?:book|schedule|set up|arrange)/,
  ],
  references: [
    /your (?:recent |latest |last )?(?:post|article|comment|talk|session|keynote|panel|podcast|interview|webinar|video|newsletter|point|story|question|blog|presentation|thread)/,
    /(?:saw|noticed|read|heard|watched|see|loved|enjoyed) (?:that |you|your|the news|how)/,
    /congrat(?:s|ulations)/, /we (?:both|met)/, /(?:met|meeting) (?:you )?(?:at|briefly)/, /mutual (?:contact|connection|friend)/,
    /thanks for (?:connecting|asking|your|getting back)/, /as promised/, /you mentioned/, /you(?:'re| are) hiring/,
    /you lead/, /in your role as/,
  ],
  stopwords,
};
