import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { toCallLog } from '../../../src/scenario/callLog';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import { checkLines } from '../../../src/scenario/checkLines';
import { type Scenario, scenarioSchema } from '../../../src/scenario/schema';
import { partOfDay, renderLine } from '../../../src/scenario/template';
import { calendarOf, resolveDay, resolveWindow } from '../../../src/scenario/timetable';
import { gradeCall } from '../../../src/scoring/index';
import { fakeScenarioData } from '../../helpers/fakes';

// The interview on a Thursday: day 1 is Friday, day 4 Monday, day 5 Tuesday.
const calendar = calendarOf({
  calendar: { interviewOn: 'thu', open: '09:00', close: '17:00', closed: ['sat', 'sun'] },
});

function scenarioWith(overrides: Record<string, unknown>): Scenario {
  return scenarioSchema.parse(fakeScenarioData(overrides));
}

describe('resolving what an author wrote', () => {
  it('turns weekdays and day counts into campaign days', () => {
    expect(resolveDay({ days: 0 }, 4, calendar)).toBe(4);
    expect(resolveDay({ days: 2 }, 4, calendar)).toBe(6);
    // Said on Monday (day 4): "Tuesday" is day 5; said on Tuesday, the next one is a week on.
    expect(resolveDay({ weekday: 'tue' }, 4, calendar)).toBe(5);
    expect(resolveDay({ weekday: 'tue' }, 5, calendar)).toBe(12);
    // "Early next week" said on a Friday (day 1) is Monday day 4, not the Monday after.
    expect(resolveDay({ weekday: 'mon', nextWeek: true }, 1, calendar)).toBe(4);
    expect(resolveDay({ weekday: 'mon', nextWeek: true }, 4, calendar)).toBe(11);
    expect(resolveDay({ day: 9 }, 4, calendar)).toBe(9);
  });

  it('resolves a window with times of day', () => {
    const w = resolveWindow(
      {
        says: 'Tuesday afternoon',
        spans: [{ from: { weekday: 'tue', at: '12:00' }, to: { weekday: 'tue', at: '17:00' } }],
      },
      'call_back',
      1,
      calendar,
    );
    expect(w).toEqual({
      kind: 'call_back',
      says: 'Tuesday afternoon',
      spans: [{ fromDay: 5, fromTime: '12:00', toDay: 5, toTime: '17:00' }],
    });
  });
});

describe('lines that fit the moment', () => {
  const at = { day: 4, time: '14:00', caller: 'Maria Lopez', calendar, messagesBefore: 1 };

  it('fills the placeholders from the moment and the caller', () => {
    expect(partOfDay('09:59')).toBe('morning');
    expect(partOfDay('12:00')).toBe('afternoon');
    expect(partOfDay('18:30')).toBe('evening');
    expect(
      renderLine('{greeting}, this is {caller}. My {message} message, sent {weekday}.', at),
    ).toBe('Good afternoon, this is Maria Lopez. My second message, sent Monday.');
    expect(renderLine('Thanks, {callerFirst}. Since your {interviewDay} interview', at)).toBe(
      'Thanks, Maria. Since your Thursday interview',
    );
    expect(renderLine('{unknown} stays', at)).toBe('{unknown} stays');
  });

  it('speaks to the learner by their own name and greets by the hour, in the call log too', () => {
    const scenario = scenarioWith({
      calendar: { interviewOn: 'thu' },
      nodes: {
        ...(fakeScenarioData().nodes as Record<string, unknown>),
        hello: {
          speaker: 'interviewer',
          says: '{greeting}, {callerFirst}!',
          reply: {
            choices: [
              {
                say: 'Hi, it is {caller}. Is the job still open?',
                intents: ['greeting', 'identify', 'ask_status'],
                goto: 'bye',
              },
            ],
            otherwise: 'bye',
          },
        },
      },
    });
    const actor = createActor(createCampaignMachine(scenario, { caller: 'Maria Lopez' })).start();
    actor.send({ type: 'plan.dial', day: 4, time: '14:00' });
    actor.send({ type: 'caller.chose', index: 0 });
    const turns = actor.getSnapshot().context.attempts[0]?.turns ?? [];
    expect(turns[0]?.text).toBe('Good afternoon, Maria!');
    expect(turns[1]?.text).toBe('Hi, it is Maria Lopez. Is the job still open?');
    const log = toCallLog(actor.getSnapshot().context, scenario);
    expect(log.people?.caller).toBe('Maria Lopez');
    expect(log.calendar?.interviewOn).toBe('thu');
  });

  it('warns about fixed greetings and counts, unknown placeholders and contradicted days', () => {
    const scenario = scenarioWith({
      calendar: { interviewOn: 'thu' },
      nodes: {
        ...(fakeScenarioData().nodes as Record<string, unknown>),
        cool: { speaker: 'interviewer', says: 'Good morning. Call me Saturday.', end: 'cut_short' },
        bye: {
          speaker: 'interviewer',
          says: 'Since you interviewed on Monday, {nope}',
          end: 'got_update',
        },
        machine: {
          speaker: 'voicemail',
          says: 'Leave a message.',
          reply: {
            choices: [
              { say: 'This is my third message.', intents: ['leave_message'], goto: 'saved' },
            ],
            otherwise: 'saved',
          },
        },
      },
    });
    const found = checkLines(scenario).map((c) => `${c.level} ${c.path.join('.')} ${c.message}`);
    expect(found.some((m) => /^warning nodes\.cool\.says .*fixed "Good morning"/.test(m))).toBe(
      true,
    );
    expect(found.some((m) => /^warning nodes\.cool\.says .*Saturday/.test(m))).toBe(true);
    expect(
      found.some((m) => /^problem nodes\.bye\.says unknown placeholder \{nope\}/.test(m)),
    ).toBe(true);
    expect(found.some((m) => /^warning nodes\.bye\.says .*interview on a Monday/.test(m))).toBe(
      true,
    );
    expect(
      found.some((m) =>
        /^warning nodes\.machine\.reply\.choices\.0\.say .*"third message"/.test(m),
      ),
    ).toBe(true);
    // The fake scenario as it is has none of these.
    expect(checkLines(scenarioWith({}))).toEqual([]);
  });
});

describe('windows authored on nodes reach the grader', () => {
  it('credits a call inside the window the receptionist gave, and faults one before it', () => {
    const scenario = scenarioWith({
      calendar: { interviewOn: 'thu' },
      campaign: {
        maxAttempts: 3,
        answer: [{ when: { attempt: { max: 1 } }, goto: 'desk' }, { goto: 'hello' }],
      },
      nodes: {
        ...(fakeScenarioData().nodes as Record<string, unknown>),
        desk: {
          speaker: 'receptionist',
          says: 'She is out. Late afternoon is your best chance.',
          window: {
            kind: 'call_back',
            says: 'late afternoon',
            spans: [{ from: { days: 0, at: '15:00' }, to: { days: 0, at: '17:00' } }],
          },
          reply: {
            choices: [{ say: 'Thank you, I will try then.', intents: ['thanks'], goto: 'later' }],
            otherwise: 'later',
          },
        },
        later: { speaker: 'receptionist', says: 'Bye.', end: 'call_back' },
      },
    });
    const play = (time: string) => {
      const actor = createActor(createCampaignMachine(scenario)).start();
      actor.send({ type: 'plan.dial', day: 4, time: '10:00' });
      actor.send({ type: 'caller.chose', index: 0 });
      actor.send({ type: 'plan.dial', day: 4, time });
      actor.send({ type: 'caller.chose', index: 0 });
      actor.send({ type: 'campaign.wait' });
      return gradeCall(toCallLog(actor.getSnapshot().context, scenario)).findings;
    };
    const inside = play('16:30');
    expect(inside.some((f) => f.kind === 'good' && /right on time/.test(f.message))).toBe(true);
    expect(inside.some((f) => f.kind === 'improve' && /told to call back/.test(f.message))).toBe(
      false,
    );
    const early = play('12:00');
    expect(
      early.some((f) => f.kind === 'improve' && /told to call back late afternoon/.test(f.message)),
    ).toBe(true);
  });
});

describe('loading a scenario with a placeholder that does not exist', () => {
  it('refuses it at the line, as scenarios:check does', async () => {
    const { loadScenario } = await import('../../../src/scenario/load');
    const { fakeScenarioYaml } = await import('../../helpers/fakes');
    const nodes = fakeScenarioData().nodes as Record<string, Record<string, unknown>>;
    const text = fakeScenarioYaml({
      nodes: { ...nodes, bye: { ...nodes.bye, says: 'Bye, {callerName}!' } },
    });
    const result = loadScenario(text, 'x.yaml');
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.message).toMatch(/unknown placeholder \{callerName\}/);
    const line = text.split('\n').findIndex((l) => l.includes('{callerName}')) + 1;
    expect(problem?.line).toBe(line);
  });
});
