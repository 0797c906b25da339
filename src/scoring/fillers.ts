/**
 * Filler words and phrases in speech. "Like", "you know" and "I mean" are only fillers in
 * some positions ("I'd like to", "do you know when"), so each has its own guard.
 */

const HESITATION = /\b(?:u+m+|u+h+m*|e+r+m+|e+r+|a+h+|h+m+|mm+)\b/g;
// "you know" is a filler unless it is a real question or a clause ("do you know", "you know that").
const YOU_KNOW =
  /(?<!\b(?:do|did|would|if|as|don't|didn't|will|could|can|let|might|may|whether|before|so|that)\s)\byou know\b(?!\s+(?:what|when|whether|if|that|the|how|who|where|about|why|her|him|them|me|anything|of|a|an|my|your|this|it))/g;
const YOU_KNOW_FILLER_EXCEPTION = /\byou know what i mean\b/g;
// "I mean" at a clause start or after a comma is a filler; "what I mean is" is not.
const I_MEAN = /(?:^|[,.;!?]\s*|\b(?:um|uh|like|so|and|but)\s)i mean\b/g;
// "like" as filler: after a comma or hesitation, or before a comma, never "would like to".
const LIKE =
  /(?:(?:^|[,.;!?]\s*|\b(?:um|uh|erm|so|and|was|were|is|just|it's|really)\s)like\b(?!\s+(?:to|that|this|it|a|an|the|you|me|him|her|them|us|working|being)\b)|(?<!\b(?:would|i|we|you|they|really|also|'d|do|don't|did|didn't|not)\s)\blike,)/g;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** Counts fillers (um, uh, erm, you know, I mean, filler "like") in a normalised line. */
export function countFillers(lower: string): number {
  const youKnow = count(YOU_KNOW, lower) + count(YOU_KNOW_FILLER_EXCEPTION, lower);
  return count(HESITATION, lower) + youKnow + count(I_MEAN, lower) + count(LIKE, lower);
}

// The hesitations taken out of a line: one list for the line and for a single word.
const HESITATIONS = 'u+m+|u+h+m*|e+r+m+|e+r+|h+m+|mm+';
const STRIP_HESITATION = new RegExp(`\\b(?:${HESITATIONS})\\b[,.]?\\s*`, 'g');
const HESITATION_WORD = new RegExp(`^(?:${HESITATIONS})$`);

/** True when the word is a hesitation ("um", "uhh", "er") that `withoutFillers` takes out. */
export function isHesitation(word: string): boolean {
  return HESITATION_WORD.test(word);
}
const STRIP_YOU_KNOW = /,\s*you know\s*,/g;
const STRIP_LIKE = /,\s*like\s*,/g;
const STRIP_I_MEAN = /(?:^|,\s*)i mean\s*,/g;

// A comma and whatever commas and spaces follow it; a run with two or more commas (left where
// fillers were cut out) becomes one. No leading `\s*`: that backtracks quadratically.
const COMMA_RUN = /,[\s,]*/g;

/** The line with fillers removed, so phrase rules see "if you had a chance to look". */
export function withoutFillers(lower: string): string {
  return lower
    .replace(STRIP_HESITATION, '')
    .replace(STRIP_YOU_KNOW, ' ')
    .replace(STRIP_LIKE, ' ')
    .replace(STRIP_I_MEAN, ' ')
    .replace(COMMA_RUN, (run) => (run.indexOf(',') === run.lastIndexOf(',') ? run : ', '))
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+/, '')
    .trim();
}
