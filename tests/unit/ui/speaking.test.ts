import { describe, expect, it } from 'vitest';
import { toCallLog } from '../../../src/scenario/callLog';
import type { AttemptRecord, TranscriptLine } from '../../../src/scenario/campaignTypes';
import { gradeCall, type LineGrade, type LineReview } from '../../../src/scoring/index';
import { FILLER_NOTE } from '../../../src/speech/index';
import {
  describeSpokenLine,
  isSpokenLine,
  lineKey,
  speakingReport,
} from '../../../src/ui/model/speaking';
import { fakeScorecard } from '../../helpers/uiFakes';

/** A scorecard whose line grades are made up, so a report can only have read them from it. */
function cardGrading(grades: Record<string, { words: number; fillers: number; seconds?: number }>) {
  const lines: LineReview[] = Object.entries(grades).map(([key, g]) => {
    const [attempt, turn] = key.split(':').map(Number) as [number, number];
    const grade: LineGrade = {
      text: '',
      intents: [],
      politeness: 80,
      brevity: 90,
      pushy: false,
      recitesCredentials: false,
      words: g.words,
      fillers: g.fillers,
      ...(g.seconds ? { wpm: Math.round((g.words / g.seconds) * 60) } : {}),
    };
    return { attempt, turn, verdict: 'good', reasons: [], grade };
  });
  return fakeScorecard({ lines });
}

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
      cardGrading({
        '0:1': { words: 6, fillers: 1, seconds: 3 },
        '0:2': { words: 2, fillers: 0 },
        '0:3': { words: 4, fillers: 0, seconds: 1 },
        '1:0': { words: 1, fillers: 0 },
      }),
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
    const report = speakingReport(
      [attempt([line({ text: 'Hi.', seconds: 0 })])],
      cardGrading({ '0:0': { words: 1, fillers: 0 } }),
    );
    const stats = report.lines.get(lineKey(0, 0));
    expect(stats?.wordsPerMinute).toBeNull();
    expect(stats && describeSpokenLine(stats)).toBe(
      'Said out loud in 0 seconds: too short to measure, 0 fillers.',
    );
  });

  it('read the scorecard that graded the call, so spoken and typed lines count the same', () => {
    const attempts = [attempt([line({ text: 'Um, hi Jo, is the job still open?', seconds: 4 })])];
    const report = speakingReport(
      attempts,
      gradeCall(toCallLog({ scenarioId: 's', thankYouSent: false, attempts })),
    );
    expect(report.calls[0]?.summary).toMatchObject({ lines: 1, fillers: 1 });
    expect(report.calls[0]?.summary.wordsPerMinute).toBeGreaterThan(0);
  });
});
