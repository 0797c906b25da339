import { describe, expect, it } from 'vitest';
import type { AttemptRecord, TranscriptLine } from '../../../src/scenario/campaignTypes';
import { FILLER_NOTE, type LineGrader } from '../../../src/speech/index';
import {
  describeSpokenLine,
  isSpokenLine,
  lineKey,
  speakingReport,
} from '../../../src/ui/model/speaking';

/** Counts words and the word "um", so the numbers are easy to check. */
const grade: LineGrader = ({ text, seconds }) => {
  const words = text.split(/\s+/).filter(Boolean);
  const wpm = seconds ? Math.round((words.length / seconds) * 60) : undefined;
  return {
    words: words.length,
    fillers: words.filter((w) => /^um,?$/i.test(w)).length,
    ...(wpm === undefined ? {} : { wpm }),
  };
};

const line = (overrides: Partial<TranscriptLine>): TranscriptLine => ({
  speaker: 'me',
  role: 'caller',
  text: 'Um, is it open?',
  nodeId: 'n',
  ...overrides,
});

const attempt = (turns: TranscriptLine[]): AttemptRecord =>
  ({ day: 3, time: '10:00', reached: 'interviewer', turns, visited: [] }) as AttemptRecord;

describe('speaking numbers', () => {
  it('count only lines said out loud: the caller’s own words with a speaking time', () => {
    expect(isSpokenLine(line({ seconds: 2 }))).toBe(true);
    expect(isSpokenLine(line({}))).toBe(false);
    expect(isSpokenLine(line({ seconds: 2, choice: 0 }))).toBe(false);
    expect(isSpokenLine(line({ speaker: 'them', role: 'interviewer', seconds: 2 }))).toBe(false);
  });

  it('give each spoken line its numbers and total them per call', () => {
    const report = speakingReport(
      [
        attempt([
          line({ speaker: 'them', role: 'interviewer', text: 'Hello?' }),
          line({ text: 'Um, hi, it is Sam here.', seconds: 3 }),
          line({ text: 'Typed line.' }),
          line({ text: 'Is it still open?', seconds: 1 }),
        ]),
        attempt([line({ text: 'Hi.' })]),
      ],
      grade,
    );
    expect(report.calls).toEqual([
      {
        call: 0,
        summary: {
          lines: 2,
          seconds: 4,
          words: 10,
          wordsPerMinute: 150,
          fillers: 1,
          fillerNote: FILLER_NOTE,
        },
      },
    ]);
    expect([...report.lines.keys()]).toEqual([lineKey(0, 1), lineKey(0, 3)]);
    const first = report.lines.get(lineKey(0, 1));
    expect(first && describeSpokenLine(first)).toBe(
      'Said out loud in 3 seconds: 120 words a minute, 1 filler.',
    );
  });

  it('say a line was too short to time rather than invent a pace', () => {
    const report = speakingReport([attempt([line({ text: 'Hi.', seconds: 0 })])], grade);
    const stats = report.lines.get(lineKey(0, 0));
    expect(stats?.wordsPerMinute).toBeNull();
    expect(stats && describeSpokenLine(stats)).toBe(
      'Said out loud in 0 seconds: too short to measure, 0 fillers.',
    );
  });

  it('use the grader by default, so spoken and typed lines count the same', () => {
    const report = speakingReport([
      attempt([line({ text: 'Um, hi Jo, is the job still open?', seconds: 4 })]),
    ]);
    expect(report.calls[0]?.summary).toMatchObject({ lines: 1, fillers: 1 });
    expect(report.calls[0]?.summary.wordsPerMinute).toBeGreaterThan(0);
  });
});
