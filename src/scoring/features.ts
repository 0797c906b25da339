/**
 * Politeness-strategy features of a request, after Danescu-Niculescu-Mizil et al. (ACL 2013):
 * gratitude, deference, greetings, apologies, "please", indirect phrasing, counterfactual
 * modals and hedges raise politeness; direct questions and starts, "you"-first starts,
 * imperatives, factuality and complaints lower it. The same features serve the fitted model
 * (scripts/eval-politeness.ts) and the shipped scorer, so they must stay cheap.
 */
import { guard } from './prefilter';
import { firstWords } from './text';

export const FEATURE_NAMES = [
  'gratitude',
  'deference',
  'greeting',
  'positive',
  'negative',
  'apology',
  'please',
  'pleaseStart',
  'indirect',
  'directQuestion',
  'directStart',
  'counterfactual',
  'indicative',
  'firstPersonStart',
  'firstPersonPlural',
  'firstPerson',
  'secondPerson',
  'secondPersonStart',
  'hedge',
  'factuality',
  'subjunctive',
  'imperativeStart',
  'directive',
  'why',
  'complaint',
  'insult',
  'shouting',
  'manyMarks',
  'question',
  'exclaim',
  'longLine',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const GRATITUDE = guard(
  /\b(?:thank|thanks|thankyou|grateful|thankful|appreciate|appreciated|cheers)\b/,
);
const DEFERENCE = guard(
  /^(?:\W*)(?:great|good|nice|excellent|awesome|wonderful|interesting|cool|impressive|fantastic|brilliant|lovely|congrat\w*)\b|\b(?:nice|great|good|excellent|impressive|fine|awesome) (?:work|job|article|question|point|answer|edit|catch|idea)\b/,
);
const GREETING = guard(
  /^\W*(?:hi|hello|hey|hiya|greetings|dear|good (?:morning|afternoon|evening))\b/,
);
const POSITIVE = guard(
  /\b(?:great|good|nice|glad|happy|helpful|wonderful|excellent|love|enjoy(?:ed)?|pleasure|welcome|kind|kindly|best|awesome|fantastic|perfect|interesting|useful|agree|hope|hopefully|excited)\b/,
);
const NEGATIVE = guard(
  /\b(?:bad|wrong|stupid|annoying|annoyed|problem|fail(?:ed|s)?|terrible|awful|horrible|broken|useless|mess|waste|worse|worst|hate|angry|upset|frustrat\w*|confus\w*|disappoint\w*|incorrect|error|mistake|spam|vandal\w*|nonsense|garbage)\b/,
);
const APOLOGY = guard(
  /\b(?:sorry|apologi[sz]e|apologies|excuse me|forgive me|pardon|my bad|i regret)\b/,
);
const PLEASE = guard(/\bplease\b/);
const PLEASE_START = guard(/^\W*please\b/);
const INDIRECT = guard(
  /\b(?:by the way|btw|incidentally|out of curiosity|just curious|i was curious)\b/,
);
const DIRECT_Q_START = guard(/^\W*(?:what|why|who|how|where|when|which|whose)\b/);
const DIRECT_START = guard(/^\W*(?:so|then|and|but|or|also|now|well|ok|okay|anyway)\b/);
const COUNTERFACTUAL = guard(
  /\b(?:could|would) you\b|\bwould it be\b|\b(?:could|would) (?:i|we|someone|anyone|somebody)\b|\bwould you mind\b|\bif you (?:could|would|don't mind|have time|get a chance)\b/,
);
const INDICATIVE = guard(/\b(?:can|will) you\b|\b(?:can|will) (?:someone|anyone|somebody)\b/);
const FIRST_START = guard(/^\W*(?:i|my|mine|myself|i'm|i've|i would|i will|i am)\b/);
const FIRST_PLURAL = guard(/\b(?:we|our|us|ours|ourselves|we're|we've|let's)\b/);
const FIRST = guard(/\b(?:i|me|my|mine|myself|i'm|i've)\b/);
const SECOND = guard(/\b(?:you|your|yours|yourself|you're|you've|you'll|you'd)\b/);
const SECOND_START = guard(/^\W*(?:you|your|you're|you've|yours)\b/);
const HEDGE = guard(
  /\b(?:think|thought|suggest|suggested|maybe|perhaps|possibly|probably|might|seems?|seemed|guess|wonder|wondering|kind of|sort of|somewhat|i believe|assume|apparently|presumably|likely|fairly|rather|a bit|a little|hopefully|if possible|not sure|unsure)\b/,
);
const FACTUALITY = guard(
  /\b(?:in fact|actually|the (?:fact|point|reality|truth) is|the thing is|really|honestly|obviously|clearly|of course|certainly|indeed|frankly|literally)\b/,
);
const SUBJUNCTIVE = guard(
  /\b(?:i was wondering|i was hoping|i wondered|i'm wondering|i am wondering|would like|would love|would be (?:great|grateful|happy|glad|nice|helpful)|would it be possible|i hope you|hoping you|if it's not too much|when you (?:have|get) a (?:chance|moment|minute))\b/,
);
const IMPERATIVE_START = guard(
  /^\W*(?:stop|don't|do|give|tell|fix|read|look|explain|answer|get|go|check|see|send|show|put|make|let|use|remove|delete|add|change|revert|quit|leave|call|listen|take|try|keep|note|just|hurry|move)\b/,
);
const DIRECTIVE = guard(
  /\byou (?:need|have|must|should|ought|better|had better|got) (?:to )?\b|\bi (?:need|want|expect|demand) you\b|\bmake sure\b/,
);
const WHY = guard(/\bwhy\b|\bhow come\b|\bwhat the\b/);
const COMPLAINT = guard(
  /\b(?:ridiculous|unacceptable|unprofessional|absurd|outrageous|pathetic|seriously|come on|how dare|waste of|wasting|waiting (?:for|since)|still (?:no|haven't|hasn't|waiting)|never (?:got|heard|responded|answered)|no one|nobody|again\?|for the last time|i told you|as i said)\b/,
);
const INSULT = guard(
  /\b(?:stupid|idiot\w*|dumb|moron\w*|crap|damn|hell|wtf|shut up|screw|sucks?|lazy|incompetent|clueless|ignorant|jerk|shit\w*|fuck\w*|bs|bullshit|dude|whatever)\b/,
);
const DIRECT_QUESTION = guard(/(?:^|[.!?]\s+)(?:what|why|who|how|where|which)\b[^.!?]*\?/);
const CAPS_WORD = /\b[A-Z]{4,}\b/g;
const MANY_MARKS = /[!?]{2,}/;

function shouting(raw: string): number {
  CAPS_WORD.lastIndex = 0;
  let n = 0;
  while (CAPS_WORD.exec(raw) !== null) n++;
  return n >= 2 ? 1 : 0;
}

/** Feature vector (in FEATURE_NAMES order) of a normalised line; `raw` keeps capitals. */
export function politenessFeatures(raw: string, lower: string, words: number): Float64Array {
  return Float64Array.from(politenessFlags(raw, lower, words), (on) => (on ? 1 : 0));
}

/** Which strategies (in FEATURE_NAMES order) a normalised line uses: the features, as flags. */
export function politenessFlags(raw: string, lower: string, words: number): boolean[] {
  const start = firstWords(lower, 1)[0] ?? '';
  return [
    GRATITUDE.test(lower),
    DEFERENCE.test(lower),
    GREETING.test(lower),
    POSITIVE.test(lower),
    NEGATIVE.test(lower),
    APOLOGY.test(lower),
    PLEASE.test(lower) && !PLEASE_START.test(lower),
    PLEASE_START.test(lower),
    INDIRECT.test(lower),
    DIRECT_Q_START.test(lower) || DIRECT_QUESTION.test(lower),
    DIRECT_START.test(lower),
    COUNTERFACTUAL.test(lower),
    INDICATIVE.test(lower),
    FIRST_START.test(lower),
    FIRST_PLURAL.test(lower),
    FIRST.test(lower),
    SECOND.test(lower),
    SECOND_START.test(lower),
    HEDGE.test(lower),
    FACTUALITY.test(lower),
    SUBJUNCTIVE.test(lower),
    IMPERATIVE_START.test(lower) && start !== 'please',
    DIRECTIVE.test(lower),
    WHY.test(lower),
    COMPLAINT.test(lower),
    INSULT.test(lower),
    shouting(raw) === 1,
    MANY_MARKS.test(raw),
    lower.includes('?'),
    lower.includes('!'),
    words > 40,
  ];
}
