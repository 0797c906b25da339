import type { Scenario } from './schema.ts';

/**
 * The people a caller in this scenario talks to (the interviewer, the receptionist): a line
 * that names only them ("thanks Dana") says who is listening, not who is calling.
 */
export function listenersOf(scenario: Scenario): string[] {
  const { interviewer, receptionist } = scenario.setting;
  return [interviewer, receptionist].filter((n): n is string => n !== undefined && n !== '');
}
