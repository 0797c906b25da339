import type { Library } from '../../scenario/library';
import type { LoadResult } from '../../scenario/load';
import type { Scenario } from '../../scenario/schema';

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

/**
 * The library from loaded files: good scenarios, and every problem, including two files that
 * share an id. Same rules and words as `loadLibrary` in scenario/library (a unit test holds
 * them together); not imported from there because that module also brings the walkthrough
 * runner and the grader, which the first screen does not need.
 */
export function assembleLibrary(files: readonly LoadedFile[]): Library {
  const scenarios: Scenario[] = [];
  const problems: Library['problems'] = [];
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
