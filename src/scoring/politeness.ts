/**
 * Politeness 0-100 of one line: a logistic model over politeness-strategy features (fitted on
 * the Stack Exchange half of the Stanford Politeness Corpus, see politenessWeights.ts) plus a
 * fixed penalty for pressure, which that corpus of written requests hardly contains but which
 * is the main way a follow-up call turns rude.
 */
import { FEATURE_NAMES, politenessFeatures } from './features';
import { POLITENESS_MODEL } from './politenessWeights';

/** Log-odds penalty for a pushy line; chosen so a pushy line lands in the rude band. */
export const PRESSURE_PENALTY = 2.5;

const WORD = /[a-z']+/g;
const featureWeights = FEATURE_NAMES.map((name) => POLITENESS_MODEL.features[name]);
const unigramWeights = new Map(Object.entries(POLITENESS_MODEL.unigrams));

/** The fitted model's log-odds that a line is polite (no phone-call adjustment). */
export function politenessLogit(raw: string, lower: string, words: number): number {
  const v = politenessFeatures(raw, lower, words);
  let z = POLITENESS_MODEL.bias;
  for (let i = 0; i < v.length; i++) z += (v[i] ?? 0) * (featureWeights[i] ?? 0);
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

/** Politeness 0-100 of a normalised line; `pushy` applies the phone-call pressure penalty. */
export function politenessScore(raw: string, lower: string, words: number, pushy: boolean): number {
  if (lower.length === 0) return 50;
  const z = politenessLogit(raw, lower, words) - (pushy ? PRESSURE_PENALTY : 0);
  const p = 1 / (1 + Math.exp(-(POLITENESS_MODEL.scale * z + POLITENESS_MODEL.offset)));
  return Math.round(100 * p);
}

/** Three-way label used by reports and the labelled set: polite, neutral or rude. */
export function toneOf(politeness: number): 'polite' | 'neutral' | 'rude' {
  if (politeness >= 60) return 'polite';
  if (politeness < 35) return 'rude';
  return 'neutral';
}
