import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/scenario/load';
import { choiceOrder } from '../../../src/ui/model/choiceOrder';
import { scoreBand } from '../../../src/ui/model/dimensions';
import { durationInWords, formatDuration, shortDay } from '../../../src/ui/model/format';
import { messageLimit } from '../../../src/ui/model/people';
import { problemText } from '../../../src/ui/model/problems';
import { describeSeries, scenarioSeries } from '../../../src/ui/model/progressSeries';
import { fakeRecord, fakeScorecard, fakeUiScenario } from '../../helpers/uiFakes';

describe('the order choices are shown in', () => {
  it('is a permutation that stays the same for the same turn', () => {
    const order = choiceOrder(4, 'friendly/reception');
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(choiceOrder(4, 'friendly/reception')).toEqual(order);
  });

  it('does not always put the first authored line first', () => {
    const firsts = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((s) => choiceOrder(3, s)[0]),
    );
    expect(firsts.size).toBeGreaterThan(1);
  });
});

describe('words for numbers', () => {
  it('formats durations for the eye and the ear', () => {
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(-3)).toBe('0:00');
    expect(durationInWords(61)).toBe('1 minute 1 second');
    expect(durationInWords(0)).toBe('0 seconds');
  });

  it('puts every score in a band with a word and a shape', () => {
    expect(scoreBand(92)).toMatchObject({ label: 'Strong', tone: 'good' });
    expect(scoreBand(65)).toMatchObject({ label: 'Getting there', tone: 'fair' });
    expect(scoreBand(30)).toMatchObject({ label: 'Needs work', tone: 'poor' });
  });

  it('writes scenario problems the way the loader does', () => {
    const p = { file: 'scenarios/x.yaml', line: 3, column: 7, message: 'unknown field "foo"' };
    expect(problemText(p)).toBe(formatProblem(p));
  });
});

describe('progress over campaigns', () => {
  it('keeps each scenario apart, oldest campaign first, and says it in words', () => {
    const series = scenarioSeries([
      fakeRecord({ id: 'b', finishedAt: '2026-03-05T00:00:00Z', scorecard: fakeScorecard({}, 90) }),
      fakeRecord({
        id: 'c',
        scenarioId: 'other',
        scenarioTitle: 'Other',
        finishedAt: '2026-03-03T00:00:00Z',
        scorecard: fakeScorecard({}, 20),
      }),
      fakeRecord({ id: 'a', finishedAt: '2026-03-01T00:00:00Z', scorecard: fakeScorecard({}, 60) }),
    ]);
    const mine = series.find((s) => s.key !== 'other');
    expect(series.find((s) => s.key === 'other')?.scores).toEqual([20]);
    expect(mine?.scores).toEqual([60, 90]);
    expect(mine?.dates).toEqual(['2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z']);
    const from = shortDay('2026-03-01T00:00:00Z');
    const to = shortDay('2026-03-05T00:00:00Z');
    expect(from).not.toBe(to);
    expect(describeSeries(mine ?? { key: '', label: '', scores: [], dates: [] })).toBe(
      `${mine?.label} over 2 campaigns, from ${from} to ${to}: 60, 90. Latest 90, best 90.`,
    );
    const other = series.find((s) => s.key === 'other');
    expect(describeSeries(other ?? { key: '', label: '', scores: [], dates: [] })).toBe(
      `Other over 1 campaign, on ${shortDay('2026-03-03T00:00:00Z')}: 20. Latest 20, best 20.`,
    );
  });
});

describe('messageLimit', () => {
  it('gives the message time only when the caller is leaving a voicemail', () => {
    const scenario = fakeUiScenario();
    const nodes = Object.values(scenario.nodes);
    const voicemail = nodes.find((n) => n.speaker === 'voicemail' && n.reply);
    const other = nodes.find((n) => n.speaker === 'interviewer' && n.reply);
    expect(messageLimit(voicemail)).toBe(30);
    expect(messageLimit(other)).toBeUndefined();
    expect(messageLimit(undefined)).toBeUndefined();
  });
});
