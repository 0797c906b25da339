import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createActor } from 'xstate';
import { toCallLog } from '../../src/scenario/callLog';
import { createCampaignMachine } from '../../src/scenario/campaignMachine';
import type { CampaignEvent } from '../../src/scenario/campaignTypes';
import { loadScenario } from '../../src/scenario/load';
import { replayEvents } from '../../src/scenario/replay';
import type { Scenario } from '../../src/scenario/schema';
import type { CallLog } from '../../src/scoring/types';
import {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type ResultAttempt,
  type ResultsFile,
} from '../../src/workshop/results';

const scenarios = new Map<string, Scenario>();

/** A built-in scenario, read from scenarios/ and validated as the app does. */
export function builtIn(id: string): Scenario {
  const known = scenarios.get(id);
  if (known) return known;
  const file = resolve(`scenarios/${id}.yaml`);
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not load`);
  scenarios.set(id, result.scenario);
  return result.scenario;
}

/**
 * The call log of a campaign played with these events (refused ones are dropped, so a list can
 * end with a hang-up and a move-on whether or not the call is still going).
 */
export function playedLog(scenario: Scenario, events: readonly CampaignEvent[]): CallLog {
  const machine = createCampaignMachine(scenario);
  const { persisted } = replayEvents(machine, events);
  const context = createActor(machine, { snapshot: persisted }).start().getSnapshot().context;
  return toCallLog(context, scenario);
}

/** A campaign of one call at day 3, 10:30, choosing these lines (by place) in turn. */
export function choicesLog(scenario: Scenario, choices: readonly number[]): CallLog {
  return playedLog(scenario, [
    { type: 'plan.dial', day: 3, time: '10:30' },
    ...choices.map((index): CampaignEvent => ({ type: 'caller.chose', index })),
    { type: 'caller.hungUp' },
    { type: 'campaign.moveOn' },
  ]);
}

/** A handed-in campaign of "The friendly front desk"; pass overrides to vary it. */
export function fakeAttempt(overrides: Partial<ResultAttempt> = {}): ResultAttempt {
  const scenario = builtIn('friendly-receptionist');
  return {
    id: 'campaign-1',
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    finishedAt: '2026-03-02T10:00:00.000Z',
    log: choicesLog(scenario, [0, 0, 0, 0]),
    ...overrides,
  };
}

/** A results file; pass overrides to vary it. */
export function fakeResults(overrides: Partial<ResultsFile> = {}): ResultsFile {
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    name: 'Sam',
    handedInAt: '2026-03-02T11:00:00.000Z',
    attempts: [fakeAttempt()],
    ...overrides,
  };
}
