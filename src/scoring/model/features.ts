/**
 * The features the intent model reads from one line: words, word pairs, a few character
 * shapes, who hears it, negation scope, and what the phrase rules found. The training script
 * and the classifier share this one function, so a model always sees what it was fitted on.
 */
import type { Intent, Reached } from '../vocabulary';

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\?/gu;
const NEGATORS = new Set(['not', "don't", "didn't", "doesn't", 'no', 'never', "won't", "can't"]);
// How many words after a negator are read as negated ("don't bother transferring me").
const NEGATION_SPAN = 3;

/** What a line offers the model: its cleaned text, who hears it, and the rules' intents. */
export interface FeatureInput {
  /** Normalised, cleaned (`cleanSpoken`) and without fillers. */
  clean: string;
  reached?: Reached;
  rules: readonly Intent[];
}

/** The line's feature names (with repeats, which count once each in the model). */
export function lineFeatures(input: FeatureInput): string[] {
  const out: string[] = ['bias'];
  WORD.lastIndex = 0;
  const words = input.clean.match(WORD) ?? [];
  let negated = 0;
  let prev = '^';
  let digits = 0;
  for (const w of words) {
    if (w === '?') {
      out.push('q');
      prev = '^';
      continue;
    }
    const isDigits = /^\d+$/.test(w);
    if (isDigits) digits += w.length;
    const word = isDigits ? '#' : w;
    out.push(`w:${word}`, `b:${prev}_${word}`);
    if (negated > 0) {
      out.push(`n:${word}`);
      negated--;
    }
    if (NEGATORS.has(word)) negated = NEGATION_SPAN;
    // Word beginnings carry meaning through endings and learner forms (interest, interested).
    if (word.length >= 6) out.push(`s:${word.slice(0, 5)}`);
    prev = word;
  }
  out.push(`b:${prev}_$`);
  if (digits >= 7) out.push('x:phone');
  if (words.length <= 3) out.push('x:short');
  else if (words.length >= 40) out.push('x:long');
  if (input.reached) out.push(`p:${input.reached}`);
  for (const r of input.rules) out.push(`r:${r}`);
  return out;
}
