import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeScenarioYaml } from '../../helpers/fakes';

const root = join(import.meta.dirname, '..', '..', '..');

function check(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/checkScenarios.ts'), ...args],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  '',
].join('\n');

describe('npm run scenarios:check on files that used to stop it', () => {
  it('locates alias, tag and encoding problems, checks every file and prints the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    const good = fakeScenarioYaml();
    writeFileSync(join(dir, 'a-alias.yaml'), good.replace('goto: cool', 'goto: *nope'));
    writeFileSync(join(dir, 'b-bomb.yaml'), `${good}${BOMB}`);
    writeFileSync(
      join(dir, 'c-bytes.yaml'),
      new Uint8Array([...new TextEncoder().encode('version: 1\nid: t'), 0xff, 0x0a]),
    );
    writeFileSync(join(dir, 'd-tag.yaml'), good.replace('title: Tiny', 'title: !!js/function x'));
    writeFileSync(join(dir, 'e-good.yaml'), good.replace('id: tiny', 'id: good'));
    writeFileSync(
      join(dir, 'e-good.walkthrough.yaml'),
      'scenario: good\nwalkthroughs:\n  - name: hello\n    steps:\n      - dial: { day: 3, time: "10:30" }\n      - expect: hello\n',
    );

    const { status, out, err } = check(dir);
    expect(status).toBe(1);
    const line = (text: string, fragment: string) =>
      text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
    const aliasLine = line(good.replace('goto: cool', 'goto: *nope'), '*nope');
    expect(out).toContain(
      `${join(dir, 'a-alias.yaml')}:${aliasLine}:17: the alias *nope names no anchor`,
    );
    expect(out).toMatch(
      new RegExp(`b-bomb\\.yaml:${line(`${good}${BOMB}`, 'e: &e')}:\\d+: aliases repeat more than`),
    );
    expect(out).toContain(`${join(dir, 'c-bytes.yaml')}:2:6: not valid UTF-8 (byte 0xFF)`);
    expect(out).toContain(
      `${join(dir, 'd-tag.yaml')}:3:8: the YAML tag !!js/function is not allowed`,
    );
    // The good file has only classifier warnings, and its walkthrough ran.
    expect(out.split('\n').filter((l) => l.includes('e-good') && !l.includes('warning:'))).toEqual(
      [],
    );
    expect(err).toMatch(/✗ 1 of 5 scenario file\(s\) valid, 1 walkthrough\(s\) run/);
    expect(`${out}${err}`).not.toMatch(/unexpected error|\n\s+at /);
  });

  it('locates a walkthrough that is not UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
    writeFileSync(join(dir, 'w.yaml'), fakeScenarioYaml());
    writeFileSync(
      join(dir, 'w.walkthrough.yaml'),
      new Uint8Array([...new TextEncoder().encode('scenario: tiny\n'), 0xc0, 0x80]),
    );
    const { status, out } = check(join(dir, 'w.yaml'));
    expect(status).toBe(1);
    expect(out).toContain(`${join(dir, 'w.walkthrough.yaml')}:2:1: not valid UTF-8 (byte 0xC0)`);
  });
});
