/**
 * Reciting credentials (tip T3): the interview already covered qualifications, so a follow-up
 * call that lists degrees, years of experience, achievements or argues "why I'm the best fit"
 * wastes the listener's time. One short line of fit is fine; a list is not, so cues are
 * weighted and a line must reach a threshold.
 */

import { guard, matchedTexts } from './prefilter';

interface Cue {
  pattern: RegExp;
  weight: number;
}

const CUES: Cue[] = [
  {
    pattern:
      /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|a few|over \w+|more than \w+)\+? (?:years?|yrs)'? (?:of |in |as |at |doing |working (?:in |as |with )?|leading |managing |running )(?:[\w-]+ ){0,3}?(?:experience|expertise|industry|field|management|leadership|sales|marketing|engineering|finance|accounting|teaching|nursing|retail|customer service|software|development|design|operations|teams?|projects?|a manager|a lead|a team lead)\b/,
    weight: 2,
  },
  {
    pattern: /\b(?:a|one|two|three|over a|more than a|nearly a|almost a) decades? (?:of|in)\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:years?|yrs)'? (?:of )?(?:hands-on |relevant |industry |professional )?experience\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:i'm|i am|i'd be|i would be|i will be|i'll be) (?:\w+ )?(?:the |a |an |your )?(?:best|perfect|ideal|strongest|most qualified|top|obvious|only|right) (?:fit|candidate|person|choice|match|hire|one|applicant|pick)\b/,
    weight: 2,
  },
  {
    pattern:
      /\bwhy i(?:'m| am| would be| will be) (?:a |the |such a )?(?:great|good|perfect|best|ideal|strong|right)/,
    weight: 2,
  },
  {
    pattern: /\b(?:more|most|over|highly|uniquely|extremely|very|well|best) qualified\b/,
    weight: 2,
  },
  {
    pattern:
      /\bmy (?:resume|résumé|cv|portfolio|track record|qualifications|credentials|skill ?set|skills|accomplishments|achievements|certifications?|degrees?|gpa|references|expertise|strengths|record)\b/,
    weight: 1,
  },
  {
    pattern:
      /\bmy (?:[\w-]+ )?(?:experience|background) (?:in|with|at|as|leading|managing|running)\b/,
    weight: 1,
  },
  {
    pattern:
      /\b(?:bachelor'?s|master'?s|mba|ph\.?d|doctorate|cpa|pmp|cfa|b\.?sc|m\.?sc|llb|llm|b\.?eng|m\.?eng|bcom|hnd|summa cum laude|magna cum laude|cum laude|dean's list|gpa|honou?rs degree)\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:degree|diploma|certificate|certification|certified|licensed|license) (?:in|from|as)\b/,
    weight: 2,
  },
  {
    pattern:
      /\bi(?:'ve| have)? (?:led|managed|built|launched|increased|grew|ran|oversaw|delivered|spearheaded|supervised|developed|designed|created|drove|boosted|cut|reduced|saved|generated|won|earned|trained|mentored|implemented|doubled|tripled|exceeded|closed|shipped|negotiated|coordinated|automated|streamlined|published|founded) /,
    weight: 1,
  },
  {
    pattern:
      /\b(?:fluent in|proficient (?:in|with)|expert (?:in|at|with)|skilled (?:in|at)|experienced (?:in|with)|expertise in|specialise in|specialize in)\b/,
    weight: 1,
  },
  {
    pattern:
      /\b(?:done|doing|worked|working|been|had|held|run|taught|practised|practiced) [^.]{0,40}\bfor (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many) (?:years|yrs)\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:i'm|i am) (?:a |an |very |really |extremely )?(?:hard[- ]?working|team player|quick learner|fast learner|detail[- ]oriented|self[- ]starter|results[- ]driven|go-getter|natural leader|problem solver|people person|perfectionist)\b/,
    weight: 1,
  },
  {
    pattern:
      /\bi bring\b|\bi can bring\b|\bi offer\b|\bi have (?:the|all the) (?:skills|experience|qualifications)\b/,
    weight: 1,
  },
  { pattern: /\b\d+ ?(?:%|percent)\b/, weight: 1 },
  { pattern: /\b(?:award|awards|promoted|promotion|employee of the (?:month|year))\b/, weight: 1 },
  {
    pattern:
      /\b(?:as i (?:said|mentioned|explained|told you)|just to remind you|to remind you|let me remind you|in case you forgot|i want to (?:reiterate|stress|emphasi[sz]e|remind))\b/,
    weight: 1,
  },
  {
    pattern: /\b(?:remember|recall) (?:that )?i (?:have|had|did|was|am|led|managed|worked)\b/,
    weight: 1,
  },
  { pattern: /\bmy (?:previous|last|current) (?:role|job|position|employer)\b/, weight: 1 },
  {
    pattern:
      /\b(?:recap|summari[sz]e|go over|run through|remind you of|walk you through) my (?:background|experience|qualifications|skills|cv|resume|credentials)\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:completed|finished|passed|earned|obtained|gained|got|received) (?:my|a|an|the) (?:[\w-]+ ){0,3}(?:level \d|degree|certificate|certification|diploma|qualification|masters|master's|mba|phd|exams?|license|licence|accreditation)\b/,
    weight: 2,
  },
  {
    pattern:
      /\b(?:managed|led|ran|supervised|oversaw|headed) (?:a team|teams|a staff|a department|a budget|budgets|a portfolio)\b/,
    weight: 1,
  },
  {
    pattern:
      /\b(?:i should mention|i (?:also )?wanted to mention|worth mentioning|i forgot to mention|i didn't mention|to recap|just so you know|just so you have it)\b/,
    weight: 1,
  },
  {
    // Re-arguing fit against the others: "nobody else has my track record".
    pattern:
      /\b(?:nobody|no one|no other (?:candidate|applicant)|none of the other (?:candidates|applicants)) (?:else )?(?:has|have|had|can (?:match|offer|bring)|brings?|offers?) (?:my|what i|the (?:experience|skills|background))\b/,
    weight: 2,
  },
];

// Named tools and skills: one is a detail, a list of them is a recital.
const TOOLS =
  /\b(?:python|java|javascript|typescript|sql|excel|salesforce|sap|quickbooks|photoshop|react|aws|azure|tableau|autocad|power bi|hubspot|six sigma|agile|scrum|spanish|french|german|mandarin|portuguese|forklift license|cdl)\b/g;

const ANY_TOOL = guard(TOOLS);

function toolCount(lower: string): number {
  if (!ANY_TOOL.mayMatch(lower)) return 0;
  const seen = new Set<string>();
  TOOLS.lastIndex = 0;
  for (let m = TOOLS.exec(lower); m !== null; m = TOOLS.exec(lower)) seen.add(m[0]);
  return seen.size;
}

// Each cue runs only on lines the prefilter cannot rule out (`prefilter.ts`).
const GUARDED_CUES = CUES.map((cue) => ({ rule: guard(cue.pattern), weight: cue.weight }));

/** Weighted count of credential cues in a normalised line. */
export function credentialScore(lower: string): number {
  let score = Math.min(2, toolCount(lower));
  for (const cue of GUARDED_CUES) if (cue.rule.test(lower)) score += cue.weight;
  return score;
}

/** The words of a cleaned line that each credential cue found ("just to remind you"). */
export function credentialWords(lower: string): string[] {
  return matchedTexts(CUE_RULES, lower);
}
const CUE_RULES = GUARDED_CUES.map((cue) => cue.rule);

/**
 * The weighted count of credential cues at which qualifications are being recited: in one line,
 * or added up over a campaign's caller turns (one point here and one there is a recital too).
 */
export const RECITAL_SCORE = 2;

/** True when the line recites qualifications rather than making one short point of fit. */
export function recitesCredentials(lower: string): boolean {
  return credentialScore(lower) >= RECITAL_SCORE;
}
