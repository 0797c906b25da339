/**
 * The debrief's speaking numbers: for each line the caller said out loud, and for each call.
 * A spoken line is one the caller said in their own words with a speaking time (typed lines
 * have none), counted by the same grader as every other line.
 */
import { howGiven } from '../../scenario/callLog';
import type { AttemptRecord, TranscriptLine } from '../../scenario/campaignTypes';
import type { Scorecard } from '../../scoring/types';
import {
  type SpeakingSummary,
  type SpokenLineStats,
  spokenLineStats,
  summariseSpeaking,
} from '../../speech/index';

export interface CallSpeaking {
  /** 0-based index of the call. */
  call: number;
  summary: SpeakingSummary;
}

export interface SpeakingReport {
  calls: CallSpeaking[];
  /** Every spoken line, keyed by `lineKey(call, turn)`. */
  lines: ReadonlyMap<string, SpokenLineStats>;
}

/** True for a line the caller said out loud in their own words. */
export function isSpokenLine(line: TranscriptLine): boolean {
  return line.speaker === 'me' && howGiven(line) === 'spoken';
}

export function lineKey(call: number, turn: number): string {
  return `${call}:${turn}`;
}

/**
 * Speaking time, pace and fillers per spoken line and per call, from the scorecard's grade of
 * each line; empty when nothing was spoken.
 */
export function speakingReport(
  attempts: readonly AttemptRecord[],
  card: Scorecard,
): SpeakingReport {
  const graded = new Map((card.lines ?? []).map((r) => [lineKey(r.attempt, r.turn), r.grade]));
  const lines = new Map<string, SpokenLineStats>();
  const calls: CallSpeaking[] = [];
  attempts.forEach((attempt, call) => {
    const spoken: SpokenLineStats[] = [];
    attempt.turns.forEach((line, turn) => {
      const grade = graded.get(lineKey(call, turn));
      if (!isSpokenLine(line) || !grade) return;
      const stats = spokenLineStats({ text: line.text, seconds: line.seconds ?? 0 }, () => grade);
      lines.set(lineKey(call, turn), stats);
      spoken.push(stats);
    });
    if (spoken.length > 0) calls.push({ call, summary: summariseSpeaking(spoken) });
  });
  return { calls, lines };
}

/** "12.5 seconds", "1 filler", "150 words a minute" and the like. */
export function describeSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(1))} second${seconds === 1 ? '' : 's'}`;
}

export function describePace(wordsPerMinute: number | null): string {
  return wordsPerMinute === null ? 'too short to measure' : `${wordsPerMinute} words a minute`;
}

export function describeFillers(fillers: number): string {
  return `${fillers} filler${fillers === 1 ? '' : 's'}`;
}

/** One line under a spoken line in the transcript. */
export function describeSpokenLine(stats: SpokenLineStats): string {
  return `Said out loud in ${describeSeconds(stats.seconds)}: ${describePace(stats.wordsPerMinute)}, ${describeFillers(stats.fillers)}.`;
}
