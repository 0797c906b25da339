import { parse } from 'yaml';
import { formatProblem, loadScenario, type ScenarioProblem } from './load.ts';
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

/** Parses a walkthrough file; problems carry the file name (line 1 when YAML cannot say more). */
export function loadWalkthroughFile(text: string, name: string): WalkthroughLoad {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const linePos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    return {
      ok: false,
      problems: [
        {
          file: name,
          line: linePos?.line ?? 1,
          column: linePos?.col ?? 1,
          message: `YAML syntax: ${String((error as Error).message).split('\n')[0]}`,
        },
      ],
    };
  }
  const parsed = walkthroughFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file: name,
        line: 1,
        column: 1,
        message: `${issue.path.join('.')}: ${issue.message}`,
      })),
    };
  }
  return { ok: true, file: parsed.data };
}

export { formatProblem };
