import { describe, expect, it } from 'vitest';
import { toCallLog } from '../../../src/scenario/callLog';
import type { AttemptRecord } from '../../../src/scenario/campaignTypes';
import { gradeCall, gradeLine, type LineReview } from '../../../src/scoring/index';
import { annotateCampaign, describeTurn } from '../../../src/ui/model/annotate';
import { fakeScorecard, fakeUiScenario } from '../../helpers/uiFakes';

const attempt: AttemptRecord = {
  day: 3,
  time: '10:00',
  reached: 'interviewer',
  visited: ['hello', 'cool'],
  outcome: 'cut_short',
  turns: [
    { speaker: 'them', role: 'interviewer', text: 'Jo speaking.', nodeId: 'hello' },
    {
      speaker: 'me',
      role: 'caller',
      text: 'Why have you not called me back yet? I need an answer now.',
      nodeId: 'hello',
      intents: ['pressure'],
      choice: 1,
    },
    { speaker: 'them', role: 'interviewer', text: 'We will be in touch.', nodeId: 'cool' },
  ],
};

describe('the annotated transcript', () => {
  it('shows the scorecard’s review beside each caller line and none beside theirs', () => {
    const review: LineReview = {
      attempt: 0,
      turn: 1,
      verdict: 'poor',
      reasons: [{ text: 'You pushed for an answer.', tip: 'T4', phrase: 'answer now' }],
      model: 'Hi Jo, this is Sam Rivera. Is the clerk job still open?',
      grade: gradeLine({ text: 'x' }),
    };
    const [call] = annotateCampaign([attempt], fakeScorecard({ lines: [review] }));
    expect(call?.lines[1]?.review).toBe(review);
    expect(call?.lines[0]?.review).toBeUndefined();
  });

  it('grades the pushy chosen line through the grader: poor, the T4 reason, the model line', () => {
    const scenario = fakeUiScenario();
    const context = { scenarioId: scenario.id, thankYouSent: false, attempts: [attempt] };
    const card = gradeCall(toCallLog(context, scenario));
    const [call] = annotateCampaign([attempt], card);
    const review = call?.lines[1]?.review;
    expect(review?.verdict).toBe('poor');
    expect(review?.reasons.some((r) => r.tip === 'T4')).toBe(true);
    expect(review?.model).toBe(scenario.nodes.hello?.reply?.model);
  });

  it('marks a clear, courteous line good and gives it no model line', () => {
    const good: AttemptRecord = {
      ...attempt,
      turns: [
        attempt.turns[0] as AttemptRecord['turns'][number],
        {
          speaker: 'me',
          role: 'caller',
          text: 'Hi Jo, this is Sam Rivera. Thank you for taking my call. Is the clerk job still open?',
          nodeId: 'hello',
        },
      ],
    };
    const scenario = fakeUiScenario();
    const context = { scenarioId: scenario.id, thankYouSent: false, attempts: [good] };
    const [call] = annotateCampaign([good], gradeCall(toCallLog(context, scenario)));
    expect(call?.lines[1]?.review?.verdict).toBe('good');
    expect(call?.lines[1]?.review?.model).toBeUndefined();
  });

  it('names a caller turn for people', () => {
    expect(describeTurn([attempt], 0, 1)).toBe('call 1, your line 1');
    expect(describeTurn([attempt], 0, undefined)).toBe('call 1');
    expect(describeTurn([attempt], undefined, undefined)).toBeUndefined();
  });
});
