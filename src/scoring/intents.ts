/**
 * The phrase rules over the contract's vocabulary: high-precision readings that the fitted
 * model (`reading.ts`) weighs with everything else in the line.
 */
import { credentialScore, RECITAL_SCORE } from './credentials';
import { withoutFillers } from './fillers';
import { identifiesSelf } from './identify';
import { EXPRESS_INTEREST_EXTRA, INTEREST_NEGATION, INTEREST_WORD, RULES } from './intentPatterns';
import { anyMatches, guard } from './prefilter';
import { callsNames, demands, isPushy } from './pressure';
import { INTENTS, type Intent, type Reached } from './vocabulary';

// Each rule runs only on lines the prefilter cannot rule out (`prefilter.ts`).
const GUARDED_RULES = RULES.map(([intent, patterns]) => [intent, patterns.map(guard)] as const);
const INTEREST_EXTRA = EXPRESS_INTEREST_EXTRA.map(guard);
const INTEREST = guard(INTEREST_WORD);

function expressesInterest(lower: string): boolean {
  if (anyMatches(INTEREST_EXTRA, lower)) return true;
  if (!INTEREST.mayMatch(lower)) return false;
  INTEREST_WORD.lastIndex = 0;
  for (let m = INTEREST_WORD.exec(lower); m !== null; m = INTEREST_WORD.exec(lower)) {
    const before = lower.slice(Math.max(0, m.index - 40), m.index);
    if (!INTEREST_NEGATION.test(before)) return true;
  }
  return false;
}

/** Intents of a line already normalised with `normalise`; `raw` keeps capitals for names. */
export function intentsOf(
  raw: string,
  normalised: string,
  clean = withoutFillers(normalised),
  credentials = credentialScore(clean),
  namesCalled = callsNames(clean),
  demanded = demands(raw, clean, namesCalled),
): Intent[] {
  const found = new Set<Intent>();
  if (normalised.length === 0) return [];
  // Spoken lines interleave "um" and ", like," inside phrases; rules read the line without them.
  const lower = clean;
  for (const [intent, patterns] of GUARDED_RULES) {
    if (anyMatches(patterns, lower)) found.add(intent);
  }
  if (identifiesSelf(raw, lower)) found.add('identify');
  if (expressesInterest(lower)) found.add('express_interest');
  if (credentials >= RECITAL_SCORE) found.add('recite_credentials');
  if (isPushy(raw, lower, namesCalled, demanded)) found.add('pressure');
  // Keep the vocabulary's order so output is stable and easy to compare.
  return inVocabularyOrder(found);
}

/** Intents in the vocabulary's order, each once. */
export function inVocabularyOrder(intents: Iterable<Intent>): Intent[] {
  const found = new Set(intents);
  return INTENTS.filter((i) => found.has(i));
}

/**
 * What a voicemail line must carry to be a message: anything it tells the absent person about
 * the call (who is calling, which interview, a question for them, that the caller is keen).
 */
const MESSAGE_CONTENT: ReadonlySet<Intent> = new Set([
  'identify',
  'ask_availability',
  'express_interest',
  'ask_status',
  'ask_timeline',
  'recite_credentials',
]);

/**
 * What the line means to whoever hears it: nobody on a voicemail can put the caller through,
 * and a voicemail line that passes anything on about the call is leaving a message (the
 * labelling guide's reading of `leave_message`).
 */
export function forParty(intents: Intent[], reached: Reached | undefined): Intent[] {
  if (reached !== 'voicemail') return intents;
  const heard = intents.filter((i) => i !== 'ask_for_person');
  return heard.some((i) => MESSAGE_CONTENT.has(i)) && !heard.includes('leave_message')
    ? inVocabularyOrder([...heard, 'leave_message'])
    : heard;
}
