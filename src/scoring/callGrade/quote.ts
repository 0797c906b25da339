import { credentialWords } from '../credentials';
import { evidenceFor, featurePhrase, type Label } from '../model/intentModel';
import { nameCallingWords, pushingWords } from '../pressure';
import { FUNCTION_WORDS } from '../reading';
import type { MyTurn } from './context';

// The most words a phrase rule's match may have to stand as the finding's phrase; a longer
// one (a rule that spans a sentence) says less than the model's strongest words.
const MAX_RULE_WORDS = 8;

const wordCount = (s: string) => s.split(/\s+/).length;

/** The shortest match of the label's phrase rules in the cleaned line, if one is short enough. */
function ruleWords(clean: string, label: Label): string | undefined {
  const found =
    label === 'pressure'
      ? pushingWords(clean)
      : label === 'recite_credentials'
        ? credentialWords(clean)
        : label === 'insult'
          ? nameCallingWords(clean)
          : [];
  // Ties keep the rules' order.
  return found
    .filter((f) => wordCount(f) <= MAX_RULE_WORDS)
    .reduce<string | undefined>(
      (best, f) => (best === undefined || wordCount(f) < wordCount(best) ? f : best),
      undefined,
    );
}

/** Short quotation of a turn for finding messages, so the learner sees which line is meant. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? `“${flat}”` : `“${flat.slice(0, max - 1).trimEnd()}…”`;
}

/**
 * The words of a caller's turn that weighed most for a reading ("at the latest"), as the model
 * saw them, or undefined when no word stood out (a chosen line's tag with no telling words).
 */
export function phraseFor(turn: Pick<MyTurn, 'reading'>, label: Label): string | undefined {
  const evidence = evidenceFor(turn.reading, label, 3);
  // The rule's own words, when the rule weighed most (name-calling decides an insult outright):
  // they are what the reading rests on.
  if (evidence[0]?.feature === `r:${label}` || label === 'insult') {
    const words = ruleWords(turn.reading.clean, label);
    if (words !== undefined) return words;
  }
  const phrases = evidence
    .map((e) => featurePhrase(e.feature))
    .filter((p): p is string => p !== undefined && !p.endsWith('…'));
  // A word pair says more than a lone word ("hear by", "oh great"), unless it is made of small
  // words only ("i have"): among the strongest, prefer the longer telling one.
  const telling = phrases.filter((p) => p.split(' ').some((w) => !FUNCTION_WORDS.has(w)));
  return (telling.length > 0 ? telling : phrases).sort((a, b) => wordCount(b) - wordCount(a))[0];
}

/** How a message names the line at fault: the words that weighed most, else the line itself. */
export function atFault(
  turn: Pick<MyTurn, 'reading' | 'grade'>,
  label: Label,
): { phrase?: string; quoted: string } {
  const phrase = phraseFor(turn, label);
  return phrase ? { phrase, quoted: `“${phrase}”` } : { quoted: quote(turn.grade.text) };
}
