// `npm run scenarios:check [file...]`: checks scenario files (default: all of scenarios/)
// and their walkthroughs; prints `file:line:column: message` per problem, exits 1 on any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assembleLibrary, type LoadedFile } from '../scenario/assembleLibrary.ts';
import { checkLines } from '../scenario/checkLines.ts';
import { choiceWarnings } from '../scenario/choiceReadings.ts';
import { formatProblem, loadFile } from '../scenario/library.ts';
import { decodeScenarioBytes } from '../scenario/load.ts';
import { checkWalkthroughs } from '../scenario/walkthroughReport.ts';

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

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The file's bytes, or undefined (said on stdout) when it cannot be read. */
function read(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.log(`${path}:1:1: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
    return undefined;
  }
}

/** Loads one scenario file from its bytes; whatever goes wrong comes back as its problems. */
function loadBytes(name: string, bytes: Uint8Array): LoadedFile {
  try {
    const decoded = decodeScenarioBytes(bytes, name);
    if (!decoded.ok) return { name, result: decoded, idLine: 1 };
    return loadFile({ name, text: decoded.text });
  } catch (error) {
    const message = `cannot check the file (${reasonOf(error)})`;
    return {
      name,
      result: { ok: false, problems: [{ file: name, line: 1, column: 1, message }] },
      idLine: 1,
    };
  }
}

function main(): number {
  const files = scenarioFiles(process.argv.slice(2));
  let failed = false;
  const loadedFiles = files.flatMap((name) => {
    const bytes = read(name);
    if (bytes === undefined) failed = true;
    return bytes === undefined ? [] : [loadBytes(name, bytes)];
  });
  const library = assembleLibrary(loadedFiles);
  for (const problem of library.problems) console.log(formatProblem(problem));
  if (library.problems.length > 0) failed = true;

  let warnings = 0;
  let lineWarnings = 0;
  for (const f of loadedFiles) {
    if (!f.result.ok) continue;
    for (const c of checkLines(f.result.scenario)) {
      if (c.level !== 'warning') continue;
      lineWarnings++;
      console.log(formatProblem({ file: f.name, ...f.result.locate(c.path), message: c.message }));
    }
    for (const w of choiceWarnings(f.result.scenario)) {
      warnings++;
      console.log(formatProblem({ file: f.name, ...f.result.locate(w.path), message: w.message }));
    }
  }

  let walkthroughs = 0;
  for (const scenario of library.scenarios) {
    const source = loadedFiles.find((f) => f.result.ok && f.result.scenario === scenario);
    if (!source) continue;
    const walkPath = source.name.replace(/\.yaml$/, '.walkthrough.yaml');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(walkPath);
    } catch {
      console.log(`${walkPath}:1:1: missing: every scenario ships a walkthrough of its paths`);
      failed = true;
      continue;
    }
    const decoded = decodeScenarioBytes(bytes, walkPath);
    if (!decoded.ok) {
      for (const p of decoded.problems) console.log(formatProblem(p));
      failed = true;
      continue;
    }
    const report = checkWalkthroughs(scenario, decoded.text, walkPath);
    for (const problem of report.problems) console.log(problem);
    if (report.problems.length > 0) failed = true;
    if (!report.ok) continue;
    for (const walk of report.walks) {
      walkthroughs++;
      for (const failure of walk.failures) {
        console.log(failure);
        failed = true;
      }
    }
  }
  const summary = `${library.scenarios.length} of ${files.length} scenario file(s) valid, ${walkthroughs} walkthrough(s) run, ${warnings} choice(s) read differently from their tags, ${lineWarnings} line(s) that may not fit the moment`;
  console.error(failed ? `✗ ${summary}; problems above.` : `✓ ${summary}.`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // Each file's trouble is caught where it is read; this is only for the command itself.
  console.log(
    `${basename(process.argv[1] ?? 'scenarios:check')}: unexpected error: ${reasonOf(error)}`,
  );
  process.exitCode = 1;
}
