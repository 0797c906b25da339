/**
 * Phrase rules for the intents that a regular expression can carry on its own. Lines are
 * normalised first (lower case, straight quotes, "i'd" -> "i would"), so each rule names one
 * spelling. Rules aim at how people actually phrase a follow-up call, formal or casual.
 */
import type { Intent } from './vocabulary';

const PERSON =
  '(?:she|he|they|mr\\.?|ms\\.?|mrs\\.?|miss|dr\\.?|the hiring manager|the manager|the recruiter|your manager|your hiring manager|the director|(?!(?:still|also|now|really|currently|actually|already|even|not|always|usually|normally|probably|possibly|maybe|just|ever)\\b)[a-z]+)';
// Someone other than the caller or the listener ("when does she start", never "when do I start").
const OTHER = `(?!(?:i|you|we|it|this|that|there)\\b)${PERSON}`;
const LATER =
  '(?:later|tomorrow|today|this (?:afternoon|morning|evening|week)|next (?:week|\\w+day)|on \\w+day|at \\d|in the (?:morning|afternoon)|after (?:lunch|\\d|her|his|the)|anytime|any time|at some point|back)';

export const GREETING: RegExp[] = [
  /^\W*(?:hi|hello|hey|hiya|howdy|greetings|yo|morning|afternoon|evening|good (?:morning|afternoon|evening|day))\b/,
  /\b(?:hi|hello|hiya|hey there|hey)\b(?! (?:on|up)\b)/,
  /\bgood (?:morning|afternoon|evening)\b/,
  /\bhow are you(?: doing)?(?: today| this (?:morning|afternoon))?\b/,
  /\bhope (?:you're|you are|you've been|your (?:day|week|morning|afternoon)|all is|this finds|you're having|you are having)\b/,
];

export const ASK_FOR_PERSON: RegExp[] = [
  /\b(?:if|whether|chance|possible|way|hoping|hope) (?:that )?i (?:could|can|might|may) (?:please |possibly |just |quickly |briefly )?(?:speak|talk|chat|get through|(?:have|grab|get) a (?:quick |brief |short )?(?:word|chat|minute)) (?:to|with)\b/,
  /\b(?:may|can|could|might) i (?:please |possibly |just |quickly |briefly )?(?:speak|talk|chat|(?:have|grab|get) a (?:quick |brief |short )?(?:word|chat|minute|moment)|get) (?:to|with)\b/,
  /\bi would (?:like|love|prefer|want) to (?:speak|talk|have a (?:quick )?word|chat) (?:to|with)\b/,
  /\b(?:hoping|trying|looking|wanting|wanted|calling|want|need|needing|meaning) to (?:maybe |possibly |perhaps |quickly |briefly |just )?(?:speak|talk|reach|get hold of|get ahold of|get in touch with|catch|connect with|get through to|have a word with) (?!you\b)/,
  new RegExp(
    `(?<!\\b(?:this|it|that|name|there|who|what|which) )\\bis ${PERSON}(?: [a-z]+)? (?:available|in|there|around|free|in the office|at (?:her|his|their) desk|in today|about(?=[?.,!]|$| by any| at all| today| right now))\\b(?! ${LATER})(?!.*\\b(?:when|what time)\\b)`,
  ),
  /\b(?:put me through|connect me|transfer me|patch me through|put me on|pass me) (?:to|with)?\b/,
  /\b(?:looking|asking|calling) for(?<!\bwhat (?:i'm|i am|we're|we are|i was) (?:\w+ )?\w+ for) (?!a |an |the (?:position|job|role)|work|an? update|news|information|feedback|(?:and|or|but|so|in|on|to|at|it|this|that|some\w*|any\w*|my|your|the|a|an|jobs?|roles?|positions?|work|now|today|years?|months?|weeks?|days?)\b)(?:mr|ms|mrs|dr|miss|the hiring|your hiring|the recruiter|[a-z]+ [a-z]+)\b/,
  /\b(?:mr|ms|mrs|dr|miss)\.? [a-z'-]+,? please\b/,
  /\bfor(?<!\b(?:message|note|this|it|that|thanks|thank you|voicemail) for) (?:mr|ms|mrs|dr|miss)\.? [a-z'-]+(?: [a-z'-]+)?\s*[?.!]*$/,
  /\b(?:get|grab) (?:her|him|them|[a-z]+) on the (?:line|phone)\b/,
  /\bspeak (?:to|with) (?:someone|the hiring|the person|whoever|mr|ms|mrs|dr|miss)\b/,
  /\b(?:give me|gimme|get me|i want|i need|i would like) (?:to (?:speak|talk) (?:to|with) )?(?:the|your) (?:hiring )?(?:manager|recruiter|supervisor|boss|person in charge|owner|director|hr person)\b/,
  /\bextension (?:number )?\d+\b/,
  new RegExp(
    `\\b(?:would|might|could|will)(?<!\\bwhen (?:[\\w']+ ){0,3}\\w+) ${PERSON}(?: [a-z'-]+)? be (?:available|free|around|able)(?: to (?:talk|speak|chat|take (?:a|my) call)| for a (?:[a-z]+ )?(?:chat|call|word|minute|moment))?(?! ${LATER})(?:[?.,!]|$)`,
  ),
  new RegExp(
    `\\bwould(?<!\\bwhen (?:[\\w']+ ){0,3}would) (?:she|he|they|(?!be\\b)[a-z]+) (?:be )?(?:available|free|able) to (?:talk|speak|chat|take (?:a|my) call)\\b(?! ${LATER})`,
  ),
  // "I was wondering if maybe she was around": an indirect ask to be put through now.
  new RegExp(
    `\\b(?:wondering|wonder|see|know) (?:if|whether) (?:maybe |perhaps |possibly )?${OTHER}(?: [a-z'-]+)? (?:is|was|might be|would be|happens to be|'s) (?:around|in|available|free|there|in the office|at (?:her|his|their) desk)\\b(?! ${LATER})(?!.*\\b(?:when|what time)\\b)`,
  ),
  new RegExp(
    `\\b(?:would|might|could|does|do)(?<!\\bwhen (?:[\\w']+ ){0,3}\\w+) ${OTHER}(?: [a-z'-]+)? have (?:a |some )?(?:few |spare |quick )?(?:minutes?|moment|second|time)\\b(?!.*\\b(?:later|tomorrow|next|this (?:afternoon|morning|evening|week))\\b)`,
  ),
];

export const ASK_AVAILABILITY: RegExp[] = [
  new RegExp(
    `\\bwhen (?:would|will|might|could|is|does|do|can|should) ${PERSON}(?: [a-z'-]+)? (?:be )?(?:available|free|in|back|around|reachable|returning|able to (?:talk|speak|chat|take)|have (?:a|some) (?:minute|moment|time|few minutes)|get back from|be back|be in)\\b`,
  ),
  /\b(?:a|the) (?:good|better|best|convenient|suitable|nice|right) time (?:to|for) (?:call|reach|ring|try|catch|speak|talk|get|phone|a (?:quick |brief )?(?:call|chat))\b/,
  /\bwhen (?:should|can|could|would|might|shall) i (?:call|try|ring|reach|catch|phone|get hold of|get ahold of|get her|get him)\b/,
  /\bwhen (?:is|would be|might be|will be) (?:a |the )?(?:good|best|better|convenient|suitable|right)\b/,
  /\bwhat time (?:would|will|should|is|does|might|could|do|works|is best|would be)\b/,
  new RegExp(
    `\\b(?:will|would) ${PERSON}(?: [a-z'-]+)? be (?:back|in|available|free|around|reachable) ${LATER}`,
  ),
  new RegExp(`\\b(?:will|would) ${PERSON}(?: [a-z'-]+)? be back\\b`),
  /\b(?:good|better|best|convenient|suitable|ideal) (?:time|moment)\b|\b(?:better|best|convenient|suitable|ideal) day\b|\ba good day (?:to|for)\b/,
  new RegExp(`\\bwhen(?:'s| is) ${PERSON} (?:free|available|back|in|around)\\b`),
  new RegExp(
    `\\bwhen (?:does |will |would )?${PERSON} (?:comes?|gets?|is|be) (?:back|in|free|available)\\b`,
  ),
  /\b(?:likely|going|expected|supposed|due) to be (?:in|back|around|available|free)\b/,
  /\b(?:a|any) (?:good |better |particular |convenient )?(?:time|day)\b[^.?!]{0,40}\b(?:work|works|suit|suits|better|convenient)\b/,
  new RegExp(`\\bis ${PERSON}(?: [a-z'-]+)? (?:available|in|free|around|back) ${LATER}`),
  new RegExp(
    `\\bwhen ${PERSON}(?:'s| is| will be| would be| might be) (?:free|available|back|in|around)\\b`,
  ),
  /\b(?:a|any) (?:time|day) (?:that )?(?:works|would work|suits|might work|is good|would be good)\b/,
  /\bwhen (?:might|would|could|is) (?:be )?a good time\b/,
  /\bbest (?:time|way) to (?:reach|catch|call|get hold of) (?:her|him|them|mr|ms|mrs|dr)\b/,
  /\b(?:should|could|can|shall) i (?:call|try|ring) (?:back|again) (?:later|tomorrow|this|next|in|at|on|after|around|before|once)\b/,
  /\b(?:alright|all right|okay|ok|fine|good|convenient) (?:if|for me to) (?:i )?(?:call|called|try|tried|ring|rang) (?:back|again|her|him)\b/,
  /\bwhen (?:does|will|would) (?:she|he|they|[a-z]+) (?:get|be) (?:back|in|out of|off|done|finished)\b/,
  /\b(?:her|his|their) (?:schedule|availability|calendar)\b/,
  new RegExp(
    `\\b(?:what time|when|what day) ${OTHER}(?: [a-z'-]+)? (?:\\w+ly )?(?:gets?|comes?|will get|will come|would get|might get) (?:back|in)\\b`,
  ),
  // Statement order after "if / whether / when": "do you know if she'll be in on Thursday".
  new RegExp(
    `\\b(?:if|whether) ${OTHER}(?: [a-z'-]+)? (?:will|would|might|is going to|is) be (?:back|in|available|free|around|reachable|in the office)\\b(?: [a-z]+){0,2} ${LATER}`,
  ),
  new RegExp(
    `\\bwhen ${OTHER}(?: [a-z'-]+)? (?:will|would|might|could|is going to|should) be (?:back|in|available|free|around|reachable|in the office|able to)\\b`,
  ),
  new RegExp(`\\b(?:is|will) ${OTHER}(?: [a-z'-]+)? (?:be )?back from\\b`),
  // Habits: "when does he normally take calls", "what time does she usually get in".
  new RegExp(
    `\\bwhen (?:does|do|will|would|can|could) ${OTHER}(?: [a-z'-]+)? (?:\\w+ly )?(?:take (?:calls|phone calls|a call)|come in|get in|start|arrive|finish|have (?:time|a (?:minute|moment)))\\b`,
  ),
  /\b(?:at )?what (?:hour|day)\b[^.?!]{0,30}\b(?:back|free|available|in|around|reach|call|ring|arrive)\b/,
  // Proposing a slot: "would Friday morning work for you", "does tomorrow suit her".
  /\b(?:would|will|does|is|could|might) (?:\w+day|tomorrow|next week|later(?: today)?|this (?:afternoon|morning|evening)|the (?:morning|afternoon))(?: (?:morning|afternoon|evening))? (?:work|suit|be (?:a )?(?:better|good|ok|okay|fine|convenient)|any (?:better|good)|better)\b/,
  new RegExp(
    `\\b(?:would|will|might|does|do) ${OTHER}(?: [a-z'-]+)? have (?:a |some )?(?:few |spare |quick )?(?:minutes?|moment|second|time|window|slot)\\b[^.?!]{0,25}\\b${LATER}`,
  ),
];

export const LEAVE_MESSAGE: RegExp[] = [
  /\bleav(?:e|ing)(?<!\b(?:don't|do not|not|won't|will not|rather not|no need to|didn't|never) (?:want to |need to |going to |bother to |like to )?leav(?:e|ing)) (?:(?:a|an|her|him|them|my|this|you|the|one|another|just)\s+){0,2}(?:quick |short |brief |little )?(?:message|voicemail|voice mail|note|msg)\b/,
  /\btake (?:a|my) (?:message|note)\b/,
  /\b(?:get|go to|reach|put me through to|transfer me to|send me to) (?:her|his|their|the) voice ?mail\b/,
  // "Let her know I'm still interested", "tell him Sam called": a message for the interviewer.
  /\b(?:tell|let) (?:her|him|them|(?:mr|ms|mrs|dr)\.? [a-z'-]+) (?:know )?(?:that )?(?:i'm|i am|i will|i would|i've|i have|i was|i called|i rang|i'm not|it's)\b/,
  /\b(?:pass|give) (?:along |on )?(?:(?:her|him|them) )?(?:a |my |the |this )?message\b|\bpass (?:it|that|this) (?:on|along)\b|\bpass (?:along|on) (?:that|a|my|the|this)\b/,
  /\b(?:let|letting|tell|telling) (?:her|him|them|[a-z]+) (?:know )?(?:that )?(?:i|[a-z]+(?: [a-z]+)?) (?:called|rang|phoned|was calling|am calling|'m calling|stopped by|returned (?:her|his|the) call)\b/,
  /\b(?:my|the) (?:number|phone(?: number)?|cell|cell number|mobile|mobile number|direct line|contact number|callback number|call back number|email(?: address)?|e-mail)(?: is|'s| again is| again,|:| would be)/,
  // A phone number: at least seven digits in groups, however they are spaced or dashed.
  /(?<![\d.,])\(?\d(?:[-.\s()]{0,2}\d){6,}(?!\d)/,
  // ...or read out in words: "five five five, oh one four two".
  /(?:\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)\b[\s,-]*){7,}/,
  /\b(?:call|ring|reach|contact|text|phone|email|e-mail|message) me (?:back )?(?:at|on|any ?time|whenever)\b/,
  /\b(?:you can|feel free to|please|could you|can you|could she|can she|would she|could he|can he|would he|have her|have him|ask her to|ask him to|tell her to|tell him to)(?: also| just| always)? (?:call|ring|reach|contact|phone|email|e-mail|get back to) me\b/,
  /\bcall me back\b(?<!\b(?:going to|gonna|ever|never|not|nobody|no one|anyone|somebody|someone|didn't|won't|will) (?:\w+ )?call me back)|\b(?:give|drop) me a (?:call|ring)(?: back)?\b/,
  /\b(?:appreciate|like|love|welcome|request|get|have|grateful for) a (?:quick |short )?(?:call ?back|return call)\b/,
  /\b(?:return|returning) (?:my|the|this) call\b/,
  /\b(?:reach|get hold of|get in touch with) me (?:at|on|by|anytime|any time|whenever)\b/,
  /\b(?:best|easiest) (?:way|number) to reach me\b/,
  /\bplease (?:have her|have him|ask her|ask him|let her|let him)\b/,
];

export const ASK_STATUS: RegExp[] = [
  /\b(?:been filled|filled yet|filled already|already filled|already been filled|been taken|been closed|position (?:is )?filled|role (?:is )?filled|job (?:is )?filled)\b/,
  /\b(?:position|role|job|place|post|vacancy|spot|opening)(?:'s| is)? still (?:free|open|available|vacant|going|on offer|live|active)\b|\bup for grabs\b/,
  /\b(?:has|have) (?:anything|something|things|much) (?:changed|moved|progressed|happened|developed)\b|\banything new (?:on|about|with|regarding)\b/,
  /\b(?:know|find out|ask|see|check|hear) (?:if|whether) i (?:got|get|have got|am getting|'m getting|made it|was successful|have been successful)\b/,
  /\bwhere (?:are|is|do) (?:you|we|things|it|they|the (?:process|search|decision|hiring))(?: guys| all)? (?:at|up to|standing)\b/,
  /\bstill (?:open|available|vacant|hiring|recruiting|interviewing|looking|accepting|considering|reviewing|in (?:the )?(?:process|progress))\b/,
  /\b(?:still |currently )?(?:under|in) (?:consideration|the running|contention|the mix|the pool)\b|\bstill in the process\b/,
  /\b(?:just )?check(?:ing)? in\b(?! (?:at|for) (?:the|a) (?:hotel|flight))|\btouch(?:ing)? base\b/,
  /\bstill (?:being )?(?:considered|a candidate|a contender|on the (?:shortlist|list|table))\b/,
  /\b(?:am i|i am|i'm|if i'm|whether i'm|if i am|whether i am) (?:still )?(?:being considered|considered|shortlisted|out of the running|on the shortlist|a contender|in the running)\b/,
  /\b(?:any|an|some|the latest|for an|for any) (?:news|update|updates|word|progress|feedback|developments?|movement|decisions?)\b/,
  /\bwhere (?:things|we|it|you|i|my application|the (?:process|search|hiring|decision|position|role)|everything) (?:stand|stands|are|is|sit|sits)\b/,
  /\b(?:status|state) (?:of|on|with) (?:my|the) (?:application|candidacy|search|process|hiring|position|role|decision|interview)\b/,
  /\b(?:check|checking|see|seeing|ask|asking|find out|follow up|following up) (?:in )?(?:on|about|regarding) (?:the |my )?(?:status|application|decision|progress)\b/,
  /\bhow (?:things|it|everything|the (?:process|search|hiring|recruitment|selection|decision)) (?:is|are|'s) (?:going|progressing|coming along|looking|moving)\b/,
  /\b(?:was|were|am|have|did) i (?:been )?(?:successful|selected|chosen|shortlisted|picked|offered)\b/,
  /\bhow(?:'s| is| are) (?:the |things with the |everything with the )?(?:process|search|hiring|decision|interviews?|recruitment|selection|things)(?: [a-z]+)? (?:going|coming along|progressing|moving|looking)\b/,
  /\bheard(?<!\b(?:haven't|have not|hasn't|has not|never|not|didn't|nobody|no one) (?:yet )?heard) (?:anything|any news|something|back)\b|(?<!expect to )\bhear (?:anything|any news|something)\b/,
  /\b(?:filled|fill|hired for) (?:the|that|this) (?:[\w-]+ ){0,3}(?:position|role|job|opening|spot|post|vacancy)\b/,
  /\b(?:you've|they've|you have|they have|she's|he's|we've|you'd|they'd) (?:already |now |yet )?(?:filled|hired|decided|picked|chosen|made (?:a|any|your|the) (?:final )?decisions?|found someone|selected)\b/,
  /\b(?:you|they|you guys) (?:have |has )?already (?:fill|filled|hire|hired|choose|chose|chosen|pick|picked|select|selected|find|found|decide|decided|take|took|taken)\b/,
  /(?<!\bwhen (?:\w+ ){0,4})\b(?:decision|decisions|choice) (?:has|have|had) (?:been |already been )?(?:made|reached|taken)\b/,
  /\b(?:had|have had|get|got|gotten) (?:a|the) chance to (?:make a decision|decide|review|look|go through|consider|discuss|meet|talk|go over)\b/,
  /\b(?:there's|there is|there was|is there|there been|has there been|have there been) (?:any |some )?(?:news|update|updates|progress|word|decision)\b/,
  /\bdid i (?:get|land) (?:the job|it|the position|the role|the offer)\b/,
  /\b(?:have|has|did) (?:you(?: guys| all| folks)?|they|the team|she|he|anyone) (?:hire|hired|pick|picked|choose|chosen|chose|select|selected|fill|filled|decide|decided|offer|offered|made|make|reach|reached|come to|settled|found)\b/,
  /(?<!\bwhen (?:\w+ ){0,4})\b(?:made|reached|come to|arrived at) (?:a|any|your|the|their) (?:final )?(?:decisions?|choice|selection|hire|hiring decision)\b/,
  /\bdecided (?:yet|on a candidate|on someone|who)\b|\bdecision yet\b/,
  /\bam i (?:getting|going to get|likely to get) (?:the|an|this) (?:job|offer|position|role)\b/,
  /\b(?:is|was) there (?:any|a) (?:decision|news|update)\b/,
];

export const ASK_TIMELINE: RegExp[] = [
  /\b(?:time ?line|time ?frame|timescale|time scale|schedule for (?:the )?(?:decision|hiring|process))\b/,
  /\bnext (?:steps?|stages?|rounds?|phase)\b|\bwhat (?:happens|comes|is) next\b|\bwhat the next (?:step|stage)/,
  /\bwhen (?:do|might|would|will|could|should|can|may|are|is) (?:you|i|we|they|the team|the company|the committee|she|he|the panel|your team)(?: [a-z']+){0,4} (?:expect|hear|know|find out|decide|deciding|making|make|have a decision|reach|get back to|be in touch|let me know|letting (?:\w+ )?know|let (?:\w+ )?know|informing|finali[sz]e|announce|notify|contact|reach out|hearing|be able to share|fill|wrap|finish|choose|pick|select)\b/,
  // "Are you hoping to decide this week or next?", "will you be deciding by Friday?"
  /\b(?:decide|deciding|decided|decision|make up your mind|get back to (?:me|candidates|people|everyone))\b[^.?!]{0,20}\b(?:this|next|by|before|within|end of|in the next) (?:\w+ )?(?:week|month|monday|tuesday|wednesday|thursday|friday|days?)\b/,
  /\bwhen (?:is|will|would|might|should) (?:a|the|your|their) (?:final |hiring )?(?:decision|choice|announcement|offer|offers|selection)\b/,
  /\bhow (?:long|soon) (?:until|before|will|would|do|does|might|is|it|till|should|can)\b/,
  /\bby when\b|\bwhat date\b/,
  /\b(?:indication|idea|sense|estimate|update) (?:of|on|about) (?:the )?(?:timing|timescales?|dates?)\b|\bwhat(?:'s| is) the timing\b/,
  /\b(?:expect|expected|expecting|anticipate) (?:a|the|to) (?:decision|hear|make|final)/,
  /\bwhen (?:the|a|your) (?:final )?decision (?:will|might|would|is|should|could|may)\b/,
  /\bwhen (?:i|we) (?:might|could|will|would|should|can|may) (?:expect|hear|know|get)\b/,
  /\bwhen (?:you|they)(?:'ll| will|'d| would|'re| are| might| may| plan to| hope to| expect to)? ?(?:be )?(?:making|make|deciding|decide|reaching|finali[sz]ing|finishing|wrapping up|getting back|notifying|filling)\b/,
  /\b(?:decision|hiring) (?:date|deadline)\b/,
  /\bhow much longer\b/,
  /\b(?:a|the) (?:date|day|deadline|time) (?:by which|for (?:the|a) decision)\b|\bstart date\b|\bhave someone in place\b/,
  /\bwhen (?:the |a )?(?:next|second|final|third|last) (?:round|stage|step|interview)/,
  /\bhow long (?:the |this |it |things |everything )?(?:process |usually |normally |typically |will |might |should |does |do |generally )*(?:takes?|lasts?|go on)\b/,
  /\bwhen (?:you|they|the team) (?:expect|anticipate|plan|hope|think|might|will|would|intend)\b/,
  /\bwhen (?:should|can|might|could) i (?:expect|hope|plan|hear|look)\b/,
  /\bwhat(?:'s| is) the (?:process|plan|schedule) (?:from here|going forward|moving forward|now)\b/,
  /\b(?:rough|general) idea of when\b|\bidea (?:of|when) (?:when )?(?:you|i|the decision)\b/,
  /\b(?:when|how soon) (?:you|i) (?:might|may|will|would|could|should) (?:be )?(?:in touch|hear|know|decide|have)\b/,
];

export const THANKS: RegExp[] = [
  // Not "a thank-you note": that names a note, it thanks nobody.
  /\b(?:thank|thanks|thankyou|thanking|thank-you|many thanks|much obliged|cheers|grateful|thankful)\b(?! (?:for nothing|god|goodness|heavens))(?!(?:-you|-u| you)? (?:notes?|cards?|letters?|e-?mails?|messages?)\b)/,
  /\b(?:i|really|truly|greatly|much|very much|we) (?:appreciate|appreciated)(?! (?:it )?if\b)/,
  /\bappreciate (?:it|your|you|that|the|this)\b(?! if\b)|\b(?:much|greatly) appreciated\b/,
];

export const CLOSING: RegExp[] = [
  /\b(?:good ?-?bye|bye|bye-bye|bye now|buh-bye|farewell|ciao|ttyl)\b|\bcheers\b(?! for\b)|(?:^|[,.!]\s*)so long(?:[,.!]|$)/,
  /\benjoy (?:the|your) (?:rest of (?:the|your) )?(?:day|week|afternoon|evening|weekend|morning)\b/,
  /\bhave a (?:good|great|nice|lovely|wonderful|fantastic|pleasant|productive|terrific|good rest of (?:the|your)|great rest of (?:the|your)) ?(?:day|one|afternoon|evening|morning|weekend|week|night)?\b/,
  /\b(?:take care|talk (?:to you )?(?:soon|later|then)|speak (?:to you )?(?:soon|later|then)|catch you later|all the best|until (?:next time|then)|see you|good night|enjoy (?:your|the) (?:day|afternoon|evening|weekend))\b/,
  /\bi will let you go\b|\bi will not keep you\b|\bthat's all (?:i (?:needed|wanted)|for now|from me)\b|\bthat's it from me\b/,
];

export const EXPRESS_INTEREST_EXTRA: RegExp[] = [
  /\b(?:continued|continuing|ongoing|strong|genuine|real|keen|sincere|great|deep) interest\b/,
  /\bmy interest (?:in|for)\b/,
  /\b(?:reiterate|reaffirm|confirm|express|restate|emphasi[sz]e|let you know about)(?: [a-z]+){0,2} interest\b/,
  /\b(?:love|like|want|hope|eager|keen|excited|happy|thrilled|delighted) to (?:join|be part of|work (?:with|for|at|on|alongside)|be a part of|contribute|come on board|come aboard|get started|start|help)\b/,
  /\b(?:love|welcome|appreciate|value) (?:the|this|an|any) (?:opportunity|chance) to (?:join|work|be part|contribute|be a part)\b/,
  /\b(?:really |truly |thoroughly )?(?:enjoyed|loved|liked) (?:meeting|talking|speaking|learning|our|the interview|the conversation|hearing|the chat|getting to know|(?:everything )?about (?:the|this|your) (?:role|job|position|team|company)|the (?:team|people|company|role|position|job|office|place|vibe)|everything (?:about|i saw|i heard)|what i (?:saw|heard|learned))\b/,
  /\b(?:i'm|i am|am) (?:still )?(?:very |really |so |much )*interest in\b/,
  /\bmy (?:first|top|number one|no\.? 1|1st) (?:choice|pick|preference)\b/,
  /\bi (?:really |still |truly |so |very much )+want (?:it|this (?:job|role|position)|the (?:job|role|position))\b/,
  /\b(?:still|very much|really) (?:want|hope to get|hoping to get|hope for|hoping for) (?:the|this|that) (?:job|role|position|opportunity)\b/,
  /\b(?:the|this) (?:role|position|job|opportunity|team|company) (?:sounds|seems|is|looks|felt) (?:like )?(?:a )?(?:great|exciting|amazing|perfect|wonderful|fantastic|fascinating|really|so|very|ideal)\b/,
  /\blooking forward to (?:joining|working|being part|the (?:opportunity|possibility|chance)|contributing|possibly|potentially|hopefully)\b/,
  /\bcan't wait to (?:start|join|get started|work|contribute)\b/,
  /\bvery much (?:in the running|still in|interested)\b|\bstill (?:very )?(?:keen|on board|up for it)\b/,
  /\b(?:it|that|this) (?:would|will) be (?:a|an) (?:dream|honou?r|privilege|pleasure) to\b/,
];

// Emotion words that express interest unless negated or asked about someone else.
export const INTEREST_WORD =
  /\b(?:interested|excited|enthusiastic|keen|eager|thrilled|passionate|hopeful|motivated)\b/g;
export const INTEREST_NEGATION =
  /\b(?:not|no longer|never|isn't|aren't|wasn't|less|un|lost|if you're|if you are|are you|you're|you are|were you|is she|is he|they're|they are)\s+(?:\w+\s+){0,2}$/;

export const RULES: ReadonlyArray<readonly [Intent, RegExp[]]> = [
  ['greeting', GREETING],
  ['ask_for_person', ASK_FOR_PERSON],
  ['ask_availability', ASK_AVAILABILITY],
  ['leave_message', LEAVE_MESSAGE],
  ['ask_status', ASK_STATUS],
  ['ask_timeline', ASK_TIMELINE],
  ['thanks', THANKS],
  ['closing', CLOSING],
];
