import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { loadFile } from '../../scenario/library.ts';

const PRECOMPILED = /[?&]precompiled(?:&|$)/;

/**
 * Vite plugin (build tooling, runs in Node): a scenario imported with `?raw&precompiled` is
 * parsed and validated at build time and arrives as JSON, so the first screen needs neither
 * the YAML parser nor the schema. A bad file still reaches the app as its problems, with
 * file:line:column. Register it in vite.config.ts: `plugins: [react(), precompiledScenarios()]`.
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
      const text = await readFile(path, 'utf8');
      const name = relative(root, path).split('\\').join('/');
      return `export default ${JSON.stringify(loadFile({ name, text }))};`;
    },
  };
}
