import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCampaignMachine } from '../../src/scenario/campaignMachine';
import { loadScenario } from '../../src/scenario/load';
import { currentNodeId } from '../../src/scenario/replay';
import { loadWalkthroughFile } from '../../src/scenario/walkthrough';
import { scenarioSources, walkthroughSource } from '../helpers/scenarioFiles';

describe.each(scenarioSources().map((s) => [s.name, s] as const))('%s', (_, source) => {
  it('has a walkthrough that takes an authored pressure choice and expects the T4 finding', () => {
    const loaded = loadScenario(source.text, source.name);
    if (!loaded.ok) throw new Error('scenario does not load');
    const scenario = loaded.scenario;
    const file = loadWalkthroughFile(walkthroughSource(source.name).text, source.name);
    if (!file.ok) throw new Error('walkthrough does not load');
    // Replay each walkthrough's steps and note whether it picks a choice tagged `pressure`.
    const pushes = file.file.walkthroughs.filter((walk) => {
      const actor = createActor(createCampaignMachine(scenario)).start();
      let pushed = false;
      for (const s of walk.steps) {
        if (typeof s === 'string' || 'expect' in s || 'say' in s) {
          if (s === 'wait') actor.send({ type: 'campaign.wait' });
          else if (s === 'moveOn') actor.send({ type: 'campaign.moveOn' });
          else if (s === 'hangUp') actor.send({ type: 'caller.hungUp' });
          else if (s === 'thankYou') actor.send({ type: 'plan.thankYou' });
          continue;
        }
        if ('dial' in s) actor.send({ type: 'plan.dial', ...s.dial });
        if ('choose' in s) {
          const node = scenario.nodes[currentNodeId(actor.getSnapshot()) ?? ''];
          if (node?.reply?.choices[s.choose]?.intents.includes('pressure')) pushed = true;
          actor.send({ type: 'caller.chose', index: s.choose });
        }
      }
      actor.stop();
      return pushed && (walk.findings?.has ?? []).some((p) => p.tip === 'T4');
    });
    expect(pushes.length).toBeGreaterThan(0);
  });
});
