import { describe, expect, it } from 'vitest';
import { createCampaignMachine } from '../../src/scenario/campaignMachine';
import { loadLibrary } from '../../src/scenario/library';
import { formatProblem, loadScenario } from '../../src/scenario/load';
import { coveredKeys, exploreScenario, transitionKeys } from '../../src/scenario/modelPaths';
import { loadWalkthroughFile, runWalkthrough, whereIs } from '../../src/scenario/walkthrough';
import { scenarioSources, walkthroughSource } from '../helpers/scenarioFiles';

const sources = scenarioSources();

/** Longest number of steps from any explored situation to the end of the campaign. */
function longestPath(
  graph: ReturnType<typeof exploreScenario>,
  key: (s: unknown) => string,
): number {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) {
    const from = key(e.from);
    next.set(from, [...(next.get(from) ?? []), key(e.to)]);
  }
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (node: string): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return Number.POSITIVE_INFINITY; // a cycle: some path never ends
    visiting.add(node);
    const best = Math.max(0, ...(next.get(node) ?? []).map((n) => 1 + depth(n)));
    visiting.delete(node);
    memo.set(node, best);
    return best;
  };
  return Math.max(...[...next.keys()].map(depth));
}

describe('the built-in scenario library', () => {
  it('loads every file without a problem and with unique ids', () => {
    const library = loadLibrary(sources);
    expect(library.problems.map(formatProblem)).toEqual([]);
    expect(library.scenarios).toHaveLength(sources.length);
  });

  describe.each(sources.map((s) => [s.name, s] as const))('%s', (_, source) => {
    const loaded = loadScenario(source.text, source.name);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    const scenario = loaded.scenario;
    const machine = createCampaignMachine(scenario);

    const walkthroughs = loadWalkthroughFile(walkthroughSource(source.name).text, source.name);
    it('ships a walkthrough file for itself', () => {
      expect(walkthroughs.ok && walkthroughs.file.scenario).toBe(scenario.id);
    });
    for (const walk of walkthroughs.ok ? walkthroughs.file.walkthroughs : []) {
      it(`walks: ${walk.name}`, () => {
        expect(runWalkthrough(scenario, walk, machine)).toEqual([]);
      });
    }

    const graph = exploreScenario(scenario, machine);
    it('reaches every node in some generated path', () => {
      const reached = new Set(
        graph.edges.flatMap((e) => e.to.context.attempts.flatMap((a) => a.visited)),
      );
      expect(Object.keys(scenario.nodes).filter((id) => !reached.has(id))).toEqual([]);
    });

    it('takes every transition in some generated path', () => {
      const covered = coveredKeys(scenario, graph);
      expect(transitionKeys(scenario).filter((k) => !covered.has(k))).toEqual([]);
    });

    it('ends every generated path within a bound', () => {
      const key = (s: unknown) =>
        JSON.stringify([(s as { value: unknown }).value, (s as { context: unknown }).context]);
      const bound = scenario.campaign.maxAttempts * 12 + 4;
      expect(longestPath(graph, key)).toBeLessThanOrEqual(bound);
      const finals = graph.edges.filter((e) => whereIs(e.to.value) === 'debrief');
      expect(finals.length).toBeGreaterThan(0);
    });
  });
});
