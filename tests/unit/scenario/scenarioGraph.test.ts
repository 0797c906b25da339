import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../../src/scenario/campaignTypes';
import { loadLibrary } from '../../../src/scenario/library';
import { transitionKeys } from '../../../src/scenario/modelPaths';
import {
  DIAL_NODE,
  describeCondition,
  OUTCOME_LABELS,
  scenarioGraph,
} from '../../../src/scenario/scenarioGraph';
import { campaignPaths } from '../../../src/scenario/scenarioPath';
import { type Scenario, scenarioSchema } from '../../../src/scenario/schema';
import { fakeScenarioData } from '../../helpers/fakes';
import { scenarioSources } from '../../helpers/scenarioFiles';

const library = loadLibrary(scenarioSources());
const builtIn = (id: string) => {
  const s = library.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

// The moves of a call the machine knows: everything but the campaign's own steps, endings and hang-ups.
const callMoves = (scenario: Scenario) =>
  transitionKeys(scenario).filter(
    (k) => !/^(planning|betweenAttempts):/.test(k) && !/:(end|hangUp)$/.test(k),
  );

describe('the graph of a scenario', () => {
  it.each(library.scenarios.map((s) => [s.id, s] as const))(
    'has every node and every move of %s',
    (_, scenario) => {
      const graph = scenarioGraph(scenario);
      expect(graph.nodes.map((n) => n.id).sort()).toEqual(
        [DIAL_NODE, ...Object.keys(scenario.nodes)].sort(),
      );
      expect(graph.edges.map((e) => e.id).sort()).toEqual(callMoves(scenario).sort());
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const e of graph.edges) {
        expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
      }
      expect(graph.nodes.filter((n) => n.unreachable || n.deadEnd)).toEqual([]);
    },
  );

  it('labels choices by number, routes by intents, and endings by outcome', () => {
    const scenario = builtIn('friendly-receptionist');
    const graph = scenarioGraph(scenario);
    const edge = (id: string) => graph.edges.find((e) => e.id === id);
    expect(edge('reception:choice:0')).toMatchObject({
      kind: 'choice',
      label: '1',
      to: scenario.nodes.reception?.reply?.choices[0]?.goto,
    });
    expect(edge('reception:route:0')).toMatchObject({ kind: 'route', label: 'pressure' });
    expect(edge('reception:otherwise')).toMatchObject({ kind: 'otherwise', label: 'otherwise' });
    expect(edge('puttingThrough:goto')).toMatchObject({ kind: 'goto', to: 'interviewerHello' });
    expect(edge('answer:3')).toMatchObject({ from: DIAL_NODE, to: 'reception', kind: 'answer' });
    const endings = graph.nodes.filter((n) => n.end);
    expect(endings.length).toBeGreaterThan(0);
    for (const n of endings)
      expect(OUTCOME_LABELS[n.end as keyof typeof OUTCOME_LABELS]).toBeTruthy();
  });

  it('flags the nodes checkScenario finds unreachable or dead ends', () => {
    const scenario = scenarioSchema.parse(
      fakeScenarioData({
        campaign: { answer: [{ goto: 'a' }] },
        nodes: {
          a: {
            speaker: 'receptionist',
            reply: {
              choices: [
                { say: 'Hi', goto: 'done' },
                { say: 'Hm', goto: 'spin' },
              ],
              otherwise: 'done',
            },
          },
          spin: {
            speaker: 'interviewer',
            reply: { choices: [{ say: 'Again', goto: 'spin' }], otherwise: 'spin' },
          },
          lost: { speaker: 'narrator', goto: 'done' },
          done: { speaker: 'interviewer', end: 'got_update' },
        },
      }),
    );
    const flags = Object.fromEntries(
      scenarioGraph(scenario).nodes.map((n) => [n.id, [n.unreachable, n.deadEnd]]),
    );
    expect(flags).toEqual({
      [DIAL_NODE]: [false, false],
      a: [false, false],
      spin: [false, true],
      lost: [true, false],
      done: [false, false],
    });
  });

  it('says an answer rule in words', () => {
    expect(describeCondition({ hours: 'outside' })).toBe('outside office hours');
    expect(describeCondition({ days: { max: 1 } })).toBe('day 1 or less');
    expect(describeCondition({ attempt: { min: 2, max: 2 }, weekdays: ['mon'] })).toBe(
      'call 2, on Monday',
    );
    expect(describeCondition(undefined)).toBe('every other call');
  });
});

describe('the path of a campaign on the graph', () => {
  const play = (scenario: Scenario, events: CampaignEvent[]) => {
    const actor = createActor(createCampaignMachine(scenario)).start();
    for (const e of events) actor.send(e);
    return actor.getSnapshot().context;
  };

  it('follows the answer rule, the choices and the gotos of each call', () => {
    const scenario = builtIn('friendly-receptionist');
    const context = play(scenario, [
      { type: 'plan.dial', day: 3, time: '10:30' },
      { type: 'caller.chose', index: 0 },
      { type: 'caller.chose', index: 0 },
    ]);
    const [call] = campaignPaths(scenario, context);
    expect(call?.nodes.slice(0, 4)).toEqual([
      DIAL_NODE,
      'reception',
      'puttingThrough',
      'interviewerHello',
    ]);
    expect(call?.edges.slice(0, 4)).toEqual([
      'answer:3',
      'reception:choice:0',
      'puttingThrough:goto',
      'interviewerHello:choice:0',
    ]);
    const graph = scenarioGraph(scenario);
    const byId = new Map(graph.edges.map((e) => [e.id, e]));
    // Each edge taken leads from one visited node to the next.
    call?.edges.forEach((id, i) => {
      expect(byId.get(id)).toMatchObject({ from: call.nodes[i], to: call.nodes[i + 1] });
    });
  });

  it('takes the route a typed line matched', () => {
    const scenario = builtIn('friendly-receptionist');
    const context = play(scenario, [
      { type: 'plan.dial', day: 3, time: '10:30' },
      { type: 'caller.said', text: 'Put me through now.', intents: ['pressure'] },
    ]);
    expect(campaignPaths(scenario, context)[0]?.edges).toContain('reception:route:0');
  });
});
