/**
 * A scenario's walkthrough file run against it, as `scenarios:check` reports it and the
 * own-scenario screen shows it: each walkthrough passes, or says where it went wrong, at
 * `file:line:column`. One place for both, so the browser and the command line agree.
 */
import { formatProblem } from './load.ts';
import type { Scenario } from './schema.ts';
import { loadWalkthroughFile, runWalkthrough } from './walkthrough.ts';

/** One walkthrough's result: no failures means it passes. */
export interface WalkResult {
  name: string;
  /** 1-based line of its `name:` in the file. */
  line: number;
  /** Each as `file:line:column: "name": what went wrong`. */
  failures: string[];
}

export type WalkthroughReport =
  | { ok: false; problems: string[] }
  | { ok: true; problems: string[]; walks: WalkResult[] };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads a walkthrough file and runs each of its walkthroughs against the scenario. */
export function checkWalkthroughs(
  scenario: Scenario,
  text: string,
  name: string,
): WalkthroughReport {
  const loaded = loadWalkthroughFile(text, name);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map(formatProblem) };
  const problems =
    loaded.file.scenario === scenario.id
      ? []
      : [`${name}:1:1: walks scenario "${loaded.file.scenario}", expected "${scenario.id}"`];
  const lines = text.split('\n');
  const walks = loaded.file.walkthroughs.map((walk) => {
    const line = lines.findIndex((l) => l.includes(`name: ${walk.name}`)) + 1 || 1;
    let failures: string[];
    try {
      failures = runWalkthrough(scenario, walk);
    } catch (error) {
      failures = [`cannot be played (${reasonOf(error)})`];
    }
    return {
      name: walk.name,
      line,
      failures: failures.map((f) => `${name}:${line}:5: "${walk.name}": ${f}`),
    };
  });
  return { ok: true, problems, walks };
}
