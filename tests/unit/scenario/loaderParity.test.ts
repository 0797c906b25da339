import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOwnScenario } from '../../../src/scenario/checkOwn';
import { fakeScenarioYaml } from '../../helpers/fakes';

// Loader parity: a scenario file `npm run scenarios:check` rejects is rejected in the browser
// (`checkOwnScenario`, what #/own runs) with the very same messages. Text files only: a file
// opened in the browser is read as text, so invalid bytes never reach the browser's loader.

const root = join(import.meta.dirname, '..', '..', '..');
const good = fakeScenarioYaml();

const BROKEN: Record<string, string> = {
  'alias.yaml': good.replace('goto: cool', 'goto: *nope'),
  'bomb.yaml': `${good}${[
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    '',
  ].join('\n')}`,
  'tag.yaml': good.replace('title: Tiny', 'title: !!js/function x'),
  'syntax.yaml': 'version: 1\nid: [oops\n',
  'tips-text.yaml': fakeScenarioYaml({ tips: 'T1' }),
  'missing-title.yaml': good.replace(/^title: .*\n/m, ''),
  'unknown-field.yaml': good.replace('title: Tiny', 'title: Tiny\ncolour: blue'),
  'bad-difficulty.yaml': fakeScenarioYaml({ difficulty: 'extreme' }),
  'dangling-goto.yaml': good.replace('goto: cool', 'goto: nowhere'),
  'proto.yaml': good.replace('title: Tiny', 'title: Tiny\n__proto__: { polluted: true }'),
  'nul.yaml': good.replace('title: Tiny', 'title: Ti\u0000ny'),
  'empty.yaml': '',
  'not-a-map.yaml': '- just\n- a list\n',
};

describe('loader parity between scenarios:check and the browser', () => {
  it('rejects each broken file with the same file:line:column messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parity-'));
    for (const [name, text] of Object.entries(BROKEN)) writeFileSync(join(dir, name), text);
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/checkScenarios.ts'), dir],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    const printed = result.stdout.split('\n').filter((l) => l.trim() !== '');
    for (const [name, text] of Object.entries(BROKEN)) {
      const path = join(dir, name);
      const cli = printed.filter((l) => l.startsWith(`${path}:`) && !l.includes(': warning: '));
      const browser = checkOwnScenario(text, path, []);
      expect(browser.ok, name).toBe(false);
      if (browser.ok) continue;
      expect(cli.length, `${name}: scenarios:check says something`).toBeGreaterThan(0);
      expect(browser.problems, name).toEqual(cli);
    }
  });
});
