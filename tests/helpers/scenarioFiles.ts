import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../src/scenario/library';

export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

/** Every built-in scenario file (walkthroughs excluded), read from disk. */
export function scenarioSources(): SourceFile[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.walkthrough.yaml'))
    .sort()
    .map((f) => ({ name: `scenarios/${f}`, text: readFileSync(join(SCENARIO_DIR, f), 'utf8') }));
}

/** The walkthrough file beside a scenario file. */
export function walkthroughSource(scenarioFile: string): SourceFile {
  const name = scenarioFile.replace(/\.yaml$/, '.walkthrough.yaml');
  return { name, text: readFileSync(join(SCENARIO_DIR, '..', name), 'utf8') };
}
