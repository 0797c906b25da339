import { describe, expect, it } from 'vitest';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import { loadScenario } from '../../../src/scenario/load';
import {
  exploreScenario,
  longestPath,
  type ModelGraph,
  transitionKeys,
} from '../../../src/scenario/modelPaths';
import type { Scenario } from '../../../src/scenario/schema';
import { fakeScenarioData, fakeScenarioYaml } from '../../helpers/fakes';
import { generatedScenario } from '../../scenarios/generatedScenario';

function scenarioOf(yaml: string): Scenario {
  const result = loadScenario(yaml, 'x.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

function explore(scenario: Scenario) {
  return exploreScenario(scenario, createCampaignMachine(scenario));
}

function uncovered(yaml: string): string[] {
  const scenario = scenarioOf(yaml);
  const graph = explore(scenario);
  return transitionKeys(scenario).filter((k) => !graph.covered.has(k));
}

/** A graph by hand: situation 0 is the start; `links` are [from, to] steps. */
function graphOf(count: number, links: [number, number][]): ModelGraph {
  return {
    states: count,
    situations: Array.from({ length: count }, (_, i) => `s${i}`),
    steps: links.map(([from, to]) => ({ from, to, event: { type: 'campaign.wait' } })),
    covered: new Set(),
    reached: new Set(),
  };
}

describe('model-based path coverage', () => {
  it('covers every transition of a well-formed scenario', () => {
    expect(uncovered(fakeScenarioYaml())).toEqual([]);
  });

  it('reports a route shadowed by an earlier one', () => {
    const data = fakeScenarioData();
    const nodes = data.nodes as Record<string, { reply?: { routes: unknown[] } }>;
    if (nodes.hello?.reply) {
      nodes.hello.reply.routes = [
        { when: ['pressure'], goto: 'cool' },
        { when: ['pressure', 'greeting'], goto: 'bye' },
      ];
    }
    expect(uncovered(fakeScenarioYaml({ nodes }))).toEqual(['hello:route:1']);
  });

  it('reports an answer rule no moment can satisfy', () => {
    const data = fakeScenarioData();
    const campaign = data.campaign as { answer: unknown[] };
    campaign.answer = [{ when: { days: { min: 5, max: 4 } }, goto: 'machine' }, ...campaign.answer];
    expect(uncovered(fakeScenarioYaml({ campaign }))).toContain('answer:0');
  });

  it('reaches every node of a scenario and records where each situation is', () => {
    const scenario = scenarioOf(fakeScenarioYaml());
    const graph = explore(scenario);
    expect([...graph.reached].sort()).toEqual(Object.keys(scenario.nodes).sort());
    expect(graph.situations).toHaveLength(graph.states);
    expect(graph.situations[0]).toBe('planning');
    expect(graph.situations).toContain('debrief');
    for (const step of graph.steps) {
      expect(step.from).toBeLessThan(graph.states);
      expect(step.to).toBeLessThan(graph.states);
    }
  });

  it('covers every node and transition of a 1,000-node scenario within seconds', () => {
    const scenario = generatedScenario(1000, 'tree');
    const start = performance.now();
    const graph = explore(scenario);
    // About a second here; the bound is loose for a busy two-core machine.
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(transitionKeys(scenario).filter((k) => !graph.covered.has(k))).toEqual([]);
    expect(Object.keys(scenario.nodes).filter((id) => !graph.reached.has(id))).toEqual([]);
  });

  it('keeps no snapshots in the graph it returns', () => {
    const graph = explore(scenarioOf(fakeScenarioYaml()));
    // Snapshots carry the machine and the call so far; steps are plain indices and events.
    const json = JSON.stringify(graph.steps);
    expect(json).not.toContain('"context"');
    expect(json.length / graph.steps.length).toBeLessThan(200);
  });
});

describe('longestPath', () => {
  it('counts the steps of the longest path from the start', () => {
    expect(
      longestPath(
        graphOf(5, [
          [0, 1],
          [1, 2],
          [0, 3],
          [3, 4],
          [4, 2],
        ]),
      ),
    ).toBe(3);
  });

  it('is infinite when a path can loop', () => {
    expect(
      longestPath(
        graphOf(3, [
          [0, 1],
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toBe(Number.POSITIVE_INFINITY);
  });

  it('handles a path of 100,000 steps without running out of stack', () => {
    const links = Array.from({ length: 100_000 }, (_, i): [number, number] => [i, i + 1]);
    expect(longestPath(graphOf(100_001, links))).toBe(100_000);
  });

  it('stays within the campaign bound on a generated scenario', () => {
    const scenario = generatedScenario(200, 'tree');
    expect(longestPath(explore(scenario))).toBeLessThanOrEqual(
      scenario.campaign.maxAttempts * 12 + 4,
    );
  });
});
