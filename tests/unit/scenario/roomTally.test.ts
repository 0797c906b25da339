import { describe, expect, it } from 'vitest';
import { toCallLog } from '../../../src/scenario/callLog';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import { isCampaignEvent } from '../../../src/scenario/eventLog';
import { loadScenario } from '../../../src/scenario/load';
import { replayEvents } from '../../../src/scenario/replay';
import { gradeCall } from '../../../src/scoring/index';
import { parseCallLog } from '../../../src/scoring/parseCallLog';
import { parseHistoryFile, toHistoryFile } from '../../../src/storage/historyFile';
import { fakeScenarioData, fakeScenarioYaml } from '../../helpers/fakes';
import { fakeRecord } from '../../helpers/uiFakes';

/** The fake scenario with two lines to choose between at the interviewer's hello. */
function twoChoiceScenario() {
  const data = fakeScenarioData();
  const nodes = data.nodes as Record<string, { reply?: { choices: unknown[] } }>;
  nodes.hello?.reply?.choices.push({
    say: 'Hi Jo. Why has nobody called me back?',
    intents: ['greeting', 'pressure'],
    goto: 'cool',
  });
  const result = loadScenario(fakeScenarioYaml({ nodes }), 'tiny.yaml');
  if (!result.ok) throw new Error('fake scenario is invalid');
  return result.scenario;
}

const events = (room?: { counts: number[] }): CampaignEvent[] => [
  { type: 'plan.dial', day: 3, time: '10:30' },
  { type: 'caller.chose', index: 1, ...(room ? { room } : {}) },
];

function logOf(evts: readonly CampaignEvent[]) {
  const scenario = twoChoiceScenario();
  const machine = createCampaignMachine(scenario);
  const { persisted } = replayEvents(machine, evts);
  const context = (persisted as unknown as { context: Parameters<typeof toCallLog>[0] }).context;
  return toCallLog(context, scenario);
}

describe('a room’s show of hands', () => {
  it('travels from the chosen line’s event to its turn in the call log', () => {
    const log = logOf(events({ counts: [9, 14] }));
    const turn = log.attempts[0]?.turns.find((t) => t.speaker === 'me');
    expect(turn).toMatchObject({ choice: 'hello.2', room: { counts: [9, 14] } });
  });

  it('is left out of a turn the room did not decide', () => {
    const turn = logOf(events()).attempts[0]?.turns.find((t) => t.speaker === 'me');
    expect(turn).toBeDefined();
    expect(turn).not.toHaveProperty('room');
  });

  it('survives validating the call log (results files, imports)', () => {
    const parsed = parseCallLog(JSON.parse(JSON.stringify(logOf(events({ counts: [9, 14] })))));
    expect(parsed.ok && parsed.log.attempts[0]?.turns[1]?.room).toEqual({ counts: [9, 14] });
  });

  it('refuses a tally that is not whole numbers of hands', () => {
    const log = JSON.parse(JSON.stringify(logOf(events({ counts: [9, 14] }))));
    log.attempts[0].turns[1].room.counts = [-1, 14];
    expect(parseCallLog(log)).toMatchObject({ ok: false, error: expect.stringMatching(/room/) });
    expect(isCampaignEvent({ type: 'caller.chose', index: 0, room: { counts: [1.5] } })).toBe(
      false,
    );
    expect(isCampaignEvent({ type: 'caller.chose', index: 0, room: { counts: [3, 0] } })).toBe(
      true,
    );
  });

  it('changes no score: the grader ignores it', () => {
    expect(gradeCall(logOf(events({ counts: [9, 14] })))).toEqual(gradeCall(logOf(events())));
  });

  it('is kept through a history export and import, in the events and the call log', () => {
    const room = { counts: [9, 14] };
    const record = fakeRecord({
      log: logOf(events(room)),
      events: [...events(room), { type: 'campaign.wait' }],
    });
    const text = JSON.stringify(toHistoryFile([record], '2026-03-02T10:00:00.000Z'));
    const read = parseHistoryFile(text, {
      now: Date.parse('2026-03-02T11:00:00Z'),
      grade: gradeCall,
    });
    if (!read.ok) throw new Error(read.reason);
    expect(read.records[0]?.events[1]).toEqual({ type: 'caller.chose', index: 1, room });
    expect(read.records[0]?.log.attempts[0]?.turns[1]?.room).toEqual(room);
  });
});
