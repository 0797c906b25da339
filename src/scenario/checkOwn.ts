/**
 * A scenario file a coach brings (pasted or opened in the browser), checked by the very same
 * loader and checks as `scenarios:check`: problems and warnings at file:line:column.
 */
import { checkLines } from './checkLines.ts';
import { formatProblem, loadScenario, type ScenarioProblem } from './load.ts';
import type { Scenario } from './schema.ts';

/** One problem or warning where it is (an editor marks it there); `text` is as `scenarios:check` prints it. */
export interface OwnMark extends ScenarioProblem {
  level: 'problem' | 'warning';
  text: string;
}

export type OwnCheck =
  | {
      ok: true;
      scenario: Scenario;
      warnings: string[];
      marks: OwnMark[];
      /** Line and column of a field of the file, by its path (for coverage, say). */
      locate: (path: readonly (string | number)[]) => { line: number; column: number };
    }
  | { ok: false; problems: string[]; marks: OwnMark[] };

const mark = (problem: ScenarioProblem, level: OwnMark['level']): OwnMark => ({
  ...problem,
  level,
  text: formatProblem(problem),
});

/** Checks one scenario file; `taken` are the ids already in the library (an own file may not reuse one). */
export function checkOwnScenario(text: string, name: string, taken: readonly string[]): OwnCheck {
  const result = loadScenario(text, name);
  if (!result.ok) {
    const marks = result.problems.map((p) => mark(p, 'problem'));
    return { ok: false, problems: marks.map((m) => m.text), marks };
  }
  const { scenario, locate } = result;
  const at = (path: (string | number)[], message: string): ScenarioProblem => ({
    file: name,
    ...locate(path),
    message,
  });
  if (taken.includes(scenario.id)) {
    const clash = mark(
      at(['id'], `the id "${scenario.id}" is a built-in scenario's; give yours its own id`),
      'problem',
    );
    return { ok: false, problems: [clash.text], marks: [clash] };
  }
  const marks = checkLines(scenario)
    .filter((c) => c.level === 'warning')
    .map((c) => mark(at(c.path, c.message), 'warning'));
  return { ok: true, scenario, warnings: marks.map((m) => m.text), marks, locate };
}

/**
 * A valid check with more warnings at their places (the classifier's readings of the choices,
 * found later in the classifier's chunk): the same marks `scenarios:check` prints.
 */
export function withWarnings(
  check: Extract<OwnCheck, { ok: true }>,
  name: string,
  found: readonly { path: (string | number)[]; message: string }[],
): Extract<OwnCheck, { ok: true }> {
  if (found.length === 0) return check;
  const extra = found.map((w) =>
    mark({ file: name, ...check.locate(w.path), message: w.message }, 'warning'),
  );
  return {
    ...check,
    marks: [...check.marks, ...extra],
    warnings: [...check.warnings, ...extra.map((m) => m.text)],
  };
}
