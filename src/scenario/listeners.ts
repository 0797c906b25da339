import { listenersOf as listenersIn } from '../scoring/callGrade/people.ts';
import type { Scenario } from './schema.ts';

/**
 * The people a caller in this scenario talks to (the interviewer, the receptionist), named as
 * the grader names them in a call log's `people`.
 */
export function listenersOf(scenario: Scenario): string[] {
  return listenersIn(scenario.setting);
}
