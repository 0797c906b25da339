// `npm run scenarios:check [file...]`: checks scenario files (default: all of scenarios/)
// and their walkthroughs; prints `file:line:column: message` per problem, exits 1 on any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assembleLibrary } from '../scenario/assembleLibrary.ts';
import { agrees, disagreement, readChoices } from '../scenario/choiceReadings.ts';
import { formatProblem, loadFile } from '../scenario/library.ts';
import { loadWalkthroughFile, runWalkthrough } from '../scenario/walkthrough.ts';

const SCENARIO_DIR = 'scenarios';

function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.walkthrough.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Arguments may name scenario files, their walkthroughs (checks the scenario) or folders. */
function scenarioFiles(args: string[]): string[] {
  if (args.length === 0) return yamlFilesIn(SCENARIO_DIR);
  const files = args.flatMap((arg) => {
    try {
      if (statSync(arg).isDirectory()) return yamlFilesIn(arg);
    } catch {
      // A missing path is reported when it is read.
    }
    return [arg.replace(/\.walkthrough\.yaml$/, '.yaml')];
  });
  return [...new Set(files)];
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.log(`${path}:1:1: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
    return undefined;
  }
}

function main(): number {
  const files = scenarioFiles(process.argv.slice(2));
  let failed = false;
  const sources = files.flatMap((name) => {
    const text = read(name);
    if (text === undefined) failed = true;
    return text === undefined ? [] : [{ name, text }];
  });
  const loadedFiles = sources.map(loadFile);
  const library = assembleLibrary(loadedFiles);
  for (const problem of library.problems) console.log(formatProblem(problem));
  if (library.problems.length > 0) failed = true;

  let warnings = 0;
  for (const f of loadedFiles) {
    if (!f.result.ok) continue;
    for (const c of readChoices(f.result.scenario)) {
      if (agrees(c)) continue;
      warnings++;
      console.log(
        formatProblem({ file: f.name, ...f.result.locate(c.path), message: disagreement(c) }),
      );
    }
  }

  let walkthroughs = 0;
  for (const scenario of library.scenarios) {
    const source = loadedFiles.find((f) => f.result.ok && f.result.scenario === scenario);
    if (!source) continue;
    const walkPath = source.name.replace(/\.yaml$/, '.walkthrough.yaml');
    let text: string;
    try {
      text = readFileSync(walkPath, 'utf8');
    } catch {
      console.log(`${walkPath}:1:1: missing: every scenario ships a walkthrough of its paths`);
      failed = true;
      continue;
    }
    const loaded = loadWalkthroughFile(text, walkPath);
    if (!loaded.ok) {
      for (const p of loaded.problems) console.log(formatProblem(p));
      failed = true;
      continue;
    }
    if (loaded.file.scenario !== scenario.id) {
      console.log(
        `${walkPath}:1:1: walks scenario "${loaded.file.scenario}", expected "${scenario.id}"`,
      );
      failed = true;
    }
    const lines = text.split('\n');
    for (const walk of loaded.file.walkthroughs) {
      walkthroughs++;
      const line = lines.findIndex((l) => l.includes(`name: ${walk.name}`)) + 1 || 1;
      for (const failure of runWalkthrough(scenario, walk)) {
        console.log(`${walkPath}:${line}:5: "${walk.name}": ${failure}`);
        failed = true;
      }
    }
  }
  const summary = `${library.scenarios.length} of ${files.length} scenario file(s) valid, ${walkthroughs} walkthrough(s) run, ${warnings} choice(s) read differently from their tags`;
  console.error(failed ? `✗ ${summary}; problems above.` : `✓ ${summary}.`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.log(
    `${basename(process.argv[1] ?? 'scenarios:check')}: unexpected error: ${(error as Error).message}`,
  );
  process.exitCode = 1;
}
