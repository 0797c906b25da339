/**
 * A scenario file a coach brings (pasted or opened in the browser), checked by the very same
 * loader and checks as `scenarios:check`: problems and warnings at file:line:column.
 */
import { checkLines } from './checkLines.ts';
import { formatProblem, loadScenario, type ScenarioProblem } from './load.ts';
import type { Scenario } from './schema.ts';

export type OwnCheck =
  | { ok: true; scenario: Scenario; warnings: string[] }
  | { ok: false; problems: string[] };

/** Checks one scenario file; `taken` are the ids already in the library (an own file may not reuse one). */
export function checkOwnScenario(text: string, name: string, taken: readonly string[]): OwnCheck {
  const result = loadScenario(text, name);
  if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };
  const { scenario, locate } = result;
  const at = (path: (string | number)[], message: string): ScenarioProblem => ({
    file: name,
    ...locate(path),
    message,
  });
  if (taken.includes(scenario.id)) {
    return {
      ok: false,
      problems: [
        formatProblem(
          at(['id'], `the id "${scenario.id}" is a built-in scenario's; give yours its own id`),
        ),
      ],
    };
  }
  const warnings = checkLines(scenario)
    .filter((c) => c.level === 'warning')
    .map((c) => formatProblem(at(c.path, c.message)));
  return { ok: true, scenario, warnings };
}
