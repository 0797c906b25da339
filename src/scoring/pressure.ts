/**
 * Pushiness: demands, deadlines, ultimatums, complaints about waiting, reminders of how often
 * the caller has rung, presumption, and open anxiety. Any one of these makes a line pushy
 * (tip T4: confident and relaxed, never pushy or over-anxious).
 */

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
  /\bhurry(?: up)?\b/,
  /\bi (?:don't|do not) have all day\b/,
  /\b(?:it's|it is|this is) (?:really |very |quite )?urgent\b/,
  /\b(?:she|he|they|someone|somebody) (?:needs?|has|have|must|better) (?:to )?(?:call|get back|decide|tell|answer|respond|make up)\b/,
  /\bif (?:i|we) (?:don't|do not) (?:hear|get)\b[^.]*\b(?:by|before|today|tomorrow|this week|end of)\b/,
  /\b(?:take|accept|go with|sign with) (?:another|the other|a different|a competing) offer\b/,
  /\bjust (?:get|put|transfer|connect) me\b/,
  /\b(?:decide|hurry|answer|call|respond|pick up) already\b/,
  // Complaints about waiting.
  /\b(?:why|how come) (?:haven't|hasn't|didn't|hasnt|havent|isn't|won't|will not|is nobody|is no one|has nobody|has no one) (?:you|anyone|anybody|she|he|they|nobody|no one|somebody|someone|your)\b/,
  /\b(?:i've|i have|i've been|i have been|been) (?:been )?waiting (?:for|since|a week|weeks|days|forever|ages|so long|too long|all)\b/,
  /\b(?:what's|what is|why is) (?:taking|it taking) (?:so|this|that) long\b|\btaking (?:so|too|this|forever|ages) (?:long|forever)?\b/,
  /\b(?:no one|nobody|no-one) (?:has |ever )?(?:called|got|gotten|gets|calls|rang|returned|responded|bothered|answers)\b/,
  /\bhow (?:much )?longer\b/,
  /\bstill (?:nothing|no answer|no word|no response|no reply|no call|no callback|haven't heard|hasn't called|waiting)\b/,
  /\b(?:you|she|he|they) (?:told|said|promised) (?:me )?(?:i would|you would|she would|he would|they would|that|by)\b/,
  /\bwhat(?:'s| is) going on\b|\bwhat(?:'s| is) the hold[- ]?up\b/,
  /\bit's been (?:over |more than |almost |nearly )?(?:\w+ )?(?:weeks|forever|ages|a month|months)[.!?]/,
  /\bwhy is (?:this|it|everything) so (?:hard|difficult|long|complicated|slow)\b/,
  /\b(?:tired|sick) of (?:waiting|calling)\b/,
  /\byou people\b|\bunbelievable\b/,
  /\b(?:ridiculous|unacceptable|unprofessional|outrageous|absurd|disrespectful|pathetic|a joke|insane)\b/,
  /\b(?:you|she|he|they) (?:said|promised) (?:you|she|he|they) (?:would|will|'d)\b/,
  /\b(?:should|would) have (?:heard|called|gotten|got|had) (?:back|something|an answer|by now)\b/,
  /\bby now\b/,
  /\b(?:i|we) (?:deserve|am owed|'m owed)\b/,
  /\bthanks for nothing\b/,
  /\b(?:seriously|come on)[?!]/,
  /\bwhat gives\b/,
  // Reminders of how often they have called.
  /\b(?:this is|that's|it's) (?:my|the) (?:third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)|umpteenth|millionth|hundredth|several|tenth) (?:time|call|message|voicemail)\b/,
  /\b(?:i've|i have|i) (?:called|rung|phoned|tried|left|emailed) (?:you |her |him |them |here )?(?:\w+ )?(?:several|many|multiple|three|four|five|six|a bunch of|so many|a dozen|countless|numerous|\d+|a few|like \w+) (?:times|messages|voicemails|calls|emails)\b/,
  /\b(?:called|rang|phoned) (?:every day|every single day|daily|twice a day|again and again|over and over)\b/,
  /\b(?:again and again|over and over)\b/,
  // Presumption.
  /\bwhen (?:do|can|should) i start\b/,
  /\b(?:i know|i'm sure|i am sure|i assume|i'm assuming|obviously) i (?:got|have|'ve got) (?:the|this) (?:job|position|role|offer)\b/,
  /\byou (?:should|need to|have to|must|would be crazy not to|'d be crazy not to) (?:hire|pick|choose|select) me\b/,
  /\b(?:you'd|you would|you'll|you will) (?:be stupid|be crazy|be foolish|regret)\b/,
  // Arguing with a decision already made.
  /\b(?:you've|you have|you) made (?:a|the wrong|a big|a huge) ?(?:mistake|wrong (?:decision|choice|call)|bad (?:decision|choice|call))\b|\bwrong (?:decision|choice|call)\b/,
  /\bwhat (?:did )?(?:she|he|they|the other (?:candidate|person)) (?:had|have|has) that i (?:don't|didn't|do not|did not)\b/,
  /\b(?:reconsider|rethink|change your mind|give me another chance)\b/,
  // Open anxiety.
  /\b(?:been on my mind|can't stop thinking|cannot stop thinking|keeps me up|lying awake|so nervous|really nervous|i'm nervous|i am nervous|so anxious|really anxious|on pins and needles|dying to know|driving me crazy)\b/,
  /\b(?:desperate|desperately|begging|i beg you|can't sleep|cannot sleep|losing my mind|freaking out|panicking|going crazy)\b/,
  /\bi (?:really |really really |so |just )?need (?:this|the) (?:job|position|role|money)\b/,
  /\bplease,? please\b/,
  /\bi can't wait (?:any ?(?:longer|more)|much longer)\b/,
  /\b(?:still )?no (?:answer|response|reply|word|call back|callback)\?*!/,
];

const CAPS_WORD = /\b[A-Z]{4,}\b/g;
const ACRONYMS = new Set(['ASAP', 'NASA', 'AWS', 'HTML', 'JSON', 'CEO', 'SCRUM', 'PMP', 'CFA']);

function shoutedWords(raw: string): number {
  let n = 0;
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(raw); m !== null; m = CAPS_WORD.exec(raw)) {
    if (!ACRONYMS.has(m[0])) n++;
  }
  return n;
}

// One alternation: a single scan instead of one per rule.
const ANY_PRESSURE = new RegExp(PRESSURE.map((p) => `(?:${p.source})`).join('|'));

/** True when the line pressures, complains, presumes or sounds over-anxious. */
export function isPushy(raw: string, lower: string): boolean {
  if (ANY_PRESSURE.test(lower)) return true;
  // Two shouted words or a run of exclamation/question marks reads as pressure on a call.
  if (shoutedWords(raw) >= 2) return true;
  return /[!?]{3,}/.test(raw);
}
