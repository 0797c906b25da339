import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { describe, expect, it } from 'vitest';
import type { LoadedFile } from '../../../src/scenario/assembleLibrary';
import { formatProblem } from '../../../src/scenario/load';
import {
  precompiledScenarios,
  precompileScenarioFile,
} from '../../../src/ui/library/scenarioPlugin';
import { fakeScenarioYaml } from '../../helpers/fakes';

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  '',
].join('\n');

function problemsOf(file: LoadedFile): string[] {
  return file.result.ok ? [] : file.result.problems.map(formatProblem);
}

describe('the precompile plugin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-'));
  const good = fakeScenarioYaml();
  writeFileSync(join(dir, 'good.yaml'), good);
  writeFileSync(join(dir, 'alias.yaml'), good.replace('goto: cool', 'goto: *nope'));
  writeFileSync(join(dir, 'bomb.yaml'), `${good}${BOMB}`);
  writeFileSync(join(dir, 'bytes.yaml'), new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xfe, 0x0a]));

  it('turns an unresolved alias, an alias bomb and bad bytes into located problems', async () => {
    const alias = await precompileScenarioFile(join(dir, 'alias.yaml'), 'alias.yaml');
    expect(problemsOf(alias)).toEqual([
      expect.stringMatching(/^alias\.yaml:\d+:17: the alias \*nope names no anchor/),
    ]);
    const bomb = await precompileScenarioFile(join(dir, 'bomb.yaml'), 'bomb.yaml');
    expect(problemsOf(bomb)).toEqual([
      expect.stringMatching(/^bomb\.yaml:\d+:\d+: aliases repeat more than/),
    ]);
    const bytes = await precompileScenarioFile(join(dir, 'bytes.yaml'), 'bytes.yaml');
    expect(problemsOf(bytes)).toEqual([
      'bytes.yaml:1:5: not valid UTF-8 (byte 0xFE); save the file as UTF-8',
    ]);
    const missing = await precompileScenarioFile(join(dir, 'none.yaml'), 'none.yaml');
    expect(problemsOf(missing)).toEqual(['none.yaml:1:1: cannot read the file (no such file)']);
  });

  it('builds the app with the bad files, shipping their problems and listing them as warnings', async () => {
    writeFileSync(
      join(dir, 'entry.js'),
      ['good', 'alias', 'bomb', 'bytes']
        .map((n) => `import ${n} from './${n}.yaml?raw&precompiled';`)
        .concat('export default [good, alias, bomb, bytes];')
        .join('\n'),
    );
    const warnings: string[] = [];
    const logger = createLogger('silent');
    logger.warn = (message) => warnings.push(message);
    logger.warnOnce = (message) => warnings.push(message);
    const output = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      customLogger: logger,
      plugins: [precompiledScenarios()],
      build: {
        write: false,
        minify: false,
        lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'entry' },
      },
    });
    const outputs = Array.isArray(output) ? output : [output];
    const code = outputs
      .flatMap((o) => ('output' in o ? o.output : []))
      .map((chunk) => ('code' in chunk ? chunk.code : ''))
      .join('\n');
    expect(code).toMatch(/alias\.yaml/);
    expect(code).toContain('the alias *nope names no anchor');
    expect(code).toContain('aliases repeat more than');
    expect(code).toContain('not valid UTF-8');
    expect(code).toMatch(/"ok": true/);
    const warned = warnings.join('\n');
    expect(warned).toMatch(/alias\.yaml:\d+:17: the alias \*nope/);
    expect(warned).toMatch(/bytes\.yaml:1:5: not valid UTF-8/);
    expect(warned).not.toMatch(/good\.yaml/);
  }, 60_000);
});
