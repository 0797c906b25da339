import type { TranscriptLine } from '../../scenario/campaignTypes';
import type { SpokenLine } from '../../speech/index';

/** Where the voicing of a call has got to: the call's number and the next transcript line. */
export interface VoiceCursor {
  call: number;
  next: number;
}

/** The index where the other side's latest lines begin (after the caller's last line). */
export function latestTheirLinesFrom(turns: readonly TranscriptLine[]): number {
  let from = turns.length;
  while (from > 0 && turns[from - 1]?.speaker === 'them') from -= 1;
  return from;
}

/**
 * The cursor on arriving at a campaign: in a call, the other side's latest lines are spoken
 * again (after a reload the learner hears the question they are answering); elsewhere nothing is.
 */
export function startingCursor(
  call: number,
  turns: readonly TranscriptLine[],
  inCall: boolean,
): VoiceCursor {
  return { call, next: inCall ? latestTheirLinesFrom(turns) : turns.length };
}

/** The other side's lines not spoken yet, and the cursor after them. */
export function linesToVoice(
  cursor: VoiceCursor,
  call: number,
  turns: readonly TranscriptLine[],
): { lines: SpokenLine[]; cursor: VoiceCursor } {
  const from = cursor.call === call ? cursor.next : 0;
  const lines: SpokenLine[] = [];
  for (const line of turns.slice(from)) {
    if (line.speaker === 'them' && line.role !== 'caller') {
      lines.push({ text: line.text, role: line.role });
    }
  }
  return { lines, cursor: { call, next: turns.length } };
}
