import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeScenarioYaml } from '../../helpers/fakes';

const root = join(import.meta.dirname, '..', '..', '..');

function check(...files: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src/cli/checkScenarios.ts'), ...files],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run scenarios:check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));

  it('prints file:line:column for each problem and exits 1, without a stack trace', () => {
    const bad = join(dir, 'bad.yaml');
    const text = fakeScenarioYaml().replace('goto: cool', 'goto: nowhere');
    writeFileSync(bad, text);
    const line = text.split('\n').findIndex((l) => l.includes('goto: nowhere')) + 1;
    const { status, out, err } = check(bad);
    expect(status).toBe(1);
    expect(out).toContain(`${bad}:${line}:`);
    expect(out).toMatch(/no node of that name/);
    expect(`${out}${err}`).not.toMatch(/\n\s+at /);
  });

  it('says a scenario without a walkthrough is missing one', () => {
    const lonely = join(dir, 'lonely.yaml');
    writeFileSync(lonely, fakeScenarioYaml());
    const { status, out } = check(lonely);
    expect(status).toBe(1);
    expect(out).toMatch(/lonely\.walkthrough\.yaml:1:1: missing/);
  });

  it('passes the built-in library and accepts a walkthrough file as the argument', () => {
    expect(check().status).toBe(0);
    const { status, err } = check('scenarios/too-soon.walkthrough.yaml');
    expect(status).toBe(0);
    expect(err).toMatch(/1 of 1 scenario file/);
  });

  it('refuses an empty file with a clear message', () => {
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    expect(check(empty).out).toContain(`${empty}:1:1: the file is empty`);
  });
});
