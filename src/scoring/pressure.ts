/**
 * Pushiness: demands, deadlines, ultimatums, complaints about waiting, reminders of how often
 * the caller has rung, presumption, and open anxiety. Any one of these makes a line pushy
 * (tip T4: confident and relaxed, never pushy or over-anxious).
 */
import { anyMatches, guard, matchedTexts } from './prefilter';
import { shoutedWords } from './shouting';

const PRESSURE: RegExp[] = [
  // Demands and deadlines.
  /\b(?:i|we) (?:really |just |urgently |kind of |really just )?(?:need|want|demand|expect|require) (?:an? )?(?:answer|decision|response|reply|call ?back|update|yes or no)\b(?! (?:when|whenever|at your))/,
  /\bi (?:just |really |really just |just really )?need to know\b/,
  /\bor not\s*\?/,
  /\b(?:it'll|it will|this will|it'd|it would) only take a (?:second|sec|minute|moment)\b/,
  /\bcall me back (?:today|tonight|right away|immediately|asap|now|this (?:afternoon|evening))\b|\beven (?:tonight|at night|late|on the weekend)\b/,
  /\b(?:i have|i've got|i got) (?:other|another|a few other|several other|more|two other|three other) (?:interviews?|offers?|companies|options)\b/,
  /\b(?:i|we) need to (?:know|hear|speak|talk|get an answer)\b.*\b(?:today|now|tonight|immediately|right away|asap|by (?:the end of|end of|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|noon|\d))/,
  /\b(?:today|now|tonight|by tomorrow|by (?:monday|tuesday|wednesday|thursday|friday)|by end of (?:day|week)|by the end of (?:the )?(?:day|week))\b.*\b(?:or (?:else|i will|i'm|i am)|at the latest|no later)\b/,
  /\b(?:asap|a\.s\.a\.p|right now|right away|immediately|urgently|this instant)\b/,
  /\b(?:i|we) (?:insist|demand)\b/,
  /\byou (?:need|have|must|got) to (?:call|tell|get|let|give|decide|make|hurry|answer|put|pick|hire|respond|get back)\b/,
  /\b(?:tell|get|have) (?:her|him|them|\w+) (?:to )?call me (?:back )?(?:today|now|right|immediately|asap|as soon)/,
  /\b(?:have|make|get) (?:her|him|them) (?:call|ring) me\b/,
  /\bjust (?:tell|give) me\b/,
  /\b(?:yes or no|yes-or-no)\b/,
  /\blast chance\b|\bfinal (?:warning|chance|offer)\b|\bor else\b/,
  /\b(?:i have|i've got|i got) (?:an?other|other|a competing|a better|a few other|multiple|two other) offers?\b.*\b(?:need|by|unless|so|decide|today|tomorrow|answer|soon|quickly|hurry)\b/,
  /\bdon't (?:waste|keep) (?:my time|me waiting)\b/,
  /\b(?:put|transfer|connect) me (?:through )?(?:now|right now|immediately)\b/,
  /\bi(?:'m| am)? ?(?:not|will not) (?:hang(?:ing)? up|going anywhere|leaving)\b/,
  /\bi will (?:hold|wait) (?:until|till|as long as)\b/,
  /\bi will (?:keep|be) (?:calling|ringing|phoning)\b/,
  // Not when it is denied: "no hurry", "I'm not ringing to hurry you", "don't want to hurry you".
  /\bhurry(?<!\b(?:not in a|in no|no|not in any) hurry)(?<!\b(?:not|don't|never|won't|no need to|no wish to) (?:[\w']+ ){0,3}hurry)(?: up)?\b/,
  /\bi (?:don't|do not) have all day\b/,
  /\b(?:it's|it is|this is) (?:really |very |quite )?urgent\b/,
  /\b(?:she|he|they|someone|somebody) (?:needs?|has|have|must|better) (?:to )?(?:call|get back|decide|tell|answer|respond|make up)\b/,
  /\bif (?:i|we) (?:don't|do not) (?:hear|get)\b[^.]*\b(?:by|before|today|tomorrow|this week|end of)\b/,
  /\b(?:take|accept|go with|sign with) (?:another|the other|a different|a competing) offer\b/,
  /\bjust (?:get|put|transfer|connect) me\b/,
  /\b(?:decide|hurry|answer|call|respond|pick up) already\b/,
  /\b(?:will|going to|i'll) keep (?:on )?(?:calling|trying|ringing|phoning)\b|\bkeep (?:calling|trying|ringing) (?:until|till)\b/,
  /^\W*(?:just )?answer (?:me|the question|my question)\b/,
  /\bi (?:really |just |kind of )?(?:need|want|expect) you to (?:tell|call|let|give|decide|get back|answer|respond|make|hurry)\b/,
  /\b(?:not going to|won't|will not|i'm not gonna) stop (?:calling|ringing|trying)\b|\buntil (?:she|he|they|someone|somebody) (?:speaks|talks|picks up|calls|gets back|answers)\b/,
  /\b(?:a bit much|a little much|not fair|unfair|not good enough|not acceptable|not okay)\b/,
  /\b(?:why|how come)\b[^.?!]{0,30}\b(?:so|this|that) long\b/,
  // Leverage: "an offer from a competitor".
  /\b(?:an?|another|other|competing|a better|a second) (?:job )?offers? (?:from|elsewhere|on the table|somewhere else|at another|with another)\b/,
  /\bi know (?:she|he|they|you)(?:'s|'re| is| are) (?:there|in|around|available|in the office|at (?:her|his|their|your) desk)\b/,
  // Complaints about waiting.
  /\b(?:why|how come) (?:[\w']+ ){0,2}(?:nobody|no one|no-one|never|not)\b[^.?!]{0,40}\b(?:call|calling|called|return|returning|returned|respond|responding|reply|get back|getting back|answer|answering|hear|contact)/,
  /\bcourtesy (?:to|of) (?:return|call|respond|reply|get back|answer|let)/,
  /\bi (?:wait|waited|am waiting|have waited|'ve waited|was waiting)(?: already| now| for)*(?: over| more than| almost| nearly)? (?:a |an |\w+ )?(?:weeks?|days?|months?|so long|forever|ages)\b/,
  /\b(?:don't|do not|can't|cannot|won't|will not|not going to) (?:have time to |be able to )?wait (?:around|forever|much longer|any longer|anymore)\b/,
  /\bexpected (?:a |an )?(?:quicker|faster|sooner|speedier|more prompt)\b|\bexpected to (?:hear|have heard|get) (?:back |something |an answer )?(?:by now|sooner|already|earlier)\b/,
  /\b(?:do|does|did|can|will) (?:you|she|he|they|anyone|anybody|you people) even\b/,
  /\b(?:why|how come) (?:haven't|hasn't|didn't|hasnt|havent|isn't|won't|will not|is nobody|is no one|has nobody|has no one) (?:you|anyone|anybody|she|he|they|nobody|no one|somebody|someone|your)\b/,
  /\b(?:i've|i have|i've been|i have been|been) (?:been )?waiting (?:for|since|(?:over |more than |almost |nearly )?(?:a week|a month|\w+ weeks|\w+ days|\w+ months|weeks|days)|forever|ages|so long|too long|all)\b/,
  /\b(?:this|it|that)(?: is|'s) (?:(?:really|very|so|quite|a bit|getting) )*(?:frustrating|annoying|exasperating)\b|\bi'm (?:really |very |so |quite |getting )?(?:frustrated|fed up)\b/,
  /\b(?:i would like|i want|i need|i expect) (?:an? |the |your )?(?:answer|decision|response|reply|update)\b[^.?!]{0,25}\b(?:today|tonight|now|asap|by (?:tomorrow|tonight|\w+day|the end|end of)|before (?:the end|tomorrow|tonight|\w+day|end of))\b/,
  /\b(?:what's|what is|why is) (?:taking|it taking) (?:so|this|that) long\b|\btaking (?:so|too|this|forever|ages) (?:long|forever)?\b/,
  /\b(?:no one|nobody|no-one) (?:has |ever )?(?:called|got|gotten|gets|calls|rang|returned|responded|bothered|answers)\b/,
  /\bhow (?:much )?longer\b/,
  /\bstill (?:nothing|no answer|no word|no response|no reply|no call|no callback|haven't heard|hasn't called|waiting)\b/,
  // A broken promise is a complaint, unless the line goes on gently ("…, so I thought I'd check").
  /\b(?:you|she|he|they) (?:told|said|promised) (?:me )?(?:i would|you would|she would|he would|they would|that|by)\b(?![^.?!]*\b(?:so i (?:just )?(?:thought|wanted|figured|am calling|'m calling)|just (?:checking|wanted)|i hope)\b)/,
  /\bwhat(?:'s| is) going on\b|\bwhat(?:'s| is) the hold[- ]?up\b/,
  /\bit's been (?:over |more than |almost |nearly )?(?:\w+ )?(?:weeks|forever|ages|a month|months)[.!?]/,
  /\bwhy is (?:this|it|everything) so (?:hard|difficult|long|complicated|slow)\b/,
  /\b(?:tired|sick) of (?:waiting|calling)\b/,
  /\byou people\b|\bunbelievable\b/,
  /\b(?:ridiculous|unacceptable|unprofessional|outrageous|absurd|disrespectful|pathetic|a joke|insane)\b/,
  /\b(?:you|she|he|they) (?:said|promised|told me) (?:that )?(?:you|she|he|they)(?: would| will|'d|'ll| were going to| was going to)\b(?![^.?!]*\b(?:so i (?:just )?(?:thought|wanted|figured|am calling|'m calling)|just (?:checking|wanted)|i hope)\b)/,
  /\b(?:should|would) have (?:heard|called|gotten|got|had) (?:back|something|an answer|by now)\b/,
  /\bby now\b/,
  /\b(?:i|we) (?:deserve|am owed|'m owed)\b/,
  /\bthanks for nothing\b/,
  /\b(?:seriously|come on)[?!]/,
  /\bi can't wait (?:any ?(?:longer|more)|much longer)\b/,
  /\b(?:still )?no (?:answer|response|reply|word|call back|callback)\?*!/,
  /\bwhat gives\b/,
  // Reminders of how often they have called.
  /\b(?:this is|that's|it's) (?:my|the) (?:third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)|umpteenth|millionth|hundredth|several|tenth) (?:time|call|message|voicemail)\b/,
  /\b(?:i've|i have|i) (?:already |now |also )?(?:called|rung|rang|phoned|tried|left|emailed) (?:you |her |him |them |here )?(?:\w+ )?(?:twice|thrice|(?:several|many|multiple|three|four|five|six|a bunch of|so many|a dozen|countless|numerous|\d+|a few|a couple of|a couple|like \w+) (?:times|messages|voicemails|calls|emails))\b/,
  /\b(?:third|fourth|fifth|sixth|seventh|\d+(?:rd|th)|umpteenth|millionth) time (?:calling|i've called|i have called|i called|ringing|trying|i've tried|i've rung)\b/,
  /\bjust pick up\b|\bpick up (?:the phone )?already\b/,
  /\b(?:called|rang|phoned) (?:every day|every single day|daily|twice a day|again and again|over and over)\b/,
  /\b(?:again and again|over and over)\b/,
  // Presumption.
  /\bwhen (?:do|can|should) i start\b/,
  /\b(?:i know|i'm sure|i am sure|i assume|i'm assuming|obviously) i (?:got|have|'ve got) (?:the|this) (?:job|position|role|offer)\b/,
  /\byou (?:should|need to|have to|must|would be crazy not to|'d be crazy not to) (?:hire|pick|choose|select) me\b/,
  /\b(?:you'd|you would|you'll|you will) (?:be stupid|be crazy|be foolish|regret)\b/,
  // Arguing with a decision already made.
  /\b(?:you've|you have|you) made (?:a|the wrong|a big|a huge) ?(?:mistake|wrong (?:decision|choice|call)|bad (?:decision|choice|call))\b|\bwrong (?:decision|choice|call)\b/,
  /\b(?:you're|you are|you'd be|you would be|you will be) making (?:a |the )?(?:big |huge |terrible |serious )?(?:mistake|wrong (?:decision|choice|call)|bad (?:decision|choice|call))\b/,
  /\bwhat (?:did )?(?:she|he|they|the other (?:candidate|person)) (?:had|have|has) that i (?:don't|didn't|do not|did not)\b/,
  /\b(?:reconsider|rethink|change your mind|give me another chance)\b/,
];

/**
 * Calling the listener (or their company) names: "you're idiots", "what a bunch of amateurs",
 * "your HR is a clown show". An insult, and so pressure too; read with confidence.
 */
// Words that call someone names, as a noun ("idiots") or as what they are ("useless").
const PERSON_NOUN =
  '(?:idiots?|morons?|imbeciles?|clowns?|muppets?|fools?|amateurs?|losers?|jokers?)';
const INSULT_WORD = `(?:${PERSON_NOUN}|a joke|jokes|clown show|incompetent|clueless|useless|hopeless|pathetic|stupid|dumb|brainless)`;
const QUALIFIER =
  '(?:(?:all|just|such|a|an|total|complete|absolute|utter|bloody|fucking|real|bunch of|load of|pack of|so|really|totally|completely|utterly)\\s+)*';
const NAME_CALLING = new RegExp(
  [
    // "you're useless", "you lot are a joke", "your HR is a clown show", "what a bunch of amateurs"
    `\\b(?:you(?:'re| are)|you (?:all|lot|people|guys|two|folks) are|what (?:a bunch|a load|a pack) of|(?:your|this|that) (?:company|firm|place|office|hr|hr department|department|team|receptionist|manager|switchboard|outfit|lot) (?:is|are))\\s+${QUALIFIER}${INSULT_WORD}\\b(?!\\s+to\\b)`,
    // Addressed: "you idiots", "you lot are", "you stupid clowns" (a bare "you" before an
    // adjective is not enough: "thank you stupid question" has only lost its comma).
    `\\byou(?: all| lot| people| guys| two| folks)?\\s+(?:(?:stupid|dumb|useless|incompetent|clueless|pathetic|bloody|fucking|absolute|complete|total)\\s+)*${PERSON_NOUN}\\b`,
  ].join('|'),
);
const NAMES_CALLED = guard(NAME_CALLING);

/** True when the line calls the listener, or their company, names. */
export function callsNames(lower: string): boolean {
  return NAMES_CALLED.test(lower);
}

// Open anxiety: pressure on the listener too (T4), but nervous rather than discourteous.
const ANXIETY: RegExp[] = [
  /\b(?:been on my mind|can't stop thinking|cannot stop thinking|keeps me up|lying awake|so nervous|really nervous|i'm nervous|i am nervous|so anxious|really anxious|on pins and needles|dying to know|driving me crazy)\b/,
  /\b(?:desperate|desperately|begging|i beg you|can't sleep|cannot sleep|losing my mind|freaking out|panicking|going crazy)\b/,
  /\bi (?:really |really really |so |just )?need (?:this|the) (?:job|position|role|money)\b/,
  /\bplease,? please\b/,
  /\b(?:checking|refreshing|staring at) my (?:phone|email|inbox)\b/,
];

// A sentence that thanks, says goodbye or sounds glad: its "!!!" is warmth, not pressure.
const WARM =
  /\b(?:thanks?|thank you|thx|cheers|appreciated?|grateful|bye|goodbye|take care|have a (?:\w+ )?(?:day|weekend|evening|week|one)|excited|thrilled|delighted|glad|happy|pleased|love|looking forward|can't wait to|great|wonderful|amazing|awesome|fantastic|perfect|lovely|congrat\w*|yay|woo\w*)\b/;
const MARK_RUN = /[!?]{3,}/g;

/** A run of three or more !/? that ends a sentence that is not thanks, goodbye or enthusiasm. */
function insistentMarks(raw: string): boolean {
  MARK_RUN.lastIndex = 0;
  let from = 0;
  for (let m = MARK_RUN.exec(raw); m !== null; m = MARK_RUN.exec(raw)) {
    const before = raw.slice(from, m.index);
    const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'));
    const sentence = before.slice(cut + 1).toLowerCase();
    if (!WARM.test(sentence)) return true;
    from = m.index + m[0].length;
  }
  return false;
}

// Each rule runs only on lines the prefilter cannot rule out (`prefilter.ts`).
const DEMANDS = PRESSURE.map(guard);
const ANXIOUS = ANXIETY.map(guard);

/**
 * Pressure no reading can argue away: a run of marks that is not warmth, or name-calling
 * (`namesCalled`: `callsNames` of the line, which a caller may have read already). The
 * model reads the cleaned line, which has lost the run of marks, so `prepare` lets these decide
 * `pressure` whatever the model weighs.
 */
export function unmistakablePressure(raw: string, namesCalled: boolean): boolean {
  return namesCalled || insistentMarks(raw);
}

/** True when the line demands, complains, presumes, shouts or otherwise leans on the listener. */
export function demands(raw: string, lower: string, namesCalled = callsNames(lower)): boolean {
  // Two shouted words read as pressure too, but the model may weigh them against warmth
  // ("THANKS AGAIN, have a great day"), so they are not unmistakable.
  return (
    anyMatches(DEMANDS, lower) || shoutedWords(raw) >= 2 || unmistakablePressure(raw, namesCalled)
  );
}

/** The words of a cleaned line that each pressure cue found ("i've got two other offers"). */
export function pushingWords(lower: string): string[] {
  return matchedTexts([NAMES_CALLED, ...DEMANDS, ...ANXIOUS], lower);
}

/** The words of a cleaned line that call the listener names ("you lot are a joke"). */
export function nameCallingWords(lower: string): string[] {
  return matchedTexts([NAMES_CALLED], lower);
}

/** True when the line pressures, complains, presumes or sounds over-anxious. */
export function isPushy(
  raw: string,
  lower: string,
  namesCalled = callsNames(lower),
  demanded = demands(raw, lower, namesCalled),
): boolean {
  return demanded || anyMatches(ANXIOUS, lower);
}
