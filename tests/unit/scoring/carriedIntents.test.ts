import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { callerSaid } from '../../../src/scenario/callerEvents';
import { toCallLog } from '../../../src/scenario/callLog';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import { gradeCall, parseCallLog } from '../../../src/scoring/index';
import * as reading from '../../../src/scoring/reading';
import { fakeUiScenario } from '../../helpers/uiFakes';

vi.mock('../../../src/scoring/reading', { spy: true });

const call = (turn: Record<string, unknown>) => ({
  attempts: [
    {
      day: 3,
      time: '10:30',
      reached: 'interviewer',
      turns: [
        { speaker: 'them', text: 'Jo speaking.' },
        { speaker: 'me', ...turn },
      ],
    },
  ],
});

function graded(log: unknown) {
  const parsed = parseCallLog(log);
  if (!parsed.ok) throw new Error(parsed.error);
  return gradeCall(parsed.log);
}

describe('a line’s meaning is carried, not recomputed', () => {
  it('scores a chosen line by its tags, untouched, and names the choice', () => {
    const card = graded(
      call({
        text: 'Thank you so much for your time.',
        how: 'chosen',
        choice: 'hello.2',
        intents: ['pressure'],
      }),
    );
    expect(card.lines?.[0]).toMatchObject({ how: 'chosen', choice: 'hello.2' });
    expect(card.lines?.[0]?.grade.intents).toEqual(['pressure']);
    expect(card.dimensions.composure.score).toBeLessThan(100);
  });

  it('classifies a turn only when the log carries no intents', () => {
    const card = graded(call({ text: 'I need an answer by Friday or I walk.' }));
    expect(card.lines?.[0]?.grade.intents).toContain('pressure');
  });

  it('reads a typed line once, when it is said, and the scorecard uses that reading', () => {
    const scenario = fakeUiScenario();
    const actor = createActor(createCampaignMachine(scenario)).start();
    actor.send({ type: 'plan.dial', day: 3, time: '10:00' });
    vi.mocked(reading.classifyIntents).mockClear();
    vi.mocked(reading.readLine).mockClear();
    actor.send(callerSaid('Why have you not called me back? I need an answer now.'));
    expect(reading.classifyIntents).toHaveBeenCalledTimes(1);
    const log = toCallLog(actor.getSnapshot().context, scenario);
    const card = gradeCall(log);
    // The grader reads the typed line's carried intents: it classifies nothing again.
    expect(reading.readLine).not.toHaveBeenCalled();
    expect(reading.classifyIntents).toHaveBeenCalledTimes(1);
    const turn = log.attempts[0]?.turns.find((t) => t.speaker === 'me');
    expect(turn).toMatchObject({ how: 'typed' });
    expect(card.lines?.[0]?.grade.intents).toEqual(turn?.intents);
    actor.stop();
  });
});
