// Figures for the scenario engine.
// 1. The built-in library: load + validate + build per scenario, and the model-based path
//    exploration of each.
// 2. Generated scenarios (tests/scenarios/generatedScenario.ts) of 50 / 200 / 1,000 / 4,000
//    nodes, each measured in a fresh Node process (so heap figures do not mix):
//    - load:     loadScenario() on the YAML text of a `chain` scenario (parse, the YAML
//                safety walk, schema, checkScenario);
//    - check:    checkScenario() alone on the validated `chain` scenario (best of 3), also
//                at 10,000 nodes;
//    - coverage: exploreScenario() + the library test's checks (uncovered transitions,
//                longestPath) on a `tree` scenario, machine built beforehand; then the
//                exploration alone once more, untimed above, for its µs/step when warm;
//    - choice:   the running machine as the app drives it (one actor, `actor.send`): one
//                `caller.chose` at a time through 1,000 campaigns of three calls each on the
//                `tree` scenario, timed per choice; "ending" is the choices that end the call
//                (xstate then leaves the call's state), "in call" the ones that move on to
//                another node. 200 campaigns before those warm up and are not counted.
//    "retained" is the heap still held after the work (graph kept, after a GC); "peak" is
//    how much the process's peak resident memory grew during the timed work.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { stringify } from 'yaml';
import { createCampaignMachine } from '../src/scenario/campaignMachine';
import { checkScenario } from '../src/scenario/check';
import { loadScenario } from '../src/scenario/load';
import { exploreScenario, longestPath, transitionKeys } from '../src/scenario/modelPaths';
import { generatedScenario, generatedScenarioData } from '../tests/scenarios/generatedScenario';

const MB = 2 ** 20;

interface Measure {
  ms: number;
  retainedMB: number;
  peakMB: number;
  detail: string;
}

/** Runs `work` once with heap and peak-memory figures around it (needs --expose-gc). */
function measured(work: () => string): Measure {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.resourceUsage().maxRSS;
  const start = performance.now();
  const detail = work();
  const ms = performance.now() - start;
  const peakMB = (process.resourceUsage().maxRSS - rss0) / 1024;
  gc();
  return { ms, retainedMB: (process.memoryUsage().heapUsed - heap0) / MB, peakMB, detail };
}

function measureOne(task: string, size: number): Measure {
  if (task === 'load') {
    const text = stringify(generatedScenarioData(size, 'chain'));
    const kept: unknown[] = [];
    return measured(() => {
      const result = loadScenario(text, 'generated.yaml');
      kept.push(result); // held, so "retained" counts what a caller keeps
      return `${(text.length / 1024).toFixed(0)} KB of YAML, ${result.ok ? 'valid' : 'refused'}`;
    });
  }
  if (task === 'choice') return measured(() => choiceCost(size));
  if (task === 'check') {
    const scenario = generatedScenario(size, 'chain');
    let best: Measure | undefined;
    for (let i = 0; i < 3; i++) {
      const m = measured(() => `${checkScenario(scenario).length} problems`);
      if (!best || m.ms < best.ms) best = m;
    }
    return best as Measure;
  }
  const scenario = generatedScenario(size, 'tree');
  const machine = createCampaignMachine(scenario);
  let graph: ReturnType<typeof exploreScenario> | undefined;
  const cold = measured(() => {
    const t = performance.now();
    graph = exploreScenario(scenario, machine);
    const uncovered = transitionKeys(scenario).filter((k) => !graph?.covered.has(k)).length;
    const longest = longestPath(graph);
    const perStep = ((performance.now() - t) * 1000) / graph.steps.length;
    return `${graph.states} situations, ${graph.steps.length} steps, ${uncovered} uncovered, longest path ${longest}, ${perStep.toFixed(0)} µs/step`;
  });
  // Once more, outside the figures above: a small scenario's first run is mostly the JIT
  // warming up, so the second run's cost per step is the one to compare across sizes.
  const t = performance.now();
  const again = exploreScenario(scenario, machine);
  const warm = ((performance.now() - t) * 1000) / again.steps.length;
  return { ...cold, detail: `${cold.detail} (${warm.toFixed(0)} µs/step run again)` };
}

/** Plays campaigns choice by choice on a running actor; returns µs per choice. */
function choiceCost(size: number): string {
  const machine = createCampaignMachine(generatedScenario(size, 'tree'));
  const time = { inCall: 0, ending: 0 };
  const count = { inCall: 0, ending: 0 };
  const WARM_UP = 200;
  for (let round = 0; round < WARM_UP + 1000; round++) {
    const actor = createActor(machine).start();
    for (let call = 0; call < 3; call++) {
      actor.send({ type: 'plan.dial', day: 2 + 3 * call, time: '10:30' });
      // A different branch each time, so the choices spread over the whole tree.
      const choice = { type: 'caller.chose' as const, index: (round + call) % 4 };
      while (actor.getSnapshot().matches('call') && actor.getSnapshot().can(choice)) {
        const t = performance.now();
        actor.send(choice);
        const dt = performance.now() - t;
        if (round < WARM_UP) continue;
        const kind = actor.getSnapshot().matches('call') ? 'inCall' : 'ending';
        time[kind] += dt;
        count[kind] += 1;
      }
    }
    actor.stop();
  }
  const us = (kind: keyof typeof time) => ((time[kind] * 1000) / count[kind]).toFixed(1);
  const all = ((time.inCall + time.ending) * 1000) / (count.inCall + count.ending);
  return `${count.inCall + count.ending} choices, ${all.toFixed(1)} µs/choice (in call ${us('inCall')}, ending the call ${us('ending')})`;
}

if (process.argv[2] === '--measure') {
  const task = process.argv[3] ?? 'check';
  console.log(JSON.stringify(measureOne(task, Number(process.argv[4]))));
} else {
  libraryFigures();
  generatedFigures();
}

function libraryFigures(): void {
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
    const t = performance.now();
    for (let i = 0; i < ROUNDS; i++) {
      const result = loadScenario(text, file);
      if (!result.ok) throw new Error(`${file} does not load`);
      scenario = result.scenario;
      machine = createCampaignMachine(scenario);
    }
    const perBuild = (performance.now() - t) / ROUNDS;
    if (!machine || !scenario) continue;
    const t0 = performance.now();
    const graph = exploreScenario(scenario, machine);
    const explore = performance.now() - t0;
    exploreTotal += explore;
    console.log(
      `${file.padEnd(36)} load+validate+build ${perBuild.toFixed(2).padStart(6)} ms   paths: ${String(graph.states).padStart(6)} situations, ${String(graph.steps.length).padStart(6)} steps in ${explore.toFixed(0).padStart(5)} ms`,
    );
  }
  console.log(
    `model-based exploration of all ${files.length} scenarios: ${(exploreTotal / 1000).toFixed(2)} s`,
  );
}

function generatedFigures(): void {
  console.log('\ngenerated scenarios (each in a fresh process):');
  const plan: [string, number[]][] = [
    ['load', [50, 200, 1000, 4000, 10000]],
    ['check', [50, 200, 1000, 4000, 10000]],
    ['coverage', [50, 200, 1000, 4000]],
    ['choice', [50, 200, 1000, 4000]],
  ];
  for (const [task, sizes] of plan) {
    for (const size of sizes) {
      const run = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', import.meta.filename, '--measure', task, String(size)],
        { encoding: 'utf8', timeout: 600_000 },
      );
      const label = `${task.padEnd(8)} ${String(size).padStart(6)} nodes`;
      const line = run.stdout.trim().split('\n').pop() ?? '';
      if (run.status !== 0 || !line.startsWith('{')) {
        const why = run.error ? run.error.message : (run.stderr.trim().split('\n').pop() ?? '');
        console.log(`${label}  did not finish: ${why}`);
        continue;
      }
      const m = JSON.parse(line) as Measure;
      console.log(
        `${label}  ${m.ms.toFixed(1).padStart(9)} ms  retained ${m.retainedMB.toFixed(1).padStart(6)} MB  peak +${m.peakMB.toFixed(0).padStart(4)} MB  ${m.detail}`,
      );
    }
  }
}
