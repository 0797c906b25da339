/**
 * Politeness 0-100 of one line. Two layers:
 * 1. a logistic model over politeness-strategy features and a few unigrams, fitted on the
 *    Stack Exchange half of the Stanford Politeness Corpus (politenessWeights.ts);
 * 2. a small phone-call layer with fixed weights for what written requests rarely contain but
 *    a follow-up call often does: greetings and goodbyes, courteous asks, pressure, and
 *    dismissive words. Its weights are set by hand and checked on data/labelled/lines.jsonl.
 */
import { FEATURE_NAMES, politenessFlags } from './features';
import { withoutFillers } from './fillers';
import { POLITENESS_MODEL } from './politenessWeights';
import { guard } from './prefilter';
import { demands } from './pressure';
import type { Intent } from './vocabulary';

/**
 * Weight of the model's tone heads (`Reading.tone`: polite minus rude log-odds, fitted on the
 * labelled phone-call lines) in a line's politeness log-odds. Chosen on the held-out fifth of
 * data/corpus (`npx tsx scripts/eval-tone.ts`) and the Stanford Wikipedia half
 * (`npx tsx scripts/eval-politeness.ts --no-write`), never on the independent sets: the
 * largest weight that keeps the Wikipedia AUC at its level without the heads (0.873). At 0.1
 * the fifth's pairs are ordered right 90.5% of the time (85.5% without the heads, 91.7% at
 * 0.25, where the Wikipedia AUC falls to 0.856).
 */
export const TONE_WEIGHT = 0.1;

/** Fixed log-odds of the phone-call layer. */
export const PHONE_LAYER = {
  greeting: 0.5,
  closing: 0.5,
  /** "Have a lovely evening", "take care": a goodbye that wishes them well. */
  wellWish: 0.4,
  thanks: 0.5,
  interest: 0.5,
  please: 0.4,
  courteousAsk: 0.4,
  /** Demands, complaints, ultimatums, presumption. */
  pressure: -2.5,
  /** Open anxiety without a demand ("I can't stop thinking about it"): pushy, not rude. */
  anxiety: -1.2,
  dismissive: -1.5,
} as const;

const PLEASE = guard(/\bplease\b/);
const COURTEOUS_ASK = guard(
  /\b(?:could you|would you|may i|could i|might i|would it be possible|would you mind|do you mind|i wondered|if you (?:don't mind|have a moment|get a chance)|do you (?:have a sense|happen to know|know (?:if|whether|when|roughly))|i (?:was|am|'m) (?:just )?(?:wondering|hoping)|i (?:just )?wanted to (?:\w+ly )?(?:follow up|check|see|ask|touch base|let you know|say)|sorry to (?:bother|trouble|interrupt|disturb|catch you)|is (?:now|this) a (?:good|bad) time|hope i'm not (?:interrupting|catching you|disturbing|bothering)|(?:is|would) there (?:be )?a (?:better|good|convenient) (?:time|day)|if (?:that's|that is|it's|it is) (?:okay|ok|alright|all right|convenient|not too much)|at your (?:earliest )?convenience|when(?:ever)? (?:you|she|he) (?:have|has|get|gets) a (?:moment|minute|chance|second)|no (?:worries|problem|rush|pressure)|take (?:your|all the) time|don't (?:feel )?(?:rushed|hurried)|i don't want to be a bother|i would (?:like|love) to)\b/,
);
const WELL_WISH = guard(
  /\b(?:have a (?:good|great|nice|lovely|wonderful|pleasant|fantastic|good rest of|great rest of)|take care|all the best|enjoy (?:your|the rest)|best wishes)\b/,
);
const DISMISSIVE = guard(
  /\b(?:whatever|gimme|omg|dude|ugh|geez|jeez|duh|wtf|damn|hell|crap|stupid|idiot\w*|shut up|screw (?:this|you|it)|shit\w*|fuck\w*)\b|^(?:look|listen),/,
);

/**
 * Blaming oneself ("I feel so stupid, I dialled the wrong number", "silly me") is an apology,
 * not an insult: the strategies read it as "sorry". "I'm not stupid" and "you make me feel
 * stupid" are not self-blame.
 */
const SELF_BLAME_WORDS =
  /\b(?:i (?:feel|felt) (?:(?:so|really|such|a bit|pretty|very|like) )*(?:an? )?(?:stupid|silly|dumb|daft|foolish|idiot)|i(?:'m| am) (?:(?:so|such|really|a bit|very|being) )*(?:an? )?(?:stupid|silly|dumb|daft|idiot|muppet|eejit)|(?:silly|stupid) me|how (?:stupid|silly|dumb|daft) of me|(?:that was|that's) (?:(?:so|really) )?(?:stupid|silly|dumb|daft) of me)\b/g;

const SELF_BLAME = guard(SELF_BLAME_WORDS);

/** The line as the strategies read it: self-blame read as the apology it is. */
function asApology(lower: string): string {
  return SELF_BLAME.test(lower) ? lower.replace(SELF_BLAME_WORDS, 'sorry') : lower;
}

const WORD = /[a-z']+/g;
const featureWeights = FEATURE_NAMES.map((name) => POLITENESS_MODEL.features[name]);
const unigramWeights = new Map(POLITENESS_MODEL.unigrams);

/** The fitted model's log-odds that a line is polite (no phone-call layer). */
export function politenessLogit(raw: string, lower: string, words: number): number {
  const flags = politenessFlags(raw, lower, words);
  let z = POLITENESS_MODEL.bias;
  // A strategy that is not used adds nothing (the fitted model's 0 times its weight).
  for (let i = 0; i < flags.length; i++) if (flags[i]) z += featureWeights[i] ?? 0;
  if (unigramWeights.size > 0) {
    const seen = new Set<string>();
    WORD.lastIndex = 0;
    for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
      const w = m[0];
      if (seen.has(w)) continue;
      seen.add(w);
      z += unigramWeights.get(w) ?? 0;
    }
  }
  return z;
}

/**
 * Log-odds added by the phone-call layer for a line with these intents (`raw` keeps capitals;
 * `demanded`, whether it demands rather than frets, as the line's reading found it).
 */
export function phoneLayer(
  lower: string,
  intents: readonly Intent[],
  raw = lower,
  demanded = demands(raw, lower),
): number {
  let z = 0;
  if (intents.includes('greeting')) z += PHONE_LAYER.greeting;
  if (intents.includes('closing')) z += PHONE_LAYER.closing;
  if (intents.includes('thanks')) z += PHONE_LAYER.thanks;
  if (intents.includes('express_interest')) z += PHONE_LAYER.interest;
  if (intents.includes('pressure')) z += demanded ? PHONE_LAYER.pressure : PHONE_LAYER.anxiety;
  if (WELL_WISH.test(lower)) z += PHONE_LAYER.wellWish;
  if (PLEASE.test(lower)) z += PHONE_LAYER.please;
  if (COURTEOUS_ASK.test(lower)) z += PHONE_LAYER.courteousAsk;
  if (DISMISSIVE.test(lower)) z += PHONE_LAYER.dismissive;
  return z;
}

/**
 * Politeness 0-100 of a normalised line given its intents: the line's one meaning, whoever read
 * it (the author's tags, or the reading made when it was said). The phone layer charges pressure
 * when the intents hold it, so a denied push ("I'm not calling to hurry you") costs nothing and
 * a push only the model heard ("I'd expect an answer by then, thanks") costs as much as any.
 */
export function politenessScore(
  raw: string,
  lower: string,
  words: number,
  intents: readonly Intent[],
  clean = withoutFillers(lower),
  insult = false,
  firmPressure = intents.includes('pressure'),
  tone = 0,
  demanded = demands(raw, clean),
): number {
  if (lower.length === 0) return 50;
  const z =
    politenessLogit(raw, asApology(lower), words) +
    phoneLayer(asApology(clean), intents, raw, demanded) +
    TONE_WEIGHT * tone;
  const p = 1 / (1 + Math.exp(-(POLITENESS_MODEL.scale * z + POLITENESS_MODEL.offset)));
  const score = Math.round(100 * p);
  // Courtesy words do not rescue a demand ("by Monday at the latest, thank you!"), and nothing
  // rescues an insult: each is held below the band above it, however it is dressed.
  if (insult) return Math.min(score, INSULT_CEILING);
  if (firmPressure) return Math.min(score, PRESSURE_CEILING);
  return score;
}

/** The most a pushy line can score: below the polite band (60). */
export const PRESSURE_CEILING = 45;
/** The most an insulting line can score: the bottom of the rude band. */
export const INSULT_CEILING = 10;

/** Three-way label used by reports and the labelled set: polite, neutral or rude. */
export function toneOf(politeness: number): 'polite' | 'neutral' | 'rude' {
  if (politeness >= 60) return 'polite';
  if (politeness < 35) return 'rude';
  return 'neutral';
}
