import { describe, expect, it } from 'vitest';
import { createCampaignMachine } from '../../src/scenario/campaignMachine';
import { loadLibrary } from '../../src/scenario/library';
import { formatProblem, loadScenario } from '../../src/scenario/load';
import { exploreScenario, longestPath, transitionKeys } from '../../src/scenario/modelPaths';
import { loadWalkthroughFile, runWalkthrough } from '../../src/scenario/walkthrough';
import { scenarioSources, walkthroughSource } from '../helpers/scenarioFiles';

const sources = scenarioSources();

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
      expect(Object.keys(scenario.nodes).filter((id) => !graph.reached.has(id))).toEqual([]);
    });

    it('takes every transition in some generated path', () => {
      expect(transitionKeys(scenario).filter((k) => !graph.covered.has(k))).toEqual([]);
    });

    it('ends every generated path within a bound', () => {
      // Situations, not snapshots: a loop among them would be a campaign that never ends.
      const bound = scenario.campaign.maxAttempts * 12 + 4;
      expect(longestPath(graph)).toBeLessThanOrEqual(bound);
      const finals = graph.steps.filter((s) => graph.situations[s.to] === 'debrief');
      expect(finals.length).toBeGreaterThan(0);
    });
  });
});
