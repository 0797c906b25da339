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
    'with by of into like new old ready open up out over under'
  ).split(' '),
);

const AFTER_NAME =
  /^(?:[a-z'-]+ )?(?:,|\.|!|-|calling|here|from|again|following|checking|and|with|who|i|ringing|reaching|phoning|returning|just|$)/;

const NAME_INTRO_LOWER =
  /\b(?:this is|it's|i'm|i am|my name is|my name's|name's)\s+([a-z'-]+)(.*)$/;
const NAME_INTRO_RAW =
  /\b(?:[Tt]his is|[Ii]t's|[Ii]'m|[Ii] am|[Ii]m|[Mm]y name is|[Mm]y name's)\s+([A-Z][\p{L}'-]+)/u;

const INTERVIEW_OR_ROLE: RegExp[] = [
  /\bi (?:had|did|have) (?:an|my|the|a|our) (?:\w+ )?interview\b/,
  /\b(?:i|we) interviewed\b/,
  /\binterviewed (?:me|with)\b/,
  /\b(?:my|our|the|last week's|yesterday's|monday's|tuesday's|wednesday's|thursday's|friday's) (?:\w+ )?interview (?:on|last|with|for|yesterday|this|earlier|about|at|back)\b/,
  /\b(?:my|our) (?:\w+ )?interview\b/,
  /\b(?:about|for|regarding|re|concerning|on) (?:the|your|my|that) (?:[\w-]+ ){0,4}(?:position|role|job|opening|post|vacancy|posting|internship|application|job opening|interview)\b/,
  /\bfollow(?:ing)? up (?:on|about|after|from) (?:the|my|our|last|yesterday|friday|monday|tuesday|wednesday|thursday)/,
  /\bi applied (?:for|to)\b/,
  /\b(?:we|i) (?:spoke|met|talked|chatted) (?:on|last|yesterday|earlier|about|at|in|this|a few|two|three|the other)\b/,
  /\b(?:met|spoke|talked) with you\b/,
  /\bthe (?:candidate|applicant) (?:who|for|from|that)\b/,
  /\bone of the (?:candidates|applicants)\b/,
  /\bcandidate for the\b/,
];

function nameIn(raw: string, lower: string): boolean {
  const capital = NAME_INTRO_RAW.exec(raw);
  if (capital?.[1] && !NOT_A_NAME.has(capital[1].toLowerCase())) return true;
  const m = NAME_INTRO_LOWER.exec(lower);
  if (!m?.[1]) return false;
  const word = m[1];
  if (NOT_A_NAME.has(word)) return false;
  if (/\bmy name/.test(m[0])) return true;
  return AFTER_NAME.test((m[2] ?? '').trimStart());
}

/** True when the caller gives their name or says which interview or position they mean. */
export function identifiesSelf(raw: string, lower: string): boolean {
  if (nameIn(raw, lower)) return true;
  return INTERVIEW_OR_ROLE.some((p) => p.test(lower));
}

/** True when the caller gives their own name (not just the position). */
export function givesName(raw: string, lower: string): boolean {
  return nameIn(raw, lower);
}
