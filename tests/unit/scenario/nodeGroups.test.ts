// A large scenario's nodes sit in groups inside the call's state (so that leaving a call costs
// the same whatever the scenario's size): the campaign must play exactly as the scenario says.

import { describe, expect, it } from 'vitest';
import { type AnyStateNode, createActor } from 'xstate';
import {
  callStateOf,
  createCampaignMachine,
  NODE_GROUP_SIZE,
} from '../../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import { currentNodeId, replayEvents } from '../../../src/scenario/replay';
import { runWalkthrough, whereIs } from '../../../src/scenario/walkthrough';
import { generatedScenario } from '../../scenarios/generatedScenario';

/** The most children any one state of the machine has. */
function widestState(node: AnyStateNode): number {
  const children = Object.values(node.states);
  return Math.max(children.length, ...children.map(widestState));
}

describe('a scenario with more nodes than one group holds', () => {
  // 1,000 nodes, n<k> choosing i goes to n<4k + 1 + i>: n0 → n3 → n15 → n61 → n245 → n981
  // by the choices 2, 2, 0, 0, 0, and n981 ends the call. n15 (the 20th node) and n61 (the
  // 66th) are in different groups.
  const scenario = generatedScenario(1000, 'tree');
  const machine = createCampaignMachine(scenario);
  const dial = (day: number, time = '10:30'): CampaignEvent => ({ type: 'plan.dial', day, time });
  const choose = (index: number): CampaignEvent => ({ type: 'caller.chose', index });

  it('keeps every state of the machine to a group of nodes or fewer', () => {
    expect(Object.keys(scenario.nodes).length).toBeGreaterThan(NODE_GROUP_SIZE);
    // The groups (or nodes) side by side, and the call's own `ringing` and `callEnded`.
    expect(widestState(machine.root)).toBeLessThanOrEqual(NODE_GROUP_SIZE + 2);
  });

  it('walks from node to node across groups, then ends the call', () => {
    const failures = runWalkthrough(
      scenario,
      {
        name: 'down the last branch',
        steps: [
          { dial: { day: 2, time: '10:30' } },
          { expect: 'n0' },
          { choose: 2 },
          { expect: 'n3' },
          { choose: 2 },
          { expect: 'n15' },
          { choose: 0 },
          { expect: 'n61' },
          { choose: 0 },
          { expect: 'n245' },
          { choose: 0 },
          { expect: 'betweenAttempts' },
        ],
        outcomes: ['got_update'],
      },
      machine,
    );
    expect(failures).toEqual([]);
    expect(scenario.nodes.n981?.end).toBe('got_update');
  });

  it('puts the nodes in groups, so a choice can cross from one group to another', () => {
    const actor = createActor(machine).start();
    actor.send(dial(2));
    actor.send(choose(2));
    actor.send(choose(2));
    const at15 = actor.getSnapshot().value;
    actor.send(choose(0));
    const at61 = actor.getSnapshot().value;
    expect([callStateOf(at15), callStateOf(at61)]).toEqual(['n15', 'n61']);
    const groupOf = (value: unknown) => Object.keys((value as { call: object }).call);
    expect(groupOf(at15)).toHaveLength(1);
    expect(groupOf(at15)).not.toEqual(groupOf(at61));
    actor.stop();
  });

  it('says where the call is at each step, and reports a node that is not there', () => {
    const actor = createActor(machine).start();
    actor.send(dial(2));
    actor.send(choose(1));
    expect(whereIs(actor.getSnapshot().value)).toBe('n2');
    expect(currentNodeId(actor.getSnapshot())).toBe('n2');
    const steps = [{ dial: { day: 2, time: '10:30' } }, { expect: 'n3' }];
    expect(runWalkthrough(scenario, { name: 'wrong', steps }, machine)).toEqual([
      'step 2: expected to be at "n3", but at "n0"',
    ]);
    actor.stop();
  });

  it('answers by the answer rules, hangs up and takes routes from inside a group', () => {
    const actor = createActor(machine).start();
    actor.send(dial(2, '21:00'));
    expect(currentNodeId(actor.getSnapshot())).toBe('machine');
    actor.send({ type: 'caller.hungUp' });
    expect(whereIs(actor.getSnapshot().value)).toBe('betweenAttempts');
    actor.send(dial(3));
    actor.send(choose(3));
    actor.send(choose(3));
    actor.send({ type: 'caller.said', text: 'Tell me now.', intents: ['pressure'] });
    expect(whereIs(actor.getSnapshot().value)).toBe('betweenAttempts');
    const [first, second] = actor.getSnapshot().context.attempts;
    expect(first?.outcome).toBe('hung_up');
    expect(second?.visited).toEqual(['n0', 'n4', 'n20', 'cut']);
    expect(second?.outcome).toBe('cut_short');
    actor.stop();
  });

  it('restores a call from its events at the same node', () => {
    const events = [dial(2), choose(2), choose(2), choose(0), choose(0)];
    const live = createActor(machine).start();
    for (const e of events) live.send(e);
    const replay = replayEvents(machine, events);
    const restored = createActor(machine, { snapshot: replay.persisted }).start();
    expect(currentNodeId(restored.getSnapshot())).toBe('n245');
    expect(restored.getSnapshot().value).toEqual(live.getSnapshot().value);
    restored.send(choose(3));
    expect(restored.getSnapshot().context.attempts[0]?.outcome).toBe('got_update');
    live.stop();
    restored.stop();
  });
});

describe('a scenario with more nodes than a group of groups holds', () => {
  const scenario = generatedScenario(NODE_GROUP_SIZE ** 2 + 1000, 'tree');
  const machine = createCampaignMachine(scenario);

  it('keeps every state of the machine to a group or fewer', () => {
    expect(widestState(machine.root)).toBeLessThanOrEqual(NODE_GROUP_SIZE + 2);
  });

  it('goes from a node in the first group of groups to one in the second', () => {
    // n1023 is the 1,028th node; n4096 (its last choice) comes after NODE_GROUP_SIZE ** 2.
    const steps = [
      { dial: { day: 2, time: '10:30' } },
      ...[2, 2, 2, 2, 2].map((choose) => ({ choose })),
      { expect: 'n1023' },
      { choose: 3 },
      { expect: 'betweenAttempts' },
    ];
    expect(runWalkthrough(scenario, { name: 'deep', steps, outcomes: ['call_back'] })).toEqual([]);
    expect(Object.keys(scenario.nodes).indexOf('n4096')).toBeGreaterThan(NODE_GROUP_SIZE ** 2);
    const actor = createActor(machine).start();
    actor.send({ type: 'plan.dial', day: 2, time: '10:30' });
    for (const index of [2, 2, 2, 2, 2, 3]) actor.send({ type: 'caller.chose', index });
    expect(actor.getSnapshot().context.attempts[0]?.visited.slice(-2)).toEqual(['n1023', 'n4096']);
    actor.stop();
  });
});

describe('callStateOf', () => {
  it('reads the node of a call with or without groups, and nothing outside a call', () => {
    expect(callStateOf({ call: 'hello' })).toBe('hello');
    expect(callStateOf({ call: { G1_0: 'hello' } })).toBe('hello');
    expect(callStateOf({ call: { G2_0: { G1_3: 'n100' } } })).toBe('n100');
    expect(callStateOf({ call: 'ringing' })).toBe('ringing');
    expect(callStateOf('betweenAttempts')).toBeUndefined();
    expect(callStateOf(undefined)).toBeUndefined();
  });

  it('leaves a scenario of one group or fewer nodes as it always was', () => {
    const small = generatedScenario(NODE_GROUP_SIZE, 'tree');
    const actor = createActor(createCampaignMachine(small)).start();
    actor.send({ type: 'plan.dial', day: 2, time: '10:30' });
    expect(actor.getSnapshot().value).toEqual({ call: 'n0' });
    actor.stop();
  });
});
