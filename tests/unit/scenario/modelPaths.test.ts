import { describe, expect, it } from 'vitest';
import { createCampaignMachine } from '../../../src/scenario/campaignMachine';
import { loadScenario } from '../../../src/scenario/load';
import { coveredKeys, exploreScenario, transitionKeys } from '../../../src/scenario/modelPaths';
import { fakeScenarioData, fakeScenarioYaml } from '../../helpers/fakes';

function uncovered(yaml: string): string[] {
  const result = loadScenario(yaml, 'x.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const graph = exploreScenario(result.scenario, createCampaignMachine(result.scenario));
  const covered = coveredKeys(result.scenario, graph);
  return transitionKeys(result.scenario).filter((k) => !covered.has(k));
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
});
