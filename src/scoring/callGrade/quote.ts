import { evidenceFor, featurePhrase, type Label } from '../model/intentModel';
import type { MyTurn } from './context';

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
  const phrases = evidence
    .map((e) => featurePhrase(e.feature))
    .filter((p): p is string => p !== undefined && !p.endsWith('…'));
  // A word pair says more than a lone word; among the strongest, prefer the longer.
  return phrases.sort((a, b) => b.split(' ').length - a.split(' ').length)[0];
}

/** How a message names the line at fault: the words that weighed most, else the line itself. */
export function atFault(
  turn: Pick<MyTurn, 'reading' | 'grade'>,
  label: Label,
): { phrase?: string; quoted: string } {
  const phrase = phraseFor(turn, label);
  return phrase ? { phrase, quoted: `“${phrase}”` } : { quoted: quote(turn.grade.text) };
}
