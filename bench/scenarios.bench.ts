// Figures for the scenario engine: load + validate + build per scenario, and the time of
// the model-based path exploration over the whole library.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCampaignMachine } from '../src/scenario/campaignMachine';
import { loadScenario } from '../src/scenario/load';
import { coveredKeys, exploreScenario } from '../src/scenario/modelPaths';

const dir = join(import.meta.dirname, '..', 'scenarios');
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.yaml') && !f.endsWith('.walkthrough.yaml'),
);
const ROUNDS = 50;

let exploreTotal = 0;
for (const file of files.sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  let machine: ReturnType<typeof createCampaignMachine> | undefined;
  let scenario: Parameters<typeof createCampaignMachine>[0] | undefined;
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    const result = loadScenario(text, file);
    if (!result.ok) throw new Error(`${file} does not load`);
    scenario = result.scenario;
    machine = createCampaignMachine(scenario);
  }
  const perBuild = (performance.now() - start) / ROUNDS;
  if (!machine || !scenario) continue;
  const t0 = performance.now();
  const graph = exploreScenario(scenario, machine);
  coveredKeys(scenario, graph);
  const explore = performance.now() - t0;
  exploreTotal += explore;
  console.log(
    `${file.padEnd(36)} load+validate+build ${perBuild.toFixed(2).padStart(6)} ms   paths: ${String(graph.states).padStart(6)} situations, ${String(graph.edges.length).padStart(6)} steps in ${explore.toFixed(0).padStart(5)} ms`,
  );
}
console.log(
  `model-based exploration of all ${files.length} scenarios: ${(exploreTotal / 1000).toFixed(2)} s`,
);
