/**
 * The numbers the debrief shows for spoken lines. Word and filler counts come from the grader
 * (pass `gradeLine` from `src/scoring`), so typed and spoken lines are counted the same way.
 */

/** A line the learner said, as recognised, with how long they spoke. */
export interface HeardLine {
  text: string;
  seconds: number;
}

/** The part of the grader's `gradeLine` these numbers need. */
export type LineGrader = (input: { text: string; seconds?: number }) => {
  words: number;
  fillers: number;
  wpm?: number;
};

export interface SpokenLineStats {
  seconds: number;
  words: number;
  /** `null` when the speaking time was too short to measure. */
  wordsPerMinute: number | null;
  fillers: number;
  /** Always shown beside the filler count. */
  fillerNote: string;
}

export interface SpeakingSummary extends SpokenLineStats {
  lines: number;
}

/** Shown with every filler count taken from speech. */
export const FILLER_NOTE =
  'Speech engines often leave out "um" and "uh", so you may have said more fillers than are counted here.';

/** Speaking time, pace and fillers of one heard line. */
export function spokenLineStats(line: HeardLine, grade: LineGrader): SpokenLineStats {
  const seconds = Number.isFinite(line.seconds) && line.seconds > 0 ? line.seconds : 0;
  const graded = grade(seconds > 0 ? { text: line.text, seconds } : { text: line.text });
  const wpm = graded.wpm;
  return {
    seconds,
    words: graded.words,
    wordsPerMinute: typeof wpm === 'number' && Number.isFinite(wpm) ? wpm : null,
    fillers: graded.fillers,
    fillerNote: FILLER_NOTE,
  };
}

/** Totals over a call's spoken lines; pace is total words over total speaking time. */
export function summariseSpeaking(lines: readonly SpokenLineStats[]): SpeakingSummary {
  const seconds = lines.reduce((sum, l) => sum + l.seconds, 0);
  const timedWords = lines.reduce((sum, l) => sum + (l.seconds > 0 ? l.words : 0), 0);
  return {
    lines: lines.length,
    seconds: Math.round(seconds * 10) / 10,
    words: lines.reduce((sum, l) => sum + l.words, 0),
    wordsPerMinute: seconds > 0 ? Math.round((timedWords / seconds) * 60) : null,
    fillers: lines.reduce((sum, l) => sum + l.fillers, 0),
    fillerNote: FILLER_NOTE,
  };
}
