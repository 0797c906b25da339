/**
 * The features the intent model reads from one line: words, word pairs, a few character
 * shapes, who hears it, negation scope, and what the phrase rules found. The training script
 * and the classifier share this one function, so a model always sees what it was fitted on.
 */
import type { Intent, Reached } from '../vocabulary';

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\?/gu;
const DIGITS = /^\d+$/;
const MARKS = /[?!]{2,}/;
const NEGATORS = new Set(['not', "don't", "didn't", "doesn't", 'no', 'never', "won't", "can't"]);
// How many words after a negator are read as negated ("don't bother transferring me").
const NEGATION_SPAN = 3;

/** What a line offers the model: its cleaned text, who hears it, and the rules' intents. */
export interface FeatureInput {
  /** Normalised, cleaned (`cleanSpoken`) and without fillers. */
  clean: string;
  reached?: Reached;
  rules: readonly Intent[];
  /**
   * People's and places' names the corpus taught (lower case): read as one token, so that no
   * name carries weight of its own ("calling for Mr. Hart" teaches "calling for <name>").
   */
  names?: ReadonlySet<string>;
  /**
   * The words the model was fitted on (seen twice or more in its English lines): any other
   * word is read as one token, so a name or a word it never saw ("it's Okonkwo", "calling
   * from Mbeya") still weighs as such words did in training, not as nothing.
   */
  known?: ReadonlySet<string>;
}

/** The one token every known name is read as. */
export const NAME_TOKEN = '@name';
/** The one token every word the model never saw (or saw once) is read as. */
export const RARE_TOKEN = '@rare';
const LETTERS = /^[\p{L}']+$/u;

/** What kind of feature: a word, a word pair, a negated word, a word beginning, a shape, a party, a rule. */
export type FeatureKind = 'bias' | 'q' | 'w' | 'b' | 'n' | 's' | 'x' | 'p' | 'r';

/**
 * Visits each of the line's features (with repeats, which count once each in the model): the
 * one definition of what the model reads. `second` is set for word pairs only.
 */
export function walkFeatures(
  input: FeatureInput,
  visit: (kind: FeatureKind, key: string, second?: string) => void,
): void {
  visit('bias', '');
  WORD.lastIndex = 0;
  const words = input.clean.match(WORD) ?? [];
  let negated = 0;
  let prev = '^';
  let digits = 0;
  for (const w of words) {
    if (w === '?') {
      visit('q', '');
      prev = '^';
      continue;
    }
    const isDigits = DIGITS.test(w);
    if (isDigits) digits += w.length;
    const word = isDigits
      ? '#'
      : input.names?.has(w)
        ? NAME_TOKEN
        : input.known && !input.known.has(w) && LETTERS.test(w)
          ? RARE_TOKEN
          : w;
    visit('w', word);
    visit('b', prev, word);
    if (negated > 0) {
      visit('n', word);
      negated--;
    }
    if (NEGATORS.has(word)) negated = NEGATION_SPAN;
    // Word beginnings carry meaning through endings and learner forms (interest, interested).
    if (word.length >= 6) visit('s', word.slice(0, 5));
    prev = word;
  }
  visit('b', prev, '$');
  if (digits >= 7) visit('x', 'phone');
  // "???" and "!!": the word list sees one mark, the listener hears insistence.
  if (MARKS.test(input.clean)) visit('x', 'marks');
  if (words.length <= 3) visit('x', 'short');
  else if (words.length >= 40) visit('x', 'long');
  if (input.reached) visit('p', input.reached);
  for (const r of input.rules) visit('r', r);
}

/** A feature's name in the weights file: "bias", "q", "w:word", "b:prev_word". */
export function featureName(kind: FeatureKind, key: string, second?: string): string {
  if (kind === 'bias' || kind === 'q') return kind;
  return second === undefined ? `${kind}:${key}` : `${kind}:${key}_${second}`;
}

/** The line's feature names (with repeats, which count once each in the model). */
export function lineFeatures(input: FeatureInput): string[] {
  const out: string[] = [];
  walkFeatures(input, (kind, key, second) => out.push(featureName(kind, key, second)));
  return out;
}
