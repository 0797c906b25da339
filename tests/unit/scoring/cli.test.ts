/**
 * The `grade` command on odd and bad input: one output line per input line, errors named by
 * line number, exit 1 after the rest, never a stack trace; odd but valid input is graded.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function grade(mode: '--lines' | '--calls', input: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/grade.ts', mode], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  const out = run.stdout.split('\n').filter((l) => l !== '');
  return { status: run.status, stderr: run.stderr, out: out.map((l) => JSON.parse(l)) };
}

const call = (turn: Record<string, unknown>, attempt: Record<string, unknown> = {}) =>
  JSON.stringify({
    attempts: [{ day: 3, time: '10:30', reached: 'voicemail', turns: [turn], ...attempt }],
  });

describe('grade --lines', () => {
  it('grades seconds: 0 as "not measured" and still rejects negative seconds', () => {
    const { status, out } = grade(
      '--lines',
      [
        JSON.stringify({ text: "Hi, it's Sam.", seconds: 0 }),
        JSON.stringify({ text: 'Hi', seconds: -3 }),
      ].join('\n'),
    );
    expect(out[0].intents).toContain('identify');
    expect(out[0].wpm).toBeUndefined();
    expect(out[1].error).toMatch(/^line 2: /);
    expect(status).toBe(1);
  });

  it('reads a first line that starts with a byte-order mark', () => {
    const { status, out } = grade('--lines', '\uFEFF{"text":"thanks"}\r\n{"text":"bye"}\r\n');
    expect(status).toBe(0);
    expect(out.map((o) => o.intents)).toEqual([['thanks'], ['closing']]);
  });

  it('answers every line in order, even after bad ones, without a stack trace', () => {
    const input = ['not json', '{"text": 5}', '', '{"text":"Hi 😊 it\'s Zoë"}', '[1]'].join('\n');
    const { status, stderr, out } = grade('--lines', input);
    expect(out).toHaveLength(5);
    expect(out[0].error).toMatch(/^line 1: /);
    expect(out[1].error).toMatch(/^line 2: /);
    expect(out[2].error).toMatch(/^line 3: /);
    expect(out[3].intents).toEqual(['greeting', 'identify']);
    expect(out[4].error).toMatch(/^line 5: /);
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('grade --calls', () => {
  it('grades a very long turn instead of rejecting it', () => {
    const text = 'so basically I wanted to say '.repeat(1500);
    const { status, out } = grade('--calls', call({ speaker: 'me', text }));
    expect(status).toBe(0);
    expect(out[0].dimensions.brevity.score).toBeLessThan(100);
  });

  it('grades a turn with seconds: 0 by its words, and names bad fields by path', () => {
    const input = [
      call({ speaker: 'me', text: "Hi, it's Sam Lee, call me on 555 0142, thanks!", seconds: 0 }),
      call({ speaker: 'caller', text: 'hello' }),
      call({ speaker: 'me', text: 'hi' }, { time: '25:00' }),
      call({ speaker: 'me', text: 'hi' }, { day: -1 }),
      JSON.stringify({ attempts: [] }),
    ].join('\n');
    const { status, out } = grade('--calls', input);
    expect(out[0].overall).toBeGreaterThan(0);
    expect(out[1].error).toMatch(/^line 2: attempts\[0\]\.turns\[0\]\.speaker/);
    expect(out[2].error).toMatch(/^line 3: attempts\[0\]\.time/);
    expect(out[3].error).toMatch(/^line 4: attempts\[0\]\.day/);
    expect(out[4].findings.some((f: { tip: string }) => f.tip === 'T2')).toBe(true);
    expect(status).toBe(1);
  });
});

describe('grade: shared limits and quiet pipes', () => {
  it('holds --lines to the same seconds limits as call turns', () => {
    const lines = [1e308, 1e-300, 3601, 0.05, 8.5].map((seconds) =>
      JSON.stringify({ text: 'Hello, this is Sam Lee calling.', seconds }),
    );
    const { status, out } = grade('--lines', lines.join('\n'));
    expect(out).toHaveLength(5);
    for (const o of out.slice(0, 4)) expect(o.error).toMatch(/^line \d: .*seconds/);
    expect(out[4].wpm).toBeGreaterThan(0);
    expect(status).toBe(1);
    const calls = [1e308, 1e-300].map((seconds) => call({ speaker: 'me', text: 'Hi', seconds }));
    const c = grade('--calls', calls.join('\n'));
    for (const o of c.out) expect(o.error).toMatch(/seconds/);
  });

  it('rejects reached: "no_answer" for a line (nobody to talk to)', () => {
    const { status, out } = grade(
      '--lines',
      [
        JSON.stringify({ text: 'Hello?', reached: 'no_answer' }),
        JSON.stringify({ text: 'Hello?', reached: 'voicemail' }),
      ].join('\n'),
    );
    expect(out[0].error).toMatch(
      /^line 1: "reached" must be one of receptionist, voicemail, interviewer$/,
    );
    expect(out[1].intents).toBeDefined();
    expect(status).toBe(1);
  });

  it('stops quietly when the reader closes the pipe early (EPIPE)', () => {
    const input = `${Array.from({ length: 20000 }, (_, i) => JSON.stringify({ text: `Thanks ${i}` })).join('\n')}\n`;
    const run = spawnSync(
      '/bin/sh',
      [
        '-c',
        `${JSON.stringify(process.execPath)} --import tsx src/cli/grade.ts --lines | head -n 1`,
      ],
      { cwd: ROOT, input, encoding: 'utf8' },
    );
    expect(run.stdout.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/EPIPE|Error|\bat /);
  });
});
