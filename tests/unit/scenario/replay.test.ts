import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import { loadScenario } from '../../../src/scenario/load';
import {
  currentNodeId,
  eventsBeforeTurn,
  isCampaignEvent,
  replayEvents,
} from '../../../src/scenario/replay';
import { fakeScenarioYaml } from '../../helpers/fakes';

function tinyMachine() {
  const result = loadScenario(fakeScenarioYaml(), 'tiny.yaml');
  if (!result.ok) throw new Error('fake scenario is invalid');
  return createCampaignMachine(result.scenario);
}

const TWO_CALLS: CampaignEvent[] = [
  { type: 'plan.thankYou' },
  { type: 'plan.dial', day: 2, time: '21:30' },
  { type: 'caller.chose', index: 0 },
  { type: 'plan.dial', day: 4, time: '10:00' },
  {
    type: 'caller.said',
    text: 'Hi Jo, is the job still open?',
    intents: ['greeting', 'ask_status'],
  },
];

function run(events: readonly CampaignEvent[]) {
  const machine = tinyMachine();
  return createActor(machine, { snapshot: replayEvents(machine, events).persisted })
    .start()
    .getSnapshot();
}

describe('replaying a campaign from its events', () => {
  it('reaches the same state and context as playing it live', () => {
    const live = createActor(tinyMachine()).start();
    for (const e of TWO_CALLS) live.send(e);
    const replayed = run(TWO_CALLS);
    expect(replayed.value).toEqual(live.getSnapshot().value);
    expect(replayed.context).toEqual(live.getSnapshot().context);
  });

  it('drops events the machine refuses and keeps the rest', () => {
    const machine = tinyMachine();
    const { accepted } = replayEvents(machine, [
      { type: 'caller.hungUp' },
      { type: 'plan.dial', day: 3, time: '10:00' },
      { type: 'plan.thankYou' },
    ]);
    expect(accepted).toEqual([{ type: 'plan.dial', day: 3, time: '10:00' }]);
  });
});

describe('rewinding to a caller turn', () => {
  it('keeps everything before the chosen line and lands on the node that asked for it', () => {
    const full = run(TWO_CALLS);
    const attempts = full.context.attempts;
    const before = eventsBeforeTurn(TWO_CALLS, attempts, 1, 1);
    expect(before).toEqual(TWO_CALLS.slice(0, 4));
    const rewound = run(before ?? []);
    expect(currentNodeId(rewound)).toBe('hello');
    expect(rewound.context.attempts).toHaveLength(2);
    expect(rewound.context.attempts[1]?.turns.map((t) => t.text)).toEqual(['Jo speaking.']);
  });

  it('finds the voicemail line of the first call', () => {
    const attempts = run(TWO_CALLS).context.attempts;
    expect(eventsBeforeTurn(TWO_CALLS, attempts, 0, 1)).toEqual(TWO_CALLS.slice(0, 2));
  });

  it('refuses a turn that is not the caller’s', () => {
    const attempts = run(TWO_CALLS).context.attempts;
    expect(eventsBeforeTurn(TWO_CALLS, attempts, 1, 0)).toBeUndefined();
    expect(eventsBeforeTurn(TWO_CALLS, attempts, 5, 1)).toBeUndefined();
  });
});

describe('reading events back from storage', () => {
  it('accepts well-formed events and refuses anything else', () => {
    for (const e of TWO_CALLS) expect(isCampaignEvent(e)).toBe(true);
    expect(isCampaignEvent({ type: 'caller.said', text: 'hi', intents: ['shouting'] })).toBe(false);
    expect(isCampaignEvent({ type: 'plan.dial', day: '3' })).toBe(false);
    expect(isCampaignEvent({ type: 'xstate.init' })).toBe(false);
    expect(isCampaignEvent(null)).toBe(false);
  });
});
