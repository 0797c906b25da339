import type { ScenarioProblem } from '../../scenario/load';

/**
 * `file:line:column: message`, the same form as `formatProblem` in scenario/load. Not imported
 * from there: that module brings the YAML parser, which the first screen must not wait for.
 */
export function problemText(problem: ScenarioProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
