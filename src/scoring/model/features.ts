/**
 * The features the intent model reads from one line: words, word pairs, a few character
 * shapes, who hears it, negation scope, and what the phrase rules found. The training script
 * and the classifier share this one function, so a model always sees what it was fitted on.
 */
import type { Intent, Reached } from '../vocabulary';

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|\?/gu;
const DIGITS = /^\d+$/;
const MARKS = /[?!]{2,}/;
/** Words that negate the few words after them. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "don't",
  "didn't",
  "doesn't",
  'no',
  'never',
  "won't",
  "can't",
]);
// How many words after a negator are read as negated ("don't bother transferring me").
export const NEGATION_SPAN = 3;

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
/** The one token every run of digits is read as. */
export const DIGITS_TOKEN = '#';
/** Where a word pair starts (a line, or after a question mark) and where a line ends. */
export const LINE_START = '^';
export const LINE_END = '$';
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
  const words = wordsOfLine(input.clean);
  let negated = 0;
  let prev = LINE_START;
  let digits = 0;
  for (const w of words) {
    if (w === '?') {
      visit('q', '');
      prev = LINE_START;
      continue;
    }
    const word = tokenOf(w, input.names, input.known);
    if (word === DIGITS_TOKEN) digits += w.length;
    visit('w', word);
    visit('b', prev, word);
    if (negated > 0) {
      visit('n', word);
      negated--;
    }
    if (NEGATORS.has(word)) negated = NEGATION_SPAN;
    // Word beginnings carry meaning through endings and learner forms (interest, interested).
    const start = beginningOf(word);
    if (start !== undefined) visit('s', start);
    prev = word;
  }
  visit('b', prev, LINE_END);
  for (const shape of shapesOf(input.clean, words.length, digits)) visit('x', shape);
  if (input.reached) visit('p', input.reached);
  for (const r of input.rules) visit('r', r);
}

/** The words (and question marks) of a cleaned line, as the model reads them. */
export function wordsOfLine(clean: string): string[] {
  WORD.lastIndex = 0;
  return clean.match(WORD) ?? [];
}

/** The token a word stands for: digits, a known name, a word never seen, or the word itself. */
export function tokenOf(
  w: string,
  names?: ReadonlySet<string>,
  known?: ReadonlySet<string>,
): string {
  if (DIGITS.test(w)) return DIGITS_TOKEN;
  if (names?.has(w)) return NAME_TOKEN;
  if (known && !known.has(w) && LETTERS.test(w)) return RARE_TOKEN;
  return w;
}

/** A long word's beginning (read as a feature of its own), or undefined for a short word. */
export function beginningOf(token: string): string | undefined {
  return token.length >= 6 ? token.slice(0, 5) : undefined;
}

/** The line's shapes: a phone number's digits, insistent marks, a very short or long line. */
export function shapesOf(clean: string, wordCount: number, digits: number): string[] {
  const out: string[] = [];
  if (digits >= 7) out.push('phone');
  // "???" and "!!": the word list sees one mark, the listener hears insistence.
  if (MARKS.test(clean)) out.push('marks');
  if (wordCount <= 3) out.push('short');
  else if (wordCount >= 40) out.push('long');
  return out;
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
