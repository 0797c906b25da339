import type { Scenario } from './schema.ts';

// Type-only imports: the first screen uses this module without the YAML parser or zod.

/**
 * What the scenarios screen shows of a scenario: the first load carries only this, so it does
 * not grow with the scenarios' calls. The whole scenario comes with the campaign's code.
 */
export type ScenarioCard = Pick<Scenario, 'id' | 'title' | 'summary' | 'difficulty' | 'tips'>;

/** The card of a scenario (a copy: nothing of its calls). */
export function cardOf(scenario: Scenario): ScenarioCard {
  const { id, title, summary, difficulty, tips } = scenario;
  return { id, title, summary, difficulty, tips };
}

/** True when this is the whole scenario (its calls included), not only its card. */
export function isWhole(scenario: ScenarioCard): scenario is Scenario {
  return 'nodes' in scenario && 'campaign' in scenario;
}
