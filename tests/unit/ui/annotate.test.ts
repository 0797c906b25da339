import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/scenario/campaignTypes';
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
  it('marks a pushy line poor, says why with its tip, and offers the model line', () => {
    const card = fakeScorecard({
      findings: [
        {
          dimension: 'composure',
          tip: 'T4',
          message: 'You pushed for an answer.',
          attempt: 0,
          turn: 1,
          points: 20,
          kind: 'improve',
        },
      ],
    });
    const [call] = annotateCampaign(fakeUiScenario(), [attempt], card);
    const line = call?.lines[1];
    expect(line?.review?.verdict).toBe('poor');
    expect(line?.review?.reasons[0]).toEqual({ text: 'You pushed for an answer.', tip: 'T4' });
    expect(line?.review?.model).toBe('Hi Jo, this is Sam Rivera. Is the clerk job still open?');
    expect(call?.lines[0]?.review).toBeUndefined();
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
    const [call] = annotateCampaign(fakeUiScenario(), [good], fakeScorecard());
    expect(call?.lines[1]?.review?.verdict).toBe('good');
    expect(call?.lines[1]?.review?.model).toBeUndefined();
  });

  it('names a caller turn for people', () => {
    expect(describeTurn([attempt], 0, 1)).toBe('call 1, your line 1');
    expect(describeTurn([attempt], 0, undefined)).toBe('call 1');
    expect(describeTurn([attempt], undefined, undefined)).toBeUndefined();
  });
});
