import { anyMatches, guard } from './prefilter';

/**
 * Does the caller say who they are? A name after "this is" / "I'm" / "my name is", or a
 * reference to their interview or the position. Names are recognised by capitals when the
 * line has them, or by what follows ("calling", "from", a comma) when it is all lower case.
 */

// Words that follow "I'm" or "this is" without being a name.
const NOT_A_NAME = new Set(
  (
    'a an the about regarding re in just really so not my your our for it what why how very ' +
    'urgent ridiculous taking getting unacceptable important because where to that probably ' +
    'such calling still interested following checking sorry looking wondering hoping glad ' +
    'happy excited keen afraid sure trying reaching ringing phoning here back on at available ' +
    'free fine good well great okay ok going doing having told currently also now certain ' +
    'waiting tired frustrated done confident grateful thankful eager one no from only actually ' +
    'again definitely totally absolutely quite pretty super extremely truly genuinely ' +
    'reaching calling returning leaving writing following hopeful curious concerned worried ' +
    'annoyed upset disappointed kind sort all able going gonna the candidate applicant ' +
    'his her their its this that these those some any every each call message regarding ' +
    'someone somebody anyone interested more less being been be was were will would should ' +
    'could can may might must shall do does did have has had getting as if when then than ' +
    'with by of into like new old ready open up out over under monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today tomorrow yesterday hi hey hello yeah yes ok ' +
    'well thanks thank please me him them you we they everyone everybody nobody anybody ' +
    'there what who how why which mr ms mrs dr miss sir madam tired confused worried scared ' +
    'bored pleased delighted honored honoured surprised annoyed stressed late early true hard ' +
    "weird odd crazy tough nice cool busy fair right wrong bad sad mad lost new unsure i i'm " +
    "we we're it's who's she's he's they're you're someone's somebody's hr reception " +
    'mum mom dad mother father wife husband partner boss friend agency recruiter once twice ' +
    'ill is wait most filled gone worth after shortlisted selected hired taken closed decided'
  ).split(' '),
);

// In all-lower-case text, adjectives and participles look like names; their endings give them away.
const NOT_NAME_ENDING =
  /(?:ous|ful|able|ible|ive|ing|ied|ated|ited|ssed|ized|ised|ly|ish|less|ent|ant|ic|ary|ory)$/;

// A name spelled out letter by letter: "n i b h r i a i n", "b-r-o-w-n" (people spell names).
const SPELLED = "(?:that's |thats |spelled |spelt |spelling )?(?:[a-z][ -]){2,}[a-z]\\b";
const AFTER_NAME = new RegExp(
  `^(?:[a-z'-]+ ){0,2}(?:,|\\.|!|\\?|-|calling|here|from|again|following|checking|and|with|who|i|i'm|we|sorry|ringing|reaching|phoning|returning|just|my|for|about|regarding|${SPELLED}|$)`,
);

const NAME_ENDS_LINE = /^(?:[a-z'-]+ )?[a-z'-]+\s*[.!?]*$/;

const NAME_INTRO_LOWER =
  /\b(?:this is|it's|its|i'm|i am|my name is|my name's|name's|here is),?\s+([a-z'-]+)/g;
const NAME_INTRO_RAW =
  /\b(?:[Tt]his is|[Ii]t[’']?s|[Ii][’']?m|[Ii] am|[Mm]y name is|[Mm]y name[’']s|[Hh]ere is),?\s+([A-Z][\p{L}'’-]+)/u;
// "Ellie Park here", "Derek Fung again, 555-0134": a name opening a sentence, then here/again.
const NAME_HERE_RAW =
  /(?:^|(?<!\b(?:Mr|Ms|Mrs|Dr|St))[.!?,;]\s*)([A-Z][\p{L}'’-]+)(?: [A-Z][\p{L}'’-]+)? (?:here|again|calling)\b/u;
// "ellie park here", "hi dana, wesley tran again": after a sentence's start or a greeting (and
// the listener's name), a name and then here/again.
const NAME_HERE_LOWER =
  /(?:^|[.!?,;]\s*|\b(?:hi|hello|hey|morning|afternoon|evening)\s+(?:[a-z'-]+,?\s+)??)([a-z'-]+)(?: ([a-z'-]+))? (?:here|again)\b/;
const HESITATION_ANY_CASE = /\b(?:u+m+|u+h+m*|e+r+m+|e+r+)\b[,.]?\s*/gi;

const INTERVIEW_OR_ROLE: RegExp[] = [
  // Also the forms learners use: "I did interview on Monday", "I make the interview", "I was in for".
  /\bi (?:had|did|have|make|made|was having|attended|came in for|came for|was in for|was there for|was at) (?:an |my |the |a |our |that )?(?!(?:another|other|more|a second|second)\b)(?:[\w-]+ ){0,3}interview\b/,
  /\b(?:i|we) interviewed\b/,
  /\binterviewed(?<!\bwho interviewed) (?:me|with)\b/,
  /\b(?:my|our|the|last week's|yesterday's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:\w+ )?interview (?:on|last|with|for|yesterday|this|earlier|about|at|back)\b/,
  /\b(?:my|our) (?:\w+ )?interview\b/,
  /\b(?:about|for|regarding|re|concerning|on) (?:the|your|my|that) (?:[\w-]+ ){1,4}(?:position|role|job|opening|post|vacancy|posting|internship|spot|interview)\b/,
  /\b(?:about|for|regarding|re|concerning|on) (?:the|your|my|that) (?:position|role|job|opening|post|vacancy) (?:of|as) /,
  /\bfollow(?:ing)? up (?:on|about|after|from) (?:the|my|our|last|yesterday|friday|monday|tuesday|wednesday|thursday)/,
  /\bi applied (?:for|to)\b/,
  /\b(?:for|about|regarding) (?:[\w-]+ ){1,3}(?:position|role|job|post|vacancy|place|opening)\b(?<!\b(?:this|that|the|my|your|a|any|another|other|new|dream|same) (?:position|role|job|post|vacancy|place|opening))/,
  /\b(?:we|i) (?:spoke|met|talked|chatted) (?:on|last|yesterday|earlier|about|at|in|this|a few|two|three|the other)\b/,
  /\b(?:met|spoke|talked) with you\b/,
  /\bthe (?:candidate|applicant) (?:who|for|from|that)\b/,
  /\bone of the (?:candidates|applicants)\b/,
  /\bcandidate for the\b/,
];

function plausible(word: string, lowerOnly: boolean): boolean {
  const w = word.toLowerCase();
  if (NOT_A_NAME.has(w)) return false;
  return !lowerOnly || !NOT_NAME_ENDING.test(w);
}

// "Yes, Fatima Haddad." confirms a name the other side already guessed.
// "Please tell her Jamie Fox called" names the caller in the third person.
const NAME_IN_MESSAGE_RAW =
  /\b(?:[Tt]ell|[Ll]et|[Mm]essage|[Ss]ay|[Ii]nform) (?:(?:her|him|them|know|that) ){0,2}([A-Z][\p{L}'’-]+)(?: [A-Z][\p{L}'’-]+)? (?:called|rang|phoned|stopped by|returned|is calling|was calling)/u;
// The same in a line without capitals (speech recognition): "could ye tell him kirsty fraser phoned".
const NAME_IN_MESSAGE_LOWER =
  /\b(?:tell|let|message|say|inform) (?:(?:her|him|them|know|that) ){0,2}([a-z'-]+)(?: [a-z'-]+)? (?:called|rang|phoned|stopped by|returned|is calling|was calling)\b/;
const NAME_CONFIRM_RAW =
  /(?:^|[,.!]\s*)(?:yes|yeah|yep|right|that's right|correct|that's me),? (?:it's |this is )?([A-Z][\p{L}'’-]+) [A-Z][\p{L}'’-]+/u;

/**
 * The first name the caller gives for themselves, lower-cased, if any. `clean` is the line as
 * the rules read it (`cleanLine`): without hesitations, stammered repeats collapsed ("its um
 * its dana whitfield" reads "its dana whitfield").
 */
export function nameGiven(raw: string, clean: string): string | undefined {
  const cased = raw.replace(HESITATION_ANY_CASE, '');
  // With capitals in the line, trust them: a name is capitalised, "this is ridiculous" is not.
  if (/[A-Z]/.test(cased)) {
    for (const pattern of [NAME_INTRO_RAW, NAME_HERE_RAW, NAME_CONFIRM_RAW, NAME_IN_MESSAGE_RAW]) {
      const m = pattern.exec(cased);
      if (m?.[1] && plausible(m[1], false)) return m[1].toLowerCase();
    }
    return undefined;
  }
  const here = NAME_HERE_LOWER.exec(clean);
  // "hello sir rajesh here": the word before the name may be how the listener is addressed.
  for (const name of [here?.[1], here?.[2]]) {
    if (name !== undefined && plausible(name, true)) return name;
  }
  const message = NAME_IN_MESSAGE_LOWER.exec(clean);
  if (message?.[1] && plausible(message[1], true)) return message[1];
  // Each introduction in turn: "this is wait is this recording ok this is tanya from…".
  NAME_INTRO_LOWER.lastIndex = 0;
  for (let m = NAME_INTRO_LOWER.exec(clean); m !== null; m = NAME_INTRO_LOWER.exec(clean)) {
    const name = m[1] as string;
    if (!plausible(name, true)) continue;
    const rest = clean.slice(m.index + m[0].length).trimStart();
    // "this is uh ben cole": a name and surname ending the line need no further cue.
    if (/\bmy name/.test(m[0]) || AFTER_NAME.test(rest) || NAME_ENDS_LINE.test(rest)) return name;
  }
  return undefined;
}

function nameIn(raw: string, lower: string): boolean {
  return nameGiven(raw, lower) !== undefined;
}

// Each rule runs only on lines the prefilter cannot rule out (`prefilter.ts`).
const INTERVIEW_OR_ROLE_RULES = INTERVIEW_OR_ROLE.map(guard);

/** True when the caller gives their name or says which interview or position they mean. */
export function identifiesSelf(raw: string, lower: string): boolean {
  if (nameIn(raw, lower)) return true;
  return anyMatches(INTERVIEW_OR_ROLE_RULES, lower);
}

/** True when the caller gives their own name (not just the position). */
export function givesName(raw: string, lower: string): boolean {
  return nameIn(raw, lower);
}

// Given names that are also everyday words: alone they say nothing ("I will call", "in May").
export const WORD_NAMES: ReadonlySet<string> = new Set(
  [
    'will may mark rose bill grace hope joy faith sunny summer jack pat sue art don rob ray bob',
    'frank guy june april august dawn eve glen iris ivy jade lily max miles pearl penny rich',
    'rusty sandy violet wade ash bay hunter chase cliff dale drew earl gene herb lane lee',
  ]
    .join(' ')
    .split(' '),
);

/** The parts of a person's name as a cleaned line writes them: lower case, straight quotes. */
export function namePartsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}'-]+/u)
    .filter((p) => p.length >= 2);
}

/**
 * True when the line says the caller's own name (known from the call: the scenario's caller or
 * the name the learner gave): the whole name, or one part of it that is not an everyday word.
 * `clean` is the cleaned lower-case line.
 */
export function saysOwnName(clean: string, caller: string): boolean {
  const parts = namePartsOf(caller);
  if (parts.length === 0) return false;
  const words = new Set(clean.split(/[^\p{L}'-]+/u));
  if (parts.every((p) => words.has(p))) return true;
  return parts.some((p) => words.has(p) && !WORD_NAMES.has(p));
}
