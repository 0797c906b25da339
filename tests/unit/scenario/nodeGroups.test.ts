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
  // 200 nodes, n<k> choosing i goes to n<4k + 1 + i>: n0 → n1 → n7 → n29 → n117 by the
  // choices 0, 2, 0, 0, and n117 ends the call. n7 and n29 are in different groups.
  const scenario = generatedScenario(200, 'tree');
  const machine = createCampaignMachine(scenario);
  const dial = (day: number, time = '10:30'): CampaignEvent => ({ type: 'plan.dial', day, time });
  const choose = (index: number): CampaignEvent => ({ type: 'caller.chose', index });

  it('keeps every state of the machine to a group of nodes or fewer', () => {
    expect(Object.keys(scenario.nodes).length).toBeGreaterThan(NODE_GROUP_SIZE);
    // The groups (or nodes) side by side, and the call's own `ringing` and `callEnded`.
    expect(widestState(machine.root)).toBeLessThanOrEqual(NODE_GROUP_SIZE + 2);
    const large = createCampaignMachine(generatedScenario(4000, 'tree'));
    expect(widestState(large.root)).toBeLessThanOrEqual(NODE_GROUP_SIZE + 2);
  });

  it('walks from node to node across groups, then ends the call', () => {
    const failures = runWalkthrough(
      scenario,
      {
        name: 'down the last branch',
        steps: [
          { dial: { day: 2, time: '10:30' } },
          { expect: 'n0' },
          { choose: 0 },
          { expect: 'n1' },
          { choose: 2 },
          { expect: 'n7' },
          { choose: 0 },
          { expect: 'n29' },
          { choose: 0 },
          { expect: 'betweenAttempts' },
        ],
        outcomes: ['got_update'],
      },
      machine,
    );
    expect(failures).toEqual([]);
    expect(scenario.nodes.n117?.end).toBe('got_update');
  });

  it('puts the nodes in groups, so a choice can cross from one group to another', () => {
    const actor = createActor(machine).start();
    actor.send(dial(2));
    actor.send(choose(0));
    actor.send(choose(2));
    const at7 = actor.getSnapshot().value;
    actor.send(choose(0));
    const at29 = actor.getSnapshot().value;
    expect([callStateOf(at7), callStateOf(at29)]).toEqual(['n7', 'n29']);
    const groupOf = (value: unknown) => Object.keys((value as { call: object }).call);
    expect(groupOf(at7)).toHaveLength(1);
    expect(groupOf(at7)).not.toEqual(groupOf(at29));
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
    const events = [dial(2), choose(3), choose(3)];
    const live = createActor(machine).start();
    for (const e of events) live.send(e);
    const replay = replayEvents(machine, events);
    const restored = createActor(machine, { snapshot: replay.persisted }).start();
    expect(currentNodeId(restored.getSnapshot())).toBe('n20');
    expect(restored.getSnapshot().value).toEqual(live.getSnapshot().value);
    restored.send(choose(3));
    expect(restored.getSnapshot().context.attempts[0]?.outcome).toBe('got_update');
    live.stop();
    restored.stop();
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
