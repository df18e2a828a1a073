import type { LanguageData } from "../types";

const stopwords = new Set(
  `within without during already about around roughly nearly almost between across a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
  post posted posts posting article comment commented comments talk session panel company team teams people person role new last next year years quarter quarters run runs running staff employees month months week weeks day days time today recently recent hi hello dear thanks thank best regards cheers great good really well one two three four five six seven eight nine ten first second like get got make made see saw seen read noticed watched found come comes came about via`.split(/\s+/),
);

export const en: LanguageData = {
  greetings: [
    "hi", "hello", "hey", "hiya", "dear", "good morning", "good afternoon", "good evening", "greetings", "morning", "g'day", "g’day", "howdy",
    "hallo", "moin", "servus", "hoi",
  ],
  genericAddressees: [
    "there", "all", "everyone", "everybody", "team", "folks", "friend", "friends", "connection", "connections",
    "sir or madam", "sir/madam", "sir", "madam", "sirs", "hiring manager", "colleague", "colleagues",
    "again", "network", "partner", "valued *", "future *", "linkedin *",
    /to whom it may concern/,
  ],
  closings: [
    "best", "best regards", "kind regards", "warm regards", "regards", "cheers", "thanks", "thank you",
    "many thanks", "all the best", "sincerely", "yours sincerely", "yours", "talk soon", "speak soon", "br",
    "with best wishes", "best wishes", "warmly",
  ],
  fillers: [
    /(?:i )?(?:hope|trust) (?:this|my) (?:(?:message|note|email|inmail) )?finds you (?:well|in good health|good)/,
    /i trust (?:you(?:'re| are)|you have been|you had|you've had|all is|everything is) [^.!?\n]{0,60}/,
    /(?:i )?hope (?:you(?:'re| are)|you have been|all is|everything is|you had|you've had|you have had|you’ve had|you're having|you are having) [^.!?\n]{0,60}/,
    // "hope Q3 is treating you well!", "hope the new year is treating you kindly"
    /(?:i )?hope (?:[\p{L}\d'’-]+ ){1,3}(?:is|are|has been|have been) treating you (?:well|kindly)/u,
    /sorry (?:to bother|for bothering|for the intrusion)/,
    /let me (?:start by )?(?:introduce|telling you (?:a little )?about) (?:myself|me|us)/,
    /my name is \p{Lu}\p{L}+/u,
    /i wanted to (?:reach out|touch base|introduce myself)/,
    /(?:i )?wish you (?:a )?(?:good|great|happy|lovely|nice) (?:start to the week|week|monday|weekend|day)/,
  ],
  hype: [
    // a deadline on the price: "the 30% launch discount ends this Friday", "after that it's gone for good"
    /(?:discount|offer|deal|price|pricing|promotion|promo) (?:[\p{L}-]+ )?(?:ends|expires|runs out) (?:this |on |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|soon|at midnight)(?![\p{L}])/u, "gone for good",
    // (a bank or card guarantee, a guarantee line or facility is a financial instrument, not a promise)
    "ultimate", "ultimate solution", "guaranteed", /(?<!(?:bank|performance|payment|bid|tender|rent|loan|credit|advance|card|booking|deposit)[\s-])guarantees?(?! (?:line|lines|facility|facilities|limit|limits|fee|fees|bond|bonds|instrument|instruments|of payment)(?![\p{L}]))/u, "100%", "100 %", "100 percent",
    "revolutionary", "revolutionise", "revolutionize", "game-changer", "game changer", "game-changing",
    "act now", "acting now", "act fast", "act quickly", /(?<!(?:was|were|been|set|fixed|agreed|signed|bought|ordered|priced|locked|quoted) )before (?:the|our|this) (?:price )?(?:increase|rise|goes up)(?![\p{L}])/u, /before (?:the )?prices? (?:go|goes|rise|rises) up/, /(?<!(?:the|this) )limited[\s-]time/, "limited offer", "only * slots left", "once in a lifetime", "once-in-a-lifetime",
    "don't miss out", "do not miss out", /(?<!in a )hurry/, "exclusive offer", "unbelievable", "mind-blowing",
    "skyrocket", "explode your", "10x", "crush it", "risk-free", "no-brainer", "best ever",
    "insane", "miracle", "secret weapon", "magic bullet", "overnight success",
    "free money", "last chance", /(?<!non-|non |not |an |a |the |most |more |less |least |(?:are|were) (?:actually |really |truly |genuinely )?)urgent(?![ -](?:jobs?|cases?|repairs?|tickets?|calls?|orders?|requests?|care|treatment|issues?|work|deliveries|shipments|items|patients|referrals|faults|defects|consumables|supplies|spares|parts|stock|materials|medicines|theatre|surgery|operations))/, "before it's too late", "today only", "click here", /buy now(?![\s-]+pay)/,
    /only \w+ (?:spots?|slots?|places?|seats?) (?:left|remaining)/,
  ],
  plainFigures: [
    "remote", "owned", "subsidiary", "stake", "equity", "renewable", "green", "recycled", "recyclable", "organic",
    "cotton", "wool", "electric", "solar", "digital", "paperless", "up on", "up from", "year on year",
    "yoy", "of the shares", "occupancy", "utilisation", "utilization", "capacity", "of", "reusable", "compostable", "plastic-free", "vegan", "locally", "local", "electric vehicles", "evs",
  ],
  shoutWords: [
    "free", "now", "new", "all", "the", "only", "never", "must", "need", "best", "huge", "massive", "love*",
    "amazing", "awesome", "incredible", "fantastic", "stunning", "wow", "hot", "win", "fast", "bigger", "biggest", "faster",
    "easier", "everyone", "everything",
    "important", "urgent", "attention", "today", "wait", "stop", "yes", "really", "very", "every", "any", "more",
  ],
  heavyAsks: [
    // a coffee is a meeting too: "a virtual coffee next week?"
    /(?:virtual|online|digital) coffee|coffee (?:chat )?(?:next week|this week|on (?:monday|tuesday|wednesday|thursday|friday))/,
    /(?:intro|introductory|discovery|kick-?off) (?:call|meeting|session)/,
    /which (?:day|time|slot) (?:next week |this week )?(?:works|suits|would work|would suit)/,
    // ("38-minute call waits" are their queue, not a meeting)
    /\d+[- ]?(?:minute|min)s?\b[^.?!\n]{0,40}(?:call|demo|meeting|chat|session|zoom|conversation|walkthrough|intro|tasting)(?! (?:waits?|waiting|times?|queues?|volumes?|centres?|centers?|handling|backlogs?))/,
    /(?:book|schedule|set up|arrange|hop on|jump on|grab) (?:a |an )?(?:quick |short |brief )?(?:call|demo|meeting|time|slot|zoom)/,
    // begins with the noun, so the regex engine can skip ahead to it ("a quick call next week" matches from "call")
    /(?:call|demo|meeting|zoom)(?: next week| this week| on (?!day )\w+| tomorrow| next \w+day| for \w+day| (?:monday|tuesday|wednesday|thursday|friday)(?![\p{L}]))/u,
    /when (?:would|do|could|might|will) you have (?:\d+|five|ten|fifteen|twenty|thirty) (?:minutes|mins)/,
    /(?:book|schedule|grab|block|borrow|steal) (?:\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty|a few) (?:minutes|mins)/,
    /(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|sixty) (?:minutes|mins) (?:next week|this week|tomorrow|on \w+day|next \w+day|in your (?:diary|calendar)|of your time)/,
    // "Open to a quick call?", "Worth a short call?": a call, however quick
    /(?:worth|open to|up for|fancy|keen on) (?:a |an )?(?:quick |short |brief )?(?:call|zoom|phone call|video call)(?![\p{L}-])/u,
    // "an hour-long session with your team", "an hour of your time"
    /(?:an|one|1)[- ]hour[- ]long/, /an hour of your time/,
    // "an hour next week for a video call with our engineer", as "eine Stunde für ein Gespräch"
    /(?:an|one) hour (?:next week |this week |tomorrow |on \w+day )?for (?:a|an|the|our|my)\b/, /(?:a|an) (?:quick |short |brief )?video call/,
    /when (?:are|would) you (?:be )?(?:free|available)/, /when you['’]re (?:free|available)/, /when (?:would|does|will) (?:it )?(?:suit|work for) you/, /what (?:day|time|date) (?:would )?(?:suits?|works?) (?:for )?you/,
    /(?:are|would) you (?:be )?(?:free|available) for/,
    /(?:see|watch) it in action/, /(?:free|available|time) for a (?:quick |short |brief )?(?:chat|call|coffee|catch-up)/,
    // a live one is a meeting; "Would a short walkthrough of their setup help?" offers an explanation (the
    // writers agree nine to none), and a walkthrough with a length or a day is caught above
    /live walkthrough(?![\s-]?(?:video|recording|clip))/,
    // a demo offered, not one the two of them watched at a fair ("the spray-drone demo at LAMMA")
    /let me know a (?:time|date|day|slot)/, /(?:a )?time that (?:suits|works)/, /what(?:'s| is) your availability/, /your calendar/, /calendly/, "live demo", "product demo", /demo(?<=(?:a|an|our|my|the|free|quick|short|brief|live|personal|product|custom|tailored|\d+[- ]?min(?:ute)?s?) demo)(?![\s-]?(?:video|recording|clip))/, "demo next week", "demo this week", /demo(?=\s?\?)/,
    /(?:visit|meet) you at your/,
    // an hour of a stranger's time, and the assumptive "when can we talk?" that skips asking whether
    /(?:one|an|1|half an|half-an)[- ]hour(?:-long)? (?:call|meeting|demo|session|workshop|conversation)/,
    /when (?:can|could|shall|should) we (?:talk|chat|meet|speak|hop on|jump on|set up|schedule|book)/,
    // a visit to their site, or a meeting of an hour or more
    /site (?:visit|walk|walkthrough|tour)(?![\p{L}-]| (?:template|report|checklist|video|notes|form)s?(?![\p{L}]))/u, /when (?:can|could|might) i (?:come|drop|pop) (?:by|over|down|round|in)/, /walk (?:the|your) (?:site|building|premises|plant|yard|floor)(?![\p{L}])/u, /(?:visit|see) you (?:on site|in person|at your)/,
    /(?:\d+|one|two|ninety)[- ](?:hour|minute)(?:-long)? (?:[\p{L}]+ )?(?:demonstration|presentation|technical session|workshop)/u, /(?:find|book|block|grab|take|borrow|set aside) an hour(?![\p{L}])/u, /pencil (?:you in|in (?:a |an )?(?:quick |short )?(?:call|time|slot|meeting|chat|demo|session|date for (?:a|the) (?:call|meeting|demo)))/,
  ],
  connectAsks: [
    // "connect" as an ask, not as what a product does ("we connect hotels with companies")
    "connect?", /(?:to|shall we|let's|let us|can we|could we|should we|we should|why not) connect/, /(?:would|will|could|can|might) you (?:be open to |care to |mind )?connect(?:ing)?(?![\p{L}])/u, /connect(?<=(?:^|[.!?\n]\s*)connect)(?=\s*[.!?\n]|\s*$)/,
    /(?:happy|glad|great|love|keen|nice) to (?:connect|reconnect|stay in touch|be connected|link up)/, /looking forward to (?:connecting|being connected|being in touch|staying in touch|being (?:part of|in) your network)/, /connect(?<=(?:^|[.!?\n]\s*)connect)(?= (?:now|and|here|with me)(?![\p{L}]))/u, /(?:to|let's|shall we) (?:reconnect|link up)/,
    /(?:stay|keep) in touch/, /add you to my network/, /join (?:my|your) network/, /connecting here/,
    /accept my (?:connection )?(?:invitation|invite|request)/, "accept the connection request", /(?:have|welcome) you in (?:my network|it)/, /(?:like|love|want) to add you/,
    "stay connected", /(?:value|appreciate|enjoy) (?:being )?connect(?:ed|ing)/,
    // the wish to connect in other words: "would be delighted to add you", "would love to swap notes", "act now and connect!"
    /(?:delighted|happy|glad|pleased|love|like) to add you/, "staying in touch", /(?:open to|up for) connecting/, /(?:swap|compare|exchange|trade) notes/, /(?:and|now) connect(?=\s*[.!?\n]|\s*$)/,
    /looking forward to (?:your|more of your|reading your) (?:content|posts|updates|writing)/,
  ],
  imperativeAsks: [
    // "let me know your thoughts" and "looking forward to hearing from you" wish for a reply, they ask for nothing
    /(?:please |just )?(?:let me know|tell me) (?:if|whether|what|when|who|how|which)/,
    /(?:please |just )?tell me and/, /just say the word/, /(?:feel free to|please|just|do) (?:reach out|get in touch|drop me a line|reply|send me|call me)/,
    /(?<=(?:^|[.!?\n:]|\s[–—])\s*)(?:reach out|get in touch|drop me a line|reply|send me|call me)/,
    // an ask to the reader, not what a product lets others do ("lets visitors book a slot online")
    /(?:book|grab|pick)(?<=(?:^|[.!?\n,]\s*|please |just |feel free to )(?:book|grab|pick)) (?:a |some |any )?(?:[\w-]+ )?(?:slot|time)/,
    /let's (?:book|schedule|set up|find|grab|talk|chat|connect|meet|hop on|jump on)/,
    /(?:would|i'd|i would) love to (?:hear|learn|know|see|get your|understand)/,
    // a meeting wished for is a meeting asked for: "I would love to set up a 45-minute video call"
    "i'd love to set up", "i'd love to schedule", "i'd love to book", "i'd love to arrange", "i'd love to organise", "i'd love to organize", "i'd like to set up", "i'd like to schedule", "i'd like to book", "i'd like to arrange", "i'd like to organise", "i'd like to organize", "i would love to set up", "i would love to schedule", "i would love to book", "i would love to arrange", "i would love to organise", "i would love to organize", "i would like to set up", "i would like to schedule", "i would like to book", "i would like to arrange", "i would like to organise", "i would like to organize", "we'd love to set up", "we'd love to schedule", "we'd love to book", "we'd love to arrange", "we'd love to organise", "we'd love to organize", "we'd like to set up", "we'd like to schedule", "we'd like to book", "we'd like to arrange", "we'd like to organise", "we'd like to organize", "we would love to set up", "we would love to schedule", "we would love to book", "we would love to arrange", "we would love to organise", "we would love to organize", "we would like to set up", "we would like to schedule", "we would like to book", "we would like to arrange", "we would like to organise", "we would like to organize",
  ],
  offerAsks: [
    /(?:happy|glad|keen) to (?:share|send|show|walk|rerun|run|check|review|compare|model|draft|prepare|introduce|put together|go through|talk through|take you through|jump on|hop on|answer|discuss)/, /if (?:it(?:'s| is)|that(?:'s| is)|this is) (?:useful|helpful|of interest)/, /if (?:that|it|this) (?:helps|would help)/,
    /if you(?:'d)? (?:like|want)/, /i can send/, /i(?:'d| would) be (?:happy|glad) to/,
  ],
  alternativeAsks: ["alternatively", "or else we could", "or we could also"],
  declines: [
    "not interested", "no interest", "no thanks", "no thank you", "not a fit", "not the right time", "not right now", "we went with",
    "we've decided", "we have decided", "decided to go with", "not for us", "not looking", "please remove", "stop messaging", "we're all set",
    "we are all set", "we'll pass", "we will pass", "pass on this", "not a priority", "no need",
    "signed with", "went with", "another provider", "another vendor", "another supplier", "another agency", "chose another",
  ],
  selfTalkWords: ["i'm", "i’m", "i am", "we're", "we’re", "we are", "my name", "work with", "partner with", "worked with", "coach*", "advise*", "train*", "opened", "grown", "founded", "has just"],
  firmFactWords: ["found*", "establish*", "celebrat*", "anniversar*", "employ*", "grown", "years"],
  priceWords: ["percent", "early-bird", "early bird", "voucher*", "coupon*", "free trial", "free for", "months free", "weeks free", "days free", "month free"],
  laterInvitations: [
    /(?:get|come) back to (?:me|us) (?:in|after|once|when|next)/, /(?:reach|check) (?:out|back|in) (?:again )?(?:in|after|once|when|next)/, /(?:ping|try|contact|call) (?:me|us) (?:again )?(?:in|after|once|when|next)/,
    /circle back (?:in|after|once|when|next)/, /follow up (?:in|after|once|when|next) (?:q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|the new year|a few months|the summer|spring|autumn)/,
    "feel free to reach out again", "happy to talk again", "ask me again",
  ],
  pestering: [
    /just (?:bumping|bump|checking in|following up|circling back|floating)/, /bump(?:ing)? (?:this|my)/, /any updates? (?:on (?:this|that|my (?:last |previous )?(?:message|note|email))|here)(?=\s*[?.!]|\s*$)/,
    /(?:did|have) (?:you|u) (?:see|seen|get|got|(?:get|got|had|have) a chance to (?:read|look at|see|review)) my (?:last |previous |earlier )?(?:(?:two|three|few|couple of|2|3) )?(?:message|note|email|inmail|messages|notes|emails|msg|msgs)(?: from (?:last )?\w+)?/,
    // "Did you get a chance to read it?" right after the nag asks about the last message, not about anything new
    /(?:did|have) you (?:(?:get|got|had|have) a chance to (?:read|look at|see|review)|see|seen|read) (?:it|this|that)(?=\s*\?)/,
    /(?:checking|wondering|wanted to check|wanted to see|making sure) (?:whether |if )?you (?:saw|have seen|'ve seen|got|received|(?:had|have had|got) a chance to (?:read|look at|see|review)) my/,
    // "Let me know if you had a chance to look at it": the nag asked as a request
    /(?:if|whether) you(?:['’]ve| have)? (?:had|got) (?:a )?chance to (?:read|look at|see|review) (?:it|this|that|my)/,
    /sorry to (?:chase|nudge|bother you)(?: again)?/, "chasing again",
    // "did my last note get lost?"
    /(?:did|has) my (?:last |previous |earlier )?(?:note|message|email|e-mail|inmail|mail) (?:get |gotten |got )?(?:lost|buried)/,
    /(?:top|back to the top) of your inbox/, /in case (?:it|my (?:message|note)) got (?:buried|lost)/, /(?:did|has|might|may) (?:it|my (?:message|note|email|inmail)) (?:have )?(?:get|got|gotten|been) (?:lost|buried)/, /in case you missed (?:it|this|my (?:message|note))/,
    /haven't heard back/, /have not heard back/, /following up on my (?:last|previous|earlier)/, /circling back(?!,? (?:as|like) (?:you (?:suggested|asked|requested|said)|promised|agreed|discussed))/,
    /any (?:update|news|thoughts) on my (?:last |previous )?(?:message|note)/, /as (?:i )?(?:mentioned|said|wrote) in my (?:last|previous)/,
    "one last note", "one last try", "last attempt", "final attempt",
  ],
  pain: [
    // their situation recognised as a known trouble: "… most good firmware people ignore recruiters – I hear that from many CTOs"
    /(?:hear|see|saw|heard) (?:that|this|it) (?:\p{L}+ )?(?:from|at|in|with) (?:many|a lot of|lots of|most|so many|plenty of)(?![\p{L}])/u,
    // work after the shift: "the notes your nurses write up at the end of their shift"
    /(?:at the end of|after) (?:the|their|a|every|each) shift(?![\p{L}])/u,
    // what stays away: "zero applications for the apprentice role", "barely any enquiries since the relaunch"
    /(?:zero|no|barely any|hardly any)\s+(?:single\s+)?(?:applications|applicants|enquiries|inquiries|bookings|leads)(?![\p{L}])/u,
    // what no longer fits: "the canteen is simply too small for twice the meals"
    "too small", "too cramped",
    // people on their side at odds: "the attribution fights between brand and performance", "teams arguing over the numbers"
    "arguing", /argu(?:e|es|ed) (?:over|about)(?![\p{L}])/u, /fights? (?:over|about|between)(?![\p{L}])/u, "infighting", "turf war", "turf wars",
    // a role or an invoice that stays open for a counted time: "such roles stay open 140 days on average"
    /(?:roles|positions|jobs|vacancies|reqs|requisitions|invoices|tickets|claims|orders|cases)(?: [\p{L}-]+){0,3} (?:stay|stays|stayed|remain|remains|remained|sit|sits|sat) (?:open|unfilled|vacant|unpaid) (?:for )?(?:an average of |on average )?(?:\d+|two|three|four|five|six|several) (?:days|weeks|months)(?![\p{L}])/u,
    "one-time buyers", "one-off buyers", "one-time customers", "one-off customers", "one-time shoppers",
    // hiring against everyone else, stock that runs out, a share of revenue that goes elsewhere: "a tight market … every
    // contractor nearby is after the same people", "sizes that are always sold out", "19% of room revenue going to OTA commissions"
    "tight market", "tight labour market", "tight labor market", "tight job market", /(?:after|chasing|competing for|fighting over|fighting for) the same (?:people|candidates|talent|engineers|electricians|drivers|staff|workers|nurses|technicians)(?![\p{L}])/u,
    // (a product that sold out in two hours is a success; one that keeps selling out is short)
    /(?:always|constantly|keeps?|kept|often|regularly|permanently|repeatedly|usually) (?:being )?sold out/, /(?:keep|keeps|kept) selling out/, "out of stock", "stockout*", "stock-out*",
    /(?:\d+(?:[.,]\d+)?\s?%|half|a third|a quarter|a fifth) of (?:[\p{L}-]+ ){0,3}(?:revenue|sales|margin|turnover|budget|spend|profit|bookings|income) (?:going|goes|went|paid|lost|eaten|swallowed)(?![\p{L}])/u,
    // "evidence collection is usually what drags"
    "what drags", "what usually drags",
    // a measure that falls where falling hurts: "engagement often drops as soon as a merger is announced"; a role
    // left open: "roles like that often stay open for four months"
    /(?:engagement|morale|motivation|productivity|accuracy|quality|output|conversion|conversions|retention|attendance|trust|margin|margins|sales|revenue|uptime|yield|throughput|occupancy|footfall) (?:often |usually |typically |quickly |sharply |then |tends to |tend to )?(?:drops|drop|falls|fall|slips|slip|sinks|sink|suffers|suffer|plummets|tanks|nosedives)(?![\p{L}])/u,
    "stay open for", "stays open for", "remain open for", "remains open for", "stay unfilled", "stays unfilled", "remain unfilled", "remains unfilled", "stay vacant", "stays vacant", "remain vacant", "remains vacant",
    "problem*", "challenge*", "struggl*", "pain*", "cost", "costs", "costly", "expensive", "risk*", "lose", "losing", "loss*",
    "lost", "miss", "missing", "missed", "delay*", "behind", "late", "slow*", "stall*", "halt", "halts", "halted", "halting", "stuck", /(?:have|has|had) no way (?:to|of)(?![\p{L}])/u, "churn*", "backlog*",
    "bottleneck*", "burnout", "burn-out", "no-show*", "declin*", "dipped", "dipping", "dips", "swamp*", /(?:get|gets|got|getting|be|are|were) caught (?:on|out|by)(?![\p{L}])/u, "caught out", /burn(?:s|ing|ed|t)? (?:through )?(?:[\p{L}-]+ ){0,3}(?:budget|budgets|cash|money|spend|margin)(?![\p{L}])/u,
    // time that goes into work no one wants: "recruiters spending a day a week on interview scheduling"
    /spen(?:d|ds|t|ding) (?:a|one|two|three|half a|\d+(?:[.,]\d+)?) (?:full |whole )?(?:day|days|hour|hours|afternoon|afternoons|morning|mornings) (?:a|per|each|every) (?:week|month|day|quarter)(?![\p{L}])/u,
    /(?<!multi-)drop(?!-in)/, "dropped", "dropping", "fall*", "fell",
    "shortage*", "waste*", "idle", "leak*", "fail*", "error*", "incident*", "downtime", "outage*", "overrun*",
    "bill", "tripl*", "doubl*", "rising", "rise", "rose", "grew", "spike*",
    // what stops working under load: "the AP process that worked for 50 invoices breaks at 500"
    /(?:breaks|break|broke|breaking) (?:down|under|at (?:\d+|around|about))/,
    // pressure on someone, not the quantity measured ("dimensional, pressure and electrical calibration", "pressure sensors")
    /pressure(?! (?:calibration|gauges?|sensors?|transmitters?|transducers?|vessels?|tests?|testing|washers?|washing|relief|regulators?|switch(?:es)?|readings?|measurements?|equipment|valves?|and (?:temperature|electrical|flow|vacuum|dimensional|torque)))/,
    "headache*", "friction",
    "disappear", "bleed*", "turnover", "attrition", "escalation*", "complain*", "frustrat*", "overwhelm*", "stress*",
    /(?<!(?:push|pushes|pushed|pushing|work|works|worked|working|try|tries|tried|trying|train|training|trained|lean|leaning|leaned) )hard(?! work)/, "difficult*", "tough", "brutal", "gap*", "breach*", "ransomware", "fine*", "penalt*", /(?<!(?:free|complimentary|quick|our|an? (?:free|quick|complimentary)) )audit(?!\s?(?:logs?|trails?|-ready|ready))\w*/,
    "unplanned", "unclear", "incomplete", "fouling", "fouled", "not ready", /the (?:hardest|toughest|busiest|worst) (?:day|week|month|time|night|shift)/, "wipe out", "wipes out", "wiped out", "wiping out", "melting", "melted", "put off", "puts off", "deter", "deters", "deterred", "undocumented", /(?:is|was|are|were) the (?:hardest|toughest|trickiest|most difficult) (?:part|bit|step)/, /the (?:hardest|toughest|trickiest) (?:part|bit|step) (?:is|was)/, /(?:nobody|no one|no-one) (?:has |had |ever )?documented/, "manual", "too long", /(?<!(?:setup|set-up|installation|onboarding|implementation|training|it|only) )takes (?!only|just|less|under|one afternoon|an afternoon|minutes|(?:[\p{L}-]+ ){1,2}to the next)[\p{L}\d]+/u, "still tak*", /(?:been|sat|stayed) (?:open|advertised|unfilled|vacant) (?:for|since)(?![\p{L}])/u, /(?:open|advertised|unfilled|vacant) for (?:over |more than |almost |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months)(?![\p{L}])/u, /(?:leaves?|left|leaving|stays?|stayed|remains?|remained|is|are|was|were) (?:[\p{L}-]+ ){0,4}exposed(?![\p{L}])/u, "only a fraction", "stoppage", "stoppages", "gave up", "wearing on", "eating", "ruin", "ruins", "ruining", "ruined", "hit home", "lead time*",
    "ending", "expir*", "end of life", "end-of-life", "end of support", "worr*", "concern*", "heavy lift", "by hand",
    "spreadsheet*", "paying for", "not needed", "isn't needed", "unnecessary", "hassle", "painful", "tedious", "annoying",
    "lack*", "drain*", "eat up", "eats up", "capacity", "bottleneck*", "lose them", "losing them", "before anyone notices",
    "longer than", "nobody owns", "no one owns", "price cap*", "quoted", "cap", "caps", "shrinking", "stuck in", "piling up",
    "fall through", "falls through", "slip through", "slips through", "turned down", "rejected", "rejection*", "drop off",
    "drop-off", "dropout*", "abandon*", "wast*", "overdue", "unpaid", "write-off*", "penalt*", "deadline*",
    /(?<!(?:is|was|['’]s) )no time/, "cannot", "can't", "wait*", "queue*", "inaccurate", "deadline*", "wrong", "declined",
    "scarce", "scarcity", "shortfall*", "understaffed", "short staffed", "short handed", "unfilled",
    // rules tightened on them: "under the new limit values", "dust limits in cutting areas tightened this year"
    /(?:new|stricter|tighter|tightened|tougher) (?:[\p{L}-]+ )?(?:limits?|limit values|rules|regulations?|requirements|thresholds)(?![\p{L}])|(?:stricter|tighter|tougher) standards(?![\p{L}])/u,
    /(?:limits?|rules|regulations?|requirements|standards) (?:[\p{L}-]+ ){0,3}(?:tightened|got stricter|became stricter)(?![\p{L}])/u,
    // "most teams spend a fortune on coffee pods", "forklift batteries dying mid-shift", "menus taking weeks to redo"
    "a fortune", "dying", /taking (?:[\p{L}-]+ ){0,2}(?:weeks|days|hours|months|quarters?|years?|ages|forever)(?![\p{L}])/u,
    /never (?:fill in|fill out|reply|replies|respond|answer|show up|turn up|come back|pay)(?![\p{L}])/u, "no easy task", "not an easy task",
    // "OTAs taking 18% hurts", "repeat orders dip", "shops run out of inner tubes", "dated rooms", "editors quitting"
    "hurts", "hurting", "dip", "dips", "dipped", "dipping", /(?:run|runs|running|ran) out(?![\p{L}])/u, "dated", "quit", "quits", "quitting",
    /(?:don['’]t|do not|doesn['’]t|does not|never) have (?:the |enough |much )?time(?![\p{L}])/u, /away from (?:their|his|her|your) famil(?:y|ies)(?![\p{L}])/u,
    // "German-speaking agents are the hardest seats to fill"
    /(?:hardest|hard|difficult|toughest|tricky) (?:[\p{L}-]+ ){0,2}to fill(?![\p{L}])/u,
    // the deal lost: "by then the homeowner has often signed with someone else"
    /(?:signed|gone|goes|went|going) (?:with|to) (?:someone else|a competitor|the competition|another (?:firm|supplier|provider|agency|vendor))(?![\p{L}])/u,
    // what never happens that should: "half of those leads are never followed up"
    /(?:are|is|get|gets|were|was) never (?:followed up|answered|returned|called back|read|opened|used|paid|collected|fixed|logged)(?![\p{L}])/u,
    // time off given up to the work ("teachers spending their weekends on report cards") and terms that tighten ("terms tighten at renewal")
    /spen(?:d|ds|ding|t) (?:their|the|his|her|your|whole|entire|every|most) (?:weekends?|evenings?|nights?|sundays?|saturdays?|holidays?)(?![\p{L}])/u,
    // time that goes on the work: "spending Friday afternoons phoning them", "spend whole mornings on the phone"
    /spen(?:d|ds|ding|t) (?:(?:their|the|his|her|your|whole|entire|every|most|all|two|three|several|many|half|a|an) )*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?(?:mornings?|afternoons?|evenings?|hours|days|weeks|nights)(?![\p{L}])/u,
    "confusing", "confused", "confusion", /(?:no one|nobody|no-one) (?:really |actually )?knows(?![\p{L}])/u,
    /(?:terms|conditions|rules|budgets?|margins?|deadlines?|requirements?|criteria|underwriting) (?:tighten(?:s|ed)?|are tightening|have tightened|(?:get|got|are getting) tighter)(?![\p{L}])/u,
    // "being on call every other weekend is wearing you down"; "no in-house engineer since the technician retired"
    // dates and promises broken: "delivery dates are not kept", "ship dates keep slipping"
    /(?:dates?|deadlines?|promises?|commitments?|slots?|windows?|schedules?) (?:(?:are|were|is|was|get|gets|got)(?: often)? not|aren['’]t|weren['’]t|isn['’]t|wasn['’]t|(?:are|were|is|was) (?:rarely|seldom|hardly ever)) (?:kept|met|held)(?![\p{L}])/u, /(?:dates?|deadlines?|schedules?) (?:keep |kept )?slip(?:s|ping|ped)?(?![\p{L}])/u,
    // money spent, counted: "the trust spent over £180,000 on agency cover"
    /spen(?:t|ds|d|ding) (?:over |more than |about |around |nearly |almost |roughly )?[£$€]\s?\d[\d.,]*\s?(?:k|m|bn|million)?(?: a year| per year| annually)? on(?![\p{L}])/u,
    // "brands leave 15–20% of revenue on the table"
    /(?:leave|leaves|leaving|left) (?:[\p{L}\p{N}%£$€.,–-]+ ){1,6}on the table/u,
    // "fitter ads get few replies", "the post drew very few applicants"
    /(?:get|gets|got|getting|receive|receives|received|draw|draws|drew|attract|attracts|attracted) (?:very |only |too |so )?few(?![\p{L}])/u,
    // work that falls on them: "board reporting lands on you"; what fails to arrive: "ads alone rarely reach them"
    /(?:lands|land|landed|falls|fell) (?:back )?on (?:you|your desk|your plate|your team)(?![\p{L}])/u, /(?:rarely|seldom|hardly ever) (?:reach|reaches|find|finds|convert|converts|work|works|get through)(?![\p{L}])/u,
    // hiring pains: "sorry to read about …", "harder than ever", "your ads have been running since September"
    /(?:harder|tougher|more difficult) than ever/, /(?:sorry|sad) to (?:read|hear|see) (?:about|that(?![\s]*(?:[.!?,;:]|$)))/,
    /(?:ads?|adverts?|roles?|positions?|vacanc(?:y|ies)|posts?) (?:(?:have|has) been |are |is |still )?(?:running|open|live|unfilled|vacant) (?:since|for) /,
    "attack", "attacks", "attackers", "phishing", /(?:still|keeps?) (?:works?|working|happening|getting through)(?![\p{L}])/u,
    /(?:hit|hits|hitting) (?:a|the) wall/,
    // data kept apart: "attendance data sit in different systems", "spread across four tools"
    /(?:sit|sits|live|lives|lie|lies|stored|kept|held|scattered|spread|split) (?:across|in|over|between|among) (?:\d+|two|three|four|five|six|several|multiple|different|separate|disconnected) (?:[\p{L}-]+ )?(?:systems|tools|spreadsheets|databases|apps|platforms|files|folders|silos)(?![\p{L}])/u,
    /(?:wear|wears|wearing|wore|worn|grind|grinds|grinding|ground) (?:[\p{L}'’-]+ ){0,2}down(?![\p{L}])/u,
    // (found from "no", the rarer word; the verb before it checked there)
    /no(?<=(?:having|has|have|had|with|now) no) (?:in-house |dedicated |own |full-time |on-site )?(?:engineer|technician|cover|backup|specialist|expert|developer|nurse|driver|admin|accountant|manager)s?(?![\p{L}])/u,
    // "dispatch sees only half of the fleet"
    /(?:sees|see|saw|reaches|reach|reached) only (?:half|a third|a quarter|part) of/,
    "at its limit", "at their limit", "at the limit", "maxed out", "gives up", "give up on", "gave up on", "drifts", "swings", "pay for it", "pays for it",
    "scrap", "scrapped", "scrapping", "rework", "defect*", "mismatch*", "deviation*", "slips", "slipping", "over budget",
    "overspend*", "overtime", "chaos", "chaotic", "mess", "messy", "tricky", "broken", "keeps breaking", "broke down",
    "sits empty", "sit empty", "sitting empty", "stands empty", "running empty", "unused", "underused", "underutilised", "underutilized", "unnoticed",
    "nobody notices", "no one notices", "ties up capital", "tied up in", "eats into", "eating into", "never use", "never used", "rarely used", "ambitious target", "ambitious goal", "stretch target", /(?:over|above|exceed\p{L}*) (?:the |their |its |our )?(?:[\p{L}-]+ ){0,2}(?:limit|threshold)/u, "chewing through", "chews through", "chewed through", "vanish", "vanishes", "vanished", "undetected", "runs long", "run long", "ran long", "running long", "a big ask", "a tall order", "understated", "overstated", "doubting",
    "stuck for months", "open for weeks", "open for months", "unfilled for months", "firefight*",
    "stretched thin", "pile up", "piles up", "piled up",
    // pains said in everyday words: "nobody can see which rooms are done", "re-doing rooms", "flagged in the audit"
    "nobody can see", "no one can see",
    // "reports nobody reads", "a portal no one opens"
    /(?:nobody|no one) (?:ever |really |actually )?(?:reads|opens|uses|understands|looks at|checks|answers)(?![\p{L}])/u,
    "long pole", "cancel", "cancelling", "canceling", "cancelled", "canceled", "tight window", "tight deadline*", "tight timeline*", "tight schedule",
    "sound familiar", "sounds familiar", "goes to voicemail", "go to voicemail", "recall*", "most of the work", "most of the effort", "nobody knows", "no one knows", "nobody sees", "re-doing", "redoing", "redone", "dilemma",
    "holding back", "held back", "flagged in", "written up",
    "theft*", "stolen", "break-in*", "vacanc*", "stretching", "dies", "died", "drags on", "dragging on", "bites", "biting",
    "wrestl*", "drifting", "scope drift", "below target", "below plan", "below expectations", "fell short", "falls short",
    "fraud*", "scam*", "phishing", "fake", "faked", "spoofed", /(?<!(?:hand|drop|cold|hot)-)forged/, "counterfeit*", "impersonat*", "crashes", "crashed", "crashing", "double booked", "double booking*", "overbook*",
    "underestimat*", "gets overlooked", "money on the table", "roles open for", "unfilled roles", "vacancy rate*", "too many", /(?<![\p{L}])too (?:viscous|brittle|soft|slow|expensive|thick|thin|noisy|fragile|complicated|complex|costly|risky)(?![\p{L}])/u, "amateurish", "guesswork", "nobody wants", "no one wants", "dread", "dreads", "dreaded", "runs dry", "run dry", "ran dry", "clog", "clogs", "clogged", "throw away", "thrown away", "nothing left for", "time sink", "time-sink", "time drain", /(?:take|takes|took) (?:\d+\+?|over \d+|more than \d+) (?:days|weeks|months)/, "left on the table", "stumble", "stumbles", "a huge task", "a big task", "no easier", "booked out", "fully booked", "stale", "taint", "tainted", /trips? (?:[\p{L}-]+ ){0,3}up(?![\p{L}])/u, "tripped up", "invisible", "piling up", "piled up", "pile up", "piles up", /(?:hold|holds|holding|held) up (?:[\p{L}-]+ ){0,3}(?:for|by)(?![\p{L}])/u, "unprofessional", "corroded", "rusted", "rusting", /how (?:few|little)(?! time)/, "half-empty", "half empty", /(?:still )?(?:haven't|have not|hasn't|has not) (?:yet )?found/, "out of date", "out-of-date", "outdated", "bounced", "annoyed", "poor", "backfire*", "evasion", "keep asking", "keeps asking", "kept asking", /(?:roles?|positions?|jobs?|posts?|vacancies) (?:have been |has been |still |are still |is still )?(?:open|unfilled|vacant) (?:since|for)(?![\p{L}])/u,
    "too few", "too much", "lag", "lags", "lagging", "lagged", "hurts margins", "hurting your", "took * weeks", "took * months",
    "took * days", "took ages", "took forever", "took too long", "cancellations", "cancellation rate*", "late cancellation*", "not renewing",
    "never come back", "never came back", "never returned", "still relies on", "relies on spreadsheets", "leans on agency",
    /keep(?:s|ing)? [^.!?\n]{1,30} busy (?:for|with)/, "hours per", "hour per", "hours a day", "hours a week", "hours a month",
    "hours every", "hours each", "minutes per", "minutes a day", "minutes every", "days per", "days a month", "days every",
    /\d+(?:[.,]\d+)?\s?% (?:more|higher) (?:\p{L}+ )?(?:costs?|prices|churn|returns|claims|complaints|no-shows|premiums|errors|downtime)\b[^.!?\n]{0,40}\bsince\b/u,
    "trips up", "trip up", "tripped up", "a long time", "postponed", "deferred", "on hold", "remake*", "phishing*",
    "well below", "far below", "way below", "leaving within", "left within", "leave within", "quit within",
    "only find out", "only found out", "only finds out", /(?:find|finds|found|finding) out only (?:after|when|once)/, "only notice", "only noticed", "only notices", "not until",
    "binned", "in the skip", "thrown away", "chase", "chasing", "chased", "ties up", "tie up", "tied up", "tying up", "creep up", "creeps up", "creeping up", "crept up", "crept in", "creeps in", "isn't enough", "aren't enough", "wasn't enough", "weren't enough", "no longer enough", "insufficient", "eats", "accident*", "ransomware attack*",
    "tight fit", "holds up everything", "held up everything", "holding up everything", "holds everything up", "held everything up", "angry customers", "upset customers", "nowhere to live", "penalty clause*", "leave the business", "leave the company", "left the business", "left the company",
    /only \d+/, // (vacant, stuck or waiting that long; not the sender's own years: "we've worked with developers for 15 years")
    // (the look-behind after "for ": tried only where the phrase begins, not at every position)
    /(?:since|for) (?<!(?:(?:we|i)(?:'ve|’ve| have| had)? (?:\p{L}+ )?(?:worked|been|served|operated|run|built|supported|helped|advised|delivered|done)|in business|trading)[^.!?;]{0,60}(?:since|for) )(?:\d+|several|many) (?:months|weeks|years)/u,
    // "migrating the files is what drags the project out", "a nightmare", "the site went down during the sale", "don't know which devices are on the network"
    "nightmare*", /(?:members|customers|clients|staff|people|tenants|drivers|nurses|engineers|guests|users|teams|employees|subscribers) (?:are |keep |kept )?(?:leaving|leave|left)(?![\p{L}])/u, "stop working", "stops working", "stopped working", "go dead", "goes dead", "dried up", "dry up", "dries up", "drying up", "suspicious", "nobody is around", "no one is around", "no data on", "no data about", "unanswered", "unresolved", "unreported", "unprocessed", "on paper", "by fax", "and paper", "out of sync", "drift apart", "drifts apart", "drags out", "drags * out", "drags * * out", "drag * out", "drag * * out", "dragged * out", "dragged * * out", "dragging * out", "went down during", "worst possible", "went offline",
    /(?:don't|doesn't|do not|does not|don’t|doesn’t) (?:yet |really |even )?know (?:which|whether|if|what|how|where|when)(?![\p{L}])/u, "no idea which", "no idea whether", "no visibility",
    "disput*", "adjudicat*", "contested", "sticking point*", "stumbling block*", "stagnat*",
    /flat (?:[\p{L}-]+ )?(?:revenue|revenues|sales|income|margins?|bookings)/u, /(?:be|is|are|gets|getting|get|looks|will be) tight/,
    /(?:keeps|kept|keep) getting (?:longer|worse|slower|harder|pricier|more expensive)/, "exhausting", "exhausted", "draining", /open (?:[\p{L}-]+ )?(?:roles|positions|vacancies|jobs|shifts|posts)/u, "weakest", "hardest to", "hardest profiles", "feast or famine", "still paying", "still pay", "ageing", "aging",
  ],
  vaguePraise: [
    "innovative", "leading", "industry-leading", "market-leading", "best-in-class", "best in class", "world-class", "smart solution", "smart solutions",
    "cutting-edge", "state-of-the-art", "holistic", "synerg*", "next-generation", "next-gen", "seamless*", "robust",
    "scalable", "powerful", "unique", /(?<!(?:days?|weeks?|months?|hours?|minutes?|years?|sprints?) )end[ -]to[ -]end/, "one-stop", "all-in-one", "highest quality", "highest-quality", "reliable partner", "trusted partner", "user-friendly", "high-quality", "premier", "top-notch", "tailored", "bespoke",
    "comprehensive", "modern", "intuitive", "disruptive", "forward-thinking", "unparalleled", "second to none",
    "proven approach", "proven solution", "proven process", "people-first", "full-service", "award-winning", "highly experienced",
    // the team praised instead of the offer: "a team of passionate experts", "trusted by clients across the country"
    "passionate", "trusted by", "fast-growing", "fastest-growing", "dedicated team", "experienced team", "team of experts",
    "with a passion for", "attention to detail", "eye for detail", "creative team", "young and creative", "with a lot of heart", "lots of love",
  ],
  abstractValue: [
    "add value", "adds value", "adding value", "real value", "deliver value", "delivers value", "unlock value",
    "focus on what matters", "what matters most", "run more smoothly", "a bit more smoothly", "make things easier",
    "focus on your core business", "focus on what you do best", "always there for you", "unlock growth", "streamline operations", "streamline your operations",
    "unlock real value", "unlock the full value", "drive value", "next level", "to the next level", "full potential", "empower*",
    "transformation", "transform your", "drive growth", "drive results", "meaningful", "win-win", "your success", "more success", "greater success", "business success", "drive success",
    "path to success", "road to success", "key to success", "success for your", "guarantee success",
    "great fit", /help your business(?! case)/, "take your business", "noticeabl*",
    // value with an adjective that measures nothing: "add strategic value", "unlock new growth opportunities"
    /(?:add|adds|adding|deliver|delivers|create|creates|bring|brings|drive|drives|unlock|unlocks) (?:real |strategic |significant |tangible |lasting |sustainable |added |additional |more |new |true |great )+value/, /unlock (?:new |more |hidden |untapped |incremental )*(?:[\p{L}-]+ )?(?:growth|opportunities|potential)/u,
  ],
  outcomes: [
    // "eight such pages brought 190 demo sign-ups in two quarters": what the work won, counted
    /(?:brought|brings|bring|generated|generates|generate|drove|drives|delivered|delivers|collected|collects|gathered|captured|won) (?:in )?(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a hundred|dozens of|hundreds of) (?:[\p{L}-]+ ){0,2}(?:sign-ups|signups|leads|meetings|demos|bookings|orders|inquiries|enquiries|applications|applicants|customers|clients|deals|trials|registrations|replies|appointments|referrals|subscribers|opt-ins|sign-ins|email addresses|contacts)(?![\p{L}])/u,
    // time or money given back: "a 300-person insurer got that day back for every recruiter"
    /(?:got|gets|get|won|gained|gave|gives|give) (?:[\p{L}\p{N}'’-]+ ){1,4}back(?! to)(?![\p{L}])/u,
    // "we reworked eleven rejected applications; eight were funded on the second attempt"
    /(?:were|was|got|get|gets|have been|has been) (?:all |then |later |finally )?(?:funded|approved|granted|awarded)(?![\p{L}])/u,
    // what a result came to: "rejected 7% of invoice lines in the first year, worth about $1.1M"
    /(?<!(?:audit|review|trial|voucher|session|consultation|gift|bonus) )worth (?:about |around |roughly |some |over |nearly |almost )?[$€£]\s?\d[\d.,]*/u,
    // nothing went wrong for a while: "has had zero labelling incidents in the two years since"
    /(?:zero|not a single|no) (?:[\p{L}-]+ ){0,2}(?:incidents?|errors?|complaints?|recalls?|failures?|breaches?|fines?|findings?|defects?|outages?|accidents?|injuries|injury|stockouts?|penalties) (?:in|since|over|for|across|during|throughout) (?:the |its |their )?(?:[\p{L}\d-]+ ){0,3}(?:years?|months?|weeks?|quarters?|seasons?|audits?|inspections?|since)(?![\p{L}])/u,
    // a warning in time: "see their first warning three to six weeks before a failure"
    /(?:hours|days|weeks|months) (?:before|ahead of|in advance of) (?:a |the |any |each |every )?(?:failure|breakdown|outage|stoppage|fault|leak|shutdown)s?(?![\p{L}])/u,
    // "turned 'about a year of runway' into a hard 14 months"
    /(?:turned|turns) [^.!?\n]{1,50}? into(?![\p{L}])/u,
    // "30 orders a month that used to be lost": what was before, counted
    /(?:that|which) (?:previously|used to)(?![\p{L}])/u,
    /cut(?!-(?:off|offs|over|overs)(?![\p{L}]))/u, "cuts", "halved", "halve", "halves", "doubled", "double", "tripled", "saved", "saves", "save", "saving*", "held * flat", "kept * flat", "held * * flat", "kept * * flat", "held * steady",
    "reduc*", "lower*", "lifted", "lift", "lifts", "raised", "increas*", "boost*", "improv*", "dropped by", "fell by",
    "shrink", "shrinks", "shrank", "shrunk", "went from", "from * to", "down to", "up to", "cheaper", "faster", "fewer", "less",
    // "more than 40 carriers" and "four or more plants" count a size, "40% more bookings" a change
    /(?<!(?:or|and) )more(?! than)/, "below", "under", "avoid*", "prevent*", "stopped", "blocked", "cleared", "clears", "eliminat*", "freed", "free up", "resolved", "recovered",
    "reached", "got * to", "within", "in * days", /(?<!(?:live|up|installed|implemented|onboarded|running) )in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:working|business|calendar) days/, "win back", "wins back", "gave back", "gives back", "give back", "given back", "giving back", "winning back", "in * weeks", "in * months", "in a week", "in one week", "in a single week", "in a day", "in one day", "in a single day", "in a month", /(?<!(?:squeeze|fit|pencil|book|grab|spare|have|find|take|chat|talk|call) )in (?:under |about |around |less than )?(?:\d+|two|three|four|five|ten|fifteen|twenty|thirty|forty|a few) (?:minutes|hours)/, "in the first quarter", "in the first month", "in the first week", "instead of", "no longer", "back to", /plus (?:[£$€]\s?)?\d+/, "up from", "down from",
    "fell", "fall", "dropped", /(?<!multi-)drop(?!-in)/, "rose", "grew", "recover*", "gained", "gain", "won", "extra", "additional", "now",
    "booked", "went up", "went down", /(?:hit|hits|met|reached|beat|exceeded) (?:their|its|the|his|her) (?:[\p{L}-]+ ){0,2}(?:target|goal|quota|budget)s?(?![\p{L}])/u, /held (?:at|above|steady at) \d+/, /from (?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty) (?:[\p{L}%-]+ ){0,3}to (?:\d+|zero|none|one|two|three|four|five|six|seven|eight|nine|ten)/u, "above last year", "up on last year", "ahead of last year", "rescued", "salvaged", "retired", "decommissioned", /(?:took|takes|take|taking) (?:[\p{L}\d%]+ ){1,4}off (?:the|their|our|your|its)(?![\p{L}])/u, /(?:funded|financed|paid for) (?:a third|half|a quarter|two thirds|three quarters|\d+\s?%)/, "sped up", "freed up", "on average", "an average of", "extended", "lengthened", /came to (?:[£$€]\s?)?\d[\d,.]*/, "brought back", "bring back", "brings back", "secured", /used (?:[\p{L}\d-]+ ){1,5}to (?:win|land|secure|close|cut|save|halve|double|recover|raise)(?![\p{L}])/u,
    // earlier than before, found what was lost, nothing of the pain left
    "in a row", "above forecast", "above plan", "above target", "ahead of forecast", "earlier than planned", "earlier than before", "sooner", "quicker", "shorter", "ahead of schedule", "ahead of plan", "on time", "trimmed", "trims", "trim", "slashed", "closed", /(?:went|worked|ran|did|performed|sold|converted) (?:[\p{L}-]+ ){0,4}better/u,
    /(?:deferred|postponed) (?:a|an|the|their|its|his|her)(?![\p{L}])/u, /without (?:a |any |one )?(?:single )?(?:missed|late|lost|failed|wrong|rejected|incorrect|delayed)(?![\p{L}])/u, /(?:was|were|got|get|gets|been) paid (?:out )?(?:for|in full|within)(?![\p{L}])/u, /(?:fill|fills|filled) (?:about |around |nearly |over |almost |more than )?(?:\d[\d.,]*|half|most|two thirds|three quarters)/, /(?:could|can|would) (?:start|be in post|join you|join your team)(?![\p{L}])/u, "available to start", /(?:are|is) available from/, 
    /(?:shortlisted|lined up) (?:[\p{L}\d-]+ ){0,4}(?:candidates|nurses|engineers|developers|people|profiles|drivers|technicians)/u, /anonymi[sz]ed (?:profiles|cvs)/, /(?:a third|half|a quarter|a fifth|a fraction|two thirds) of the (?:cost|price|spend|fee)/, /(?:which|that) (?:they|we|the team) fixed/, /(?:over|in|within) (?:\d+|two|three|four|five|a single|one) (?:weekends?|nights?)(?![\p{L}])/u, "reordered", /(?:turned|turns) into (?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\p{L}\p{N}])/u, /\d+ of (?:the |their |our |its )?\d+ (?:[\p{L}-]+ ){0,3}(?:are|were|now|have|had|went|got|passed|signed|stayed|renewed)(?![\p{L}])/u, "uncovered", "detected", "flagged", "caught", "recouped", "reclaimed",
    "has had no", "have had no", "down to zero", "to zero", "in funding", /cover(?:s|ed) (?:\d+\s?%|half|a third|two thirds|a quarter|three quarters|a fifth)/, "without a single", /(?<=(?:\d|two|three|four|five|six|eight|ten|twelve) )(?:hours|days|weeks|months) (?:ahead|out|in advance|before (?:arrival|launch|go-live|the deadline|opening|the start|term|the season))(?![\p{L}])/u, /(?:became|become|becomes|turned into) (?:a )?planned/, "came through", "went live", "up and running",
    // "energy down 61%", "found £11k of relief", "got $118,000 back", "11 weeks rather than a year"
    /down (?:by )?(?:[£$€]\s?)?\d+/, "rather than", "found", "got * back", "won back", "get back", "gets back", "got back",
    /(?:got|get|gets|won|win) (?:[£$€]\s?)?\d[\d.,]*\s?(?:k|m|bn)? back/,
    // "shipped eight weeks ahead of its glass date", "results the same day", "won most of ours back"
    "ahead of", "same day", "same-day", "overnight", "next day", "next-day", "passed", "first time", "first try", "first attempt",
    /(?:won|win|wins|winning) (?:[\p{L}\p{N}%]+ ){1,4}back/u, /got (?:\d+\s?%|half|most|all) of/,
    // "kept 31% of would-be churners", "the final P&L is ready three days after the doors close"
    /(?:kept|keeps|keep|retained|retains|retain) (?:\d[\d.,]*\s?%|half|a third|two thirds|most) of/, /ready (?:\d+ |[\p{L}-]+ )?(?:hours?|days?|weeks?|minutes?) (?:after|before|earlier)/u,
    "weeks after go-live", "weeks after launch", "weeks after switching", "back under", "brought * down", "brought * back",
    // "got quotes down from 90 minutes to about 15", "a payback of about six years"
    "got * down", "get * down", "gets * down", "payback", /from (?:[£$€]\s?)?\d[\d.,]*\s?%?\s*(?:[\p{L}-]+\s+){0,3}to (?:about |around |roughly |under |below |less than |just |only )?(?:[£$€]\s?)?\d[\d.,]*/u, /(?:identified|uncovered|surfaced) (?:over |more than |about |around )?[£$€]\s?\d[\d.,]*/u, /(?:a third|a quarter|half|a fifth|a tenth) as (?:often|many|much)(?![\p{L}])/u, /(?:kept|keeps|retained|retains|saved|saves|won back|wins back) (?:\d+|one|two|three|four) (?:in|out of) (?:\d+|two|three|four|five|six|ten)(?![\p{L}\p{N}])/u, /keeps? (?:[\p{L}\d-]+ ){1,4}on (?:schedule|time|track)(?![\p{L}])/u, /(?:working|running|live|productive|billing|operational)(?: [\p{L}-]+)? (?:on|from) day one(?![\p{L}])/u,
    /\d+(?:[.,]\d+)?\s?%?\s+(?:to|→|->)\s+\d+/,
    // the state after the work, counted: "after the merge, duplicates were at 1.4%"
    /(?<![\p{L}])after (?:the|our|its|their|a|an|go-live|launch|switching|rollout)(?![\p{L}])[^.!?\n;]{0,60}?(?:was|were|stood|sat|is|are) (?:at |down at |down to )?(?:just |only |about |around )?\d[\d.,]*\s?%/u,
    /[+]\s?\d+(?:[.,]\d+)?\s?%/,
    /\d+(?:[.,]\d+)?\s?(?:x|×|times)\b/, /\d+(?:[.,]\d+)?\s?%\s?(?:less|more|lower|higher|cheaper|faster|fewer|off)/,
  ],
  // Outcomes concrete without a number (value.ts): a result in a word, a chore or loss that stopped, a
  // cost held flat, a span of time against a longer one
  strongOutcomes: [
    // work that took days done in hours: "closes it in hours", "answers within minutes"
    /(?:in|within) (?:a few |just |only )?(?:hours|minutes|seconds)(?![\p{L}])(?! (?:a|per|of|each|every|instead))/u,
    // none left, said outright: "had zero compromised accounts", "zero dropouts"
    /(?:had|has had|have had|saw|has seen|reported|recorded|logged) zero(?![\p{L}])/u, /zero (?:[\p{L}-]+ )?(?:dropouts|downtime|errors|defects|complaints|incidents|failures|outages|breaches|returns|no-shows|rejections|findings|injuries|accidents)(?![\p{L}])/u,
    // working time handed back ("your reps get their Friday afternoons back")
    /(?:get|gets|got|getting) (?:their|your|his|her|its|our) (?:[\p{L}-]+ ){0,2}(?:afternoons?|mornings?|evenings?|weekends?|days?|hours|weeks?|time) back(?![\p{L}])/u,
    // "ticket volume was back to baseline within a month"
    /(?:was|were|is|are|came|went|got) back to (?:baseline|normal)/,
    "halved", "doubled", "tripled", "halve", "halves", "doubles", "triples", "eliminated", "no longer needed", /the same (?:afternoon|morning|evening)/, /on the same day(?! as)/, /(?:kept|keeps|has kept|have kept) (?:every|all)(?: \d[\d,]*)? [\p{L}-]+/u, "fill every", "fill all", "fill your", "without a single",
    /without a (?:second|further) (?:round|query|queries|request|visit|call|check|appointment|trip)/, /without (?:any )?(?:follow-up|further) (?:questions|queries|requests|visits)/,
    /(?:doesn't|don't|didn't|no longer|never) (?:have to |has to )?wait for a (?:second|further|another) (?:visit|appointment|trip|call|engineer)/,
    // a track record: "nine of their last ten engineers are still there", "23 of our last 25 placements"
    /(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nineteen|twenty) of (?:our|their|its|the) last (?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)/,
    /with no (?:loss|losses|drop|downtime|disruption|gap)(?![\p{L}])/u,
    // "fieldwork finished on time", "your contractors would be paid on time", "die Disponenten gehen pünktlich nach Hause"
    /(?:finished|finishes|finish|paid|delivered|closed|shipped|landed) on time(?![\p{L}])/u, /(?:go|goes|went|get|gets) home on time/,
    // "enrolling kiosks as shared devices first saved a week of rework later"
    /(?:saved|saves|saving|freed up|frees up) (?:them |us |the team |their team |her |him )?(?:a|an|one) (?:full |whole |good )?(?:week|day|hour|month|shift|afternoon|morning)s?(?![\p{L}])/u,
    // "carers now finish the morning round before lunch instead of eating in the car": the new way against the old
    /(?:now|nowadays) (?:[\p{L}\d-]+ ){1,8}(?:instead of|rather than)(?![\p{L}])/u,
    // "the weekly 'which number is right' meeting was cancelled after a month": a chore done away with
    /(?:meeting|call|report|check|round|step|stand-?up|review|sync)s?['’]? (?:[\p{L}-]+ ){0,2}(?:was|were|got|has been|have been) (?:quietly |simply |finally )?(?:cancell?ed|dropped|scrapped|abolished)(?![\p{L}])/u,
    // "took 1,400 complaints a month off the queue", "takes the disposal cost off their books"
    /(?:took|takes|taken|taking|knocked|knocks|shaved|shaves) (?:[\p{L}\d,.£€$%-]+ ){1,6}off (?:the|their|our|its|your) (?:queue|queues|books|desk|desks|plate|plates|list|backlog|bill|bills|budget|payroll|invoice|invoices|schedule|rota|roster)(?![\p{L}])/u,
    // "our last three tours had no customs delays", "relabelled 14 ranges with zero retailer rejections"
    /(?:had|has had|have had|saw|recorded|logged|with) (?:no|zero) (?:[\p{L}-]+ ){0,2}(?:delays?|complaints?|failures?|outages?|errors?|rejections?|breakdowns?|fines?|penalties|incidents?|stoppages?|claims?|no-shows|write-offs|injuries|accidents|defects|recalls)(?![\p{L}])/u,
    // "nobody throws away the first rack any more", "bookings were back to normal"
    /(?:nobody|no one) (?:[\p{L}'’-]+ ){1,6}(?:any ?more|any longer)(?![\p{L}])/u, "back to normal",
    // "none lost imaging for over an hour last year", "not one of them missed a delivery"
    /(?:none|not one) (?:of (?:them|us|our [\p{L}-]+) )?(?:lost|missed|failed|dropped|left|quit)(?![\p{L}])/u,
    // "both were running again the same week"
    "running again", "working again", "back online", "back up and running",
    // "not one meal was wrong", "not a single parcel went missing"
    /not (?:one|a single) (?:[\p{L}-]+ ){1,2}(?:was|were|went|got|came|arrived) (?:wrong|lost|late|missing|missed|damaged|returned|rejected)(?![\p{L}])/u,
    // "9 of my 14 entries were shortlisted"
    /\d+ of (?:my|our|their|its|his|her|the) \d+ (?:[\p{L}-]+ ){0,2}(?:were|was|got|have|has|made|won|passed|reached|came|went|are|stayed|still)(?![\p{L}])/u,
    /(?:you|they|she|he|we) (?:lose|lost) no (?!time)[\p{L}-]+/u, "nothing gets lost", "nothing is lost",
    /no longer (?:has|have|files?|chases?|needs?|waits?|spends?|loses?|re-?keys?|types?|calls?|checks?|worry|worries|rebuilds?|phones?)/,
    // what the reader would stop doing with the offer: "your planners would no longer start the day on the phone to agencies"
    /would no longer (?!be (?:supported|available|possible))[\p{L}-]+/u,
    /zero (?:late|missed|failed|lost|errors?|defects?|complaints|incidents|downtime|penalties|findings|rejections|rejects|returns|chargebacks|write-offs)/,
    /(?:stopped|stop|stops) (?:stalling|slipping|bouncing|losing|missing|paying|chasing|wasting|waiting|spending)/, /(?:kept|keeps|held|holds) (?:\p{L}+ ){1,3}(?:flat|steady|stable|unchanged|continuous|intact)/u, /no (?:[\p{L}-]+ ){1,2}(?:asked for an?|complained|churned|cancell?ed|dropped out)(?![\p{L}])/u,
    /(?:none|not one) of (?:\p{L}+ ){1,5}(?:has|have) (?:had|missed|lost|failed|paid)/u, /(?:none|not one) (?:of them )?(?:produced|raised|had|received|led to|resulted in) (?:a|an|any|one)(?![\p{L}])/u,
    /(?:a|one|two|three|four|five|six|twelve|\d+) (?:full |whole )?(?:years?|months?|seasons?|quarters?) without(?![\p{L}])/u, /(?:won|win|wins) (?:them |it |most |all |half )+(?:of them )?back/, /neither (?:of (?:them|us|the \p{L}+) )?(?:has|have) (?:had|missed|lost|failed|paid)/u,
    "go away", "goes away", "went away", "disappear", "disappears", "disappeared", /(?:days|weeks|months) early/,
    /(?:took|take|takes|brought|bring|brings|got|get|gets|cut) (?:[\p{L}-]+ ){1,3}(?:down )?to zero/u,
    // "no orders slipped", "no parcel went missing"
    /(?<![\p{L}])no (?:[\p{L}-]+ ){1,2}(?:slipped|went missing|were lost|was lost|were late|was late|were missed|was missed)(?![\p{L}])/u, /(?:stayed|remained|held|stays|remains|holds) (?:above|over) \d[\d.,]*\s?%/,
    /(?<![\p{L}])no (?:thawed|lost|damaged|broken|missed|failed|spoiled|late|rejected|returned|cancell?ed) [\p{L}-]+/u, /(?:needed|required) no [\p{L}-]+/u, /\d+ of (?:the |their |our )?\d+ (?:are still|were still|stayed|remained|remain|still)(?![\p{L}])/u, /(?:give|gives|gave) (?:[\p{L}\d-]+ ){1,6}back(?![\p{L}])/u, /(?:days|weeks|months) before the deadline/, "cost-neutral", "pays for itself", "paid for itself", "only a fraction", /(?:twice|three times) as (?:many|much|fast)/, /(?:two|three|four|five|six|seven|eight|nine|ten) times (?:the|their|its|as many|as much|more)(?![\p{L}])/u,
    /(?:minutes|hours|days|weeks),? not (?:hours|days|weeks|months)/, /(?:at|on|in) (?:the )?first (?:visit|attempt|try|round|pass|submission|inspection|audit|review)/,
    /(?:had|has|have|saw|seen) no (?:further|more|new|repeat) [\p{L}-]+/u, /without (?:a single |any )?(?:finding|findings|objection|objections|query|queries|downtime|outage|outages|interruption|interruptions|disruption)/,
    /not (?:a|one) single [\p{L}-]+ (?:since|after)/u, /no (?:[\p{L}-]+ ){1,2}(?:held|stuck|waited|sat|took|lasted) (?:longer|more) than/u, /(?:in|within) (?:a|one) (?:single )?(?:morning|afternoon)/, /(?:days|weeks|months) earlier/,
  ],
  multipliers: ["halved", "halves", "halve", "doubled", "doubles", "tripled", "triples", "quadrupled", "cut in half", /cut \p{L}+ in half/u],
  reductions: [
    /cut(?!-(?:off|offs|over|overs)(?![\p{L}]))/u, "cuts", "halved", "halve", "halves", "reduc*", /(?:gave|gives|give|giving) (?:[\p{L}-]+ ){0,3}back (?:about |around |over |nearly )?(?:\d|one|two|three|four|five|six|ten|half|an? )/u, "lowered", "lowers", "saved", "saves", "save", "slashed",
    "trimmed", "trims", "shrank", "shrunk", "fewer", "less", "avoided", "avoids", "prevented", "prevents", "eliminated",
    "eliminates", "freed", "free up", "dropped by", "fell by", "down to", "down by", /down \d+/, "no longer", "recovered",
    "recouped", "got * back", "won back", "back under",
  ],
  units: [
    /\d+(?:[.,]\d+)?\s?%/, /[£$€]\s?\d+(?:[.,]\d+)*(?:k|m|bn|mn)?/, /\d\s?(?:k|m|bn)\b/,
    "day*", "week*", "month*", "year*", "hour*", "minute*", "seconds", "percent", "per cent", "points", "km", "kg", "euro*", "dollar*",
    "pound*",
  ],
  customers: [
    "client", "clients", "customer", "customers", "company", "companies", "firm", "firms", "plant", "plants", "site", "sites",
    "hospital", "hospitals", "clinic", "clinics", "depot", "depots", "warehouse", "warehouses", "project", "projects",
    "brand", "brands", "store", "stores", "shop", "shops", "school", "schools", "bank", "banks", "insurer", "insurers",
    "council", "councils", "municipalit*", "operator", "operators", "supplier", "suppliers", "manufacturer", "manufacturers",
    "retailer", "retailers", "agency", "agencies", "carrier", "carriers", "fleet", "fleets", "utility", "utilities",
    "brewery", "breweries", "care home*", "startup", "startups", "scale-up*", "rollout", "rollouts", "implementation*",
    "placement*", "dental practice*", "medical practice*", "gp practice*",
  ],
  numberWords: [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
    "twenty", "thirty", "forty", "fifty", "hundred", "a third", "a quarter", "half", "twice", "dozen*",
    "thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen", "sixty", "seventy", "eighty", "ninety",
    /every (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)/, "thousand*", "million*", "billion*", "hundreds", "a fifth", "a tenth", "two thirds", "three quarters",
    // "every fifth application": a share told as an ordinal
    "every second", "every third", "every fourth", "every fifth", "every tenth",
    "twofold", "threefold", "fourfold", "tenfold", "a couple of",
    // one unit, counted with an article: "down to under an hour", "by one percentage point"
    "an hour", "half an hour", "a percentage point", "one percentage point", "a full day",
    // a span brought down to one unit: "backlog down to a day", "close within a day of month-end" (not "2,000 cases a day", "wait a week")
    "down to a day", "within a day", "to a single day", "in a single day", "down to a week", "within a week",
    // a span counted from the start: "cleared within the first month"
    "within the first week", "within the first month", "within the first quarter", "within the first year",
    "in the first week", "in the first month", "in the first quarter", "in the first year",
  ],
  senderVoice: ["we", "our", "us", "we've", "we're", "ours"],
  pitch: [
    // a price cut on offer, and a result for a count of clients ("at half price this quarter", "recently helped two startups raise $20M+";
    // "I've helped two London brands through the same move" shares experience)
    /half[ -]price/, /(?:recently |just )?helped (?:\d+|two|three|four|five|six|several|a dozen|dozens of) (?:[\p{L}-]+ ){0,2}(?:startups|companies|clients|customers|firms|teams|brands|founders|practices|clinics|schools) (?:raise|cut|save|grow|double|triple|halve|reduce|win|hit|reach|close)(?![\p{L}])/u,
    // a role on offer ("I'm hiring a Principal Engineer for a Series B start-up") and a product hinted at ("We've built something that might help")
    /(?:i['’]m|i am) (?:currently )?(?:hiring|recruiting) (?:a|an|for)(?![\p{L}])/u, /we(?:['’]ve| have)? built (?:something|a tool|an app|a platform)(?![\p{L}])/u,
    // (what their posts were for the sender's people is no offer: "a staple for our finance team")
    /(?<!(?:for|among|to|across) )our (?!mutual|shared|conversation|chat|exchange|paths)[\p{L}\-]+(?: [\p{L}\-]+)? (?:tool|platform|software|solution|product|service|app|team|agency|offer|programme|program|approach|system|ai|method|framework|check|package)/u,
    // "we help …", but not "the herds I work with" (a peer's aside)
    // "I work with CFOs across the Midwest", "two exporters I work with": a peer's introduction, not yet an offer
    /(?:we|i) (?:help|offer|provide|deliver|build|specialise|specialize|place|install|automate|recruit|supply)(?= \p{L})/u, /(?:do|achieve|deliver) (?:the same|that|this) for (?:you|your)(?![\p{L}])/u, /we (?:sell|work with)(?= \p{L})/u, /(?:that's why|that is why|which is why) (?:we|i) (?:built|created|founded|started|developed)/,
    /(?:from|only|just) [£$€]\s?\d[\d.,]*(?:k|m|bn)?/, /(?:send|give|prepare|get) you a quote/, /(?:love|like|happy|glad) to show you/, /show you how (?:we|our)/, /(?:i'll|i will|let me) show you how/,
    /our (?:tool|platform|software|solution|product|service|app|agency|offer|programme|program)/,
    // what the product does, said with it as the subject: "our AI inspection catches them before reflow"
    /our (?!mutual|shared|conversation|chat|exchange|paths|team|teams|customers|clients)[\p{L}-]+(?: [\p{L}-]+)?(?= (?:catch(?:es)?|flags?|spots?|detects?|finds?|cuts?|halves|halve|reduces?|saves?|prevents?|automates?|tracks?|predicts?|removes?|eliminates?|handles?|replaces?|shortens?|speeds? up|brings?|syncs?|connects?|imports?|pulls?|pushes?|books?|schedules?|sends?|checks?)(?![\p{L}]))/u,
    /demo(?<=(?:a|an|our|my|the|free|quick|short|brief|live|personal|product|custom|tailored|\d+[- ]?min(?:ute)?s?) demo)/, "free trial", /(?:our|my|share|share our|send|send you|send you our|see our|introductory|special|early-bird|flat|simple|transparent) pricing|pricing (?:starts|from)/, "our rates", "price list", "our prices", "discount", "book a call", /(?<!(?:no|without|any) )sign[\s-]up/, /fixed[\s-]price(?![\s-]+(?:bids?|contracts?|jobs?|tenders?|projects?|deals?|work))/, "flat fee", "introductory price", /(?:we're|we are|i'm|i am) (?:a|an|the|your) (?:[\p{L}-]+,? ){0,4}(?:provider|partner|agency|consultancy|supplier|vendor|specialist)s?(?![\p{L}])/u, /free (?:[\p{L}-]+ ){0,2}(?:pilot|trial|audit|assessment|consultation|analysis|check)/u, "giving away", /(?:can|could|shall) we (?:book|schedule|set up|arrange)/,
    // a recruiter's candidates on offer: "I have three candidates with S/4 experience", "happy to send the anonymised CVs"
    /(?:i|we) (?:have|['’]ve got|currently have) (?:\d+|two|three|four|five|several|a few) (?:[\p{L}-]+ )?(?:candidates|profiles)(?![\p{L}])/u, /send (?:you )?(?:the |their |her |his )?(?:anonymi[sz]ed )?(?:profiles|cvs|cv)(?![\p{L}])/u,
    // the sender's material and events: "our showreel", "we're hosting a CMO dinner … Shall I save you a seat?"
    /our (?:showreel|portfolio|references|brochure|catalogue|catalog)(?![\p{L}])/u, /(?:save|reserve|hold) you a (?:seat|spot|place)/, /we(?:['’]re| are) hosting/, /we (?:produce|film|shoot|design|organi[sz]e|stage)(?= \p{L})/u,
    /(?<!(?:chat|chatting|conversation|talk|talking|visit|visiting|spoke|spoken|met|meeting|mentioned|told me) (?:[\p{L}-]+ ){0,3})(?:at|to|visit) our (?:stand|booth)(?![\p{L}])/u, /we(?:['’]re| are) launching/,
  ],
  references: [
    // "sorry to read about the hoist failure that stopped your matinee": their news, told back
    /sorry to (?:read|hear|see|learn) (?:about|that|the|your|how)/,
    // "your recent post", "your NHS ConfedExpo talk", "your Series B announcement": a name or two only before a publication or news
    /your (?:recent |latest |last )?(?:post|article|comment|talk|session|keynote|panel|podcast|interview|webinar|video|newsletter|point|story|question|blog|presentation|thread|piece|essay|write-up|op-ed|book|episode|speech|slides|study|report|launch)/,
    /your (?:[\p{L}\p{N}&'’-]+ ){1,2}(?:post|article|piece|paper|talk|keynote|podcast|interview|webinar|newsletter|essay|op-ed|episode|speech|announcement|award|job ad|job posting|tender|pilot|rollout|roll-out|merger|acquisition|expansion|relaunch|opening)/u,
    /(?:saw|noticed|read|heard|watched|see|loved|enjoyed) (?:that |you|your|the news|how)/,
    // "saw Brightpath just opened a second dispatch center": news of their company
    /(?:saw|noticed) (?!(?:a|an|the|that|this|it|some|many|most|one|two|our|my|we|i)\s)(?:[\p{L}\p{N}&'’-]+ ){1,3}(?:just |recently )?(?:opened|launched|announced|raised|hired|won|acquired|expanded|moved|is|are|has|have)(?![\p{L}])/u,
    /you (?:posted|wrote|shared|said|noted|pointed out|mentioned)(?= that| about| on| how)/, /as you (?:posted|wrote|shared|said|noted|mentioned|put it)/, /your post said/, /congrat(?:s|ulations)/, /we (?:both|met)/, /(?:met|meeting) (?:you )?(?:at|briefly)/, /mutual (?:contact|connection|friend)/,
    /thanks for (?:connecting|asking|your|getting back)/, /as promised/, /you mentioned/, /you(?:'re| are) hiring/,
    /you lead/, /in your role as/,
  ],
  stopwords,
  plainWords: new Set(
    `help helps helping helped support supports supporting business businesses company companies solution solutions platform platforms
    growth potential efficiency efficient transform transforms transformation unlock achieve achieving passionate passion partner partners
    partnering approach people goals across always connect connecting network thought thoughts understand totally really minute minutes
    introduce explain appreciate appreciated wanted perfect perfectly different course sorted everyone whenever either missed making things
    looking forward hearing chance explore exploring opportunity opportunities together valuable interesting interested absolutely
    definitely simply service services proven experienced experience expertise results success successful offer offering reach touch
    market markets today's fast-moving challenge challenges industry industries journey decision decisions smarter confident ambitious
    experts expert ever-changing landscape customer-centric innovative`.split(/\s+/),
  ),
};
