import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import { MAX_CALLER_TURNS } from '../../../src/scenario/campaignTypes';
import { loadScenario } from '../../../src/scenario/load';
import { whereIs } from '../../../src/scenario/walkthrough';
import { fakeScenarioData, fakeScenarioYaml } from '../../helpers/fakes';

function tinyMachine() {
  const result = loadScenario(fakeScenarioYaml(), 'tiny.yaml');
  if (!result.ok) throw new Error('fake scenario is invalid');
  return createCampaignMachine(result.scenario);
}

describe('a campaign saved mid-call', () => {
  it('restores the exact state and transcript', () => {
    const machine = tinyMachine();
    const actor = createActor(machine).start();
    actor.send({ type: 'plan.thankYou' });
    actor.send({ type: 'plan.dial', day: 3, time: '10:00' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const before = actor.getSnapshot();
    actor.stop();

    const restored = createActor(machine, { snapshot: saved }).start();
    const after = restored.getSnapshot();
    expect(whereIs(after.value)).toBe('hello');
    expect(after.context).toEqual(before.context);

    restored.send({ type: 'caller.chose', index: 0 });
    expect(whereIs(restored.getSnapshot().value)).toBe('betweenAttempts');
    expect(restored.getSnapshot().context.attempts[0]?.turns.map((t) => t.text)).toEqual([
      'Jo speaking.',
      'Hi Jo, it is Sam. Is the job still open?',
      'Still deciding. Bye!',
    ]);
  });

  it('refuses to dial a moment before the last call', () => {
    const actor = createActor(tinyMachine()).start();
    actor.send({ type: 'plan.dial', day: 3, time: '10:00' });
    actor.send({ type: 'caller.hungUp' });
    expect(actor.getSnapshot().can({ type: 'plan.dial', day: 3, time: '09:00' })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'plan.dial', day: 3, time: '11:00' })).toBe(true);
    expect(actor.getSnapshot().context.attempts[0]?.outcome).toBe('hung_up');
  });

  it('wraps up a call after the turn limit so no call goes on forever', () => {
    const data = fakeScenarioData();
    const nodes = data.nodes as Record<string, { reply?: { otherwise: string } }>;
    if (nodes.hello?.reply) nodes.hello.reply.otherwise = 'hello';
    const result = loadScenario(fakeScenarioYaml({ nodes }), 'loop.yaml');
    if (!result.ok) throw new Error('loop scenario is invalid');
    const actor = createActor(createCampaignMachine(result.scenario)).start();
    actor.send({ type: 'plan.dial', day: 3, time: '10:00' });
    for (let i = 1; i < MAX_CALLER_TURNS; i++) {
      actor.send({ type: 'caller.said', text: 'hmm', intents: [] });
      expect(whereIs(actor.getSnapshot().value)).toBe('hello');
    }
    actor.send({ type: 'caller.said', text: 'hmm', intents: [] });
    expect(whereIs(actor.getSnapshot().value)).toBe('betweenAttempts');
    expect(actor.getSnapshot().context.attempts[0]?.outcome).toBe('turn_limit');
  });
});
