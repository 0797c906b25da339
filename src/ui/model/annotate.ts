import type { AttemptRecord, TranscriptLine } from '../../scenario/campaignTypes';
import type { LineReason, LineReview, Scorecard, Verdict } from '../../scoring/types';

export type { Verdict };
/** A reason behind a verdict, tied to its tip when a finding gave it. */
export type Reason = LineReason;

export const VERDICT_LABELS: Record<Verdict, { label: string; symbol: string }> = {
  good: { label: 'Good', symbol: '✓' },
  better: { label: 'Could be better', symbol: '△' },
  poor: { label: 'Poor', symbol: '✗' },
};

export interface AnnotatedLine {
  line: TranscriptLine;
  /** Index in the attempt's turns (the grader's turn index). */
  turn: number;
  /** The scorecard's review of a caller line (the grader's verdict, reasons and model line). */
  review?: LineReview;
}

export interface AnnotatedAttempt {
  attempt: AttemptRecord;
  index: number;
  lines: AnnotatedLine[];
}

/**
 * The debrief's annotated transcript: each line of the record beside the scorecard's review of
 * it. The grader decided every verdict; this only lays them out.
 */
export function annotateCampaign(
  attempts: readonly AttemptRecord[],
  card: Scorecard,
): AnnotatedAttempt[] {
  const reviews = new Map((card.lines ?? []).map((r) => [`${r.attempt}:${r.turn}`, r]));
  return attempts.map((attempt, index) => ({
    attempt,
    index,
    lines: attempt.turns.map((line, turn) => {
      const review = line.speaker === 'me' ? reviews.get(`${index}:${turn}`) : undefined;
      return { line, turn, ...(review ? { review } : {}) };
    }),
  }));
}

/** "call 1, your line 2" for a finding's attempt/turn, or undefined when it has none. */
export function describeTurn(
  attempts: readonly AttemptRecord[],
  attempt: number | undefined,
  turn: number | undefined,
): string | undefined {
  if (attempt === undefined) return undefined;
  const call = `call ${attempt + 1}`;
  const turns = attempts[attempt]?.turns;
  if (turn === undefined || !turns || turns[turn]?.speaker !== 'me') return call;
  const line = turns.slice(0, turn + 1).filter((t) => t.speaker === 'me').length;
  return `${call}, your line ${line}`;
}
