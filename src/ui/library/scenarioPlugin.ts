import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import type { Loaded, LoadedFile } from '../../scenario/assembleLibrary.ts';
import { cardOf, type ScenarioCard } from '../../scenario/card.ts';
import { formatProblem, loadFile } from '../../scenario/library.ts';
import { decodeScenarioBytes } from '../../scenario/load.ts';

const PRECOMPILED = /[?&]precompiled(?:&|$)/;
const CARD = /[?&]card(?:&|$)/;

function refused(name: string, message: string): LoadedFile {
  return {
    name,
    result: { ok: false, problems: [{ file: name, line: 1, column: 1, message }] },
    idLine: 1,
  };
}

/** A scenario file read as bytes (it must be UTF-8) and loaded; trouble becomes its problems. */
export async function precompileScenarioFile(path: string, name: string): Promise<LoadedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return refused(name, `cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  try {
    const decoded = decodeScenarioBytes(bytes, name);
    return decoded.ok
      ? loadFile({ name, text: decoded.text })
      : { name, result: decoded, idLine: 1 };
  } catch (error) {
    return refused(
      name,
      `cannot check the file (${error instanceof Error ? error.message : error})`,
    );
  }
}

/** The same file as the scenarios screen needs it: its card, or its problems. */
export function cardFile(loaded: LoadedFile): {
  name: string;
  result: Loaded<ScenarioCard>;
  idLine: number;
} {
  const { name, result, idLine } = loaded;
  return {
    name,
    idLine,
    result: result.ok ? { ok: true, scenario: cardOf(result.scenario) } : result,
  };
}

/**
 * Vite plugin (build tooling, runs in Node): a scenario imported with `?raw&precompiled` is
 * parsed and validated at build time and arrives as JSON, so the first screen needs neither
 * the YAML parser nor the schema. With `&card` only its card arrives (the first screen's
 * share, which does not grow with the scenario's calls). A bad file does not stop the build: it reaches the app as
 * its problems (file:line:column: message, shown on the first screen) and the build log
 * lists them as warnings. Register it in vite.config.ts:
 * `plugins: [react(), precompiledScenarios()]`.
 */
export function precompiledScenarios(): Plugin {
  let root = process.cwd();
  return {
    name: 'follow-up:precompiled-scenarios',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      if (!PRECOMPILED.test(id)) return null;
      const path = id.split('?')[0] ?? id;
      this.addWatchFile(path);
      const name = relative(root, path).split('\\').join('/');
      const loaded = await precompileScenarioFile(path, name);
      if (!loaded.result.ok) {
        const lines = loaded.result.problems.map(formatProblem);
        this.warn(`scenario file with problems (the app lists them):\n${lines.join('\n')}`);
      }
      return `export default ${JSON.stringify(CARD.test(id) ? cardFile(loaded) : loaded)};`;
    },
  };
}
