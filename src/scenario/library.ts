import { formatProblem, loadScenario, parseYamlFile, type ScenarioProblem } from './load.ts';
import type { Scenario } from './schema.ts';
import { type WalkthroughFile, walkthroughFileSchema } from './walkthrough.ts';

export interface SourceFile {
  /** Path or name shown in messages. */
  name: string;
  text: string;
}

export interface Library {
  scenarios: Scenario[];
  problems: ScenarioProblem[];
}

/** Loads many scenario files at once; also refuses two files that share an id. */
export function loadLibrary(files: SourceFile[]): Library {
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const result = loadScenario(file.text, file.name);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const other = seen.get(result.scenario.id);
    if (other) {
      const line = file.text.split('\n').findIndex((l) => /^id\s*:/.test(l)) + 1;
      problems.push({
        file: file.name,
        line: Math.max(line, 1),
        column: 1,
        message: `duplicate scenario id "${result.scenario.id}" (also used by ${other})`,
      });
      continue;
    }
    seen.set(result.scenario.id, file.name);
    scenarios.push(result.scenario);
  }
  return { scenarios, problems };
}

export type WalkthroughLoad =
  | { ok: true; file: WalkthroughFile }
  | { ok: false; problems: ScenarioProblem[] };

/** Parses a walkthrough file; every problem names its line and column. */
export function loadWalkthroughFile(text: string, name: string): WalkthroughLoad {
  const parsed = parseYamlFile(
    text,
    name,
    walkthroughFileSchema,
    'a walkthrough file (scenario, walkthroughs)',
  );
  return parsed.ok ? { ok: true, file: parsed.data } : parsed;
}

export { formatProblem };
