import type { LoadResult, ScenarioProblem } from './load.ts';
import type { Scenario } from './schema.ts';

// Type-only imports: the app's first screen uses this module without the YAML parser or zod.

/** The scenarios (whole, or only their cards on the first screen) and every file's problems. */
export interface Library<S extends { id: string } = Scenario> {
  scenarios: S[];
  problems: ScenarioProblem[];
}

/** A file's load result, carrying the whole scenario or only its card (as the build made it). */
export type Loaded<S> = { ok: true; scenario: S } | Extract<LoadResult, { ok: false }>;

/** One scenario file, already loaded (at build time or in the browser). */
export interface LoadedFile {
  name: string;
  result: LoadResult;
  /** 1-based line of the file's `id:` field, for a duplicate-id message. */
  idLine: number;
}

/** 1-based line of the `id:` field in a scenario file's text (1 when there is none). */
export function idLineOf(text: string): number {
  return Math.max(text.split('\n').findIndex((l) => /^id\s*:/.test(l)) + 1, 1);
}

/** The library from loaded files: good scenarios, and every problem, including shared ids. */
export function assembleLibrary<S extends { id: string } = Scenario>(
  files: readonly { name: string; result: Loaded<S>; idLine: number }[],
): Library<S> {
  const scenarios: S[] = [];
  const problems: ScenarioProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!file.result.ok) {
      problems.push(...file.result.problems);
      continue;
    }
    const { scenario } = file.result;
    const other = seen.get(scenario.id);
    if (other) {
      problems.push({
        file: file.name,
        line: file.idLine,
        column: 1,
        message: `duplicate scenario id "${scenario.id}" (also used by ${other})`,
      });
      continue;
    }
    seen.set(scenario.id, file.name);
    scenarios.push(scenario);
  }
  return { scenarios, problems };
}
