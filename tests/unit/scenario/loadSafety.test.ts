import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, formatProblem, loadScenario } from '../../../src/scenario/load';
import { loadWalkthroughFile } from '../../../src/scenario/walkthrough';
import { fakeScenarioYaml } from '../../helpers/fakes';

function problemsOf(source: string | Uint8Array): string[] {
  const result = loadScenario(source, 'x.yaml');
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** 1-based line of the first line holding `fragment`. */
function lineOf(text: string, fragment: string): number {
  return text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
}

const base = fakeScenarioYaml();

/** Five lines that expand to 9^5 values. */
const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  '',
].join('\n');

describe('aliases', () => {
  it('locates an alias that names no anchor', () => {
    const text = base.replace('goto: cool', 'goto: *nope');
    expect(problemsOf(text)).toEqual([
      `x.yaml:${lineOf(text, '*nope')}:17: the alias *nope names no anchor before it (an anchor is written &nope on an earlier value)`,
    ]);
  });

  it('stops an alias bomb quickly, at the line where it grows too large', () => {
    const text = `${base}${BOMB}`;
    const start = performance.now();
    const problems = problemsOf(text);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^x\\.yaml:${lineOf(text, 'e: &e')}:\\d+: aliases repeat more than 10000 values`,
        ),
      ),
    ]);
  });

  it('refuses an alias inside the value it repeats', () => {
    const text = base.replace('tips:\n  - T2', 'tips: &t\n  - *t');
    expect(problemsOf(text)).toEqual([
      `x.yaml:${lineOf(text, '- *t')}:5: the alias *t is inside the value it repeats, so it would never end`,
    ]);
  });

  it('still accepts a value reused through an alias', () => {
    const text = base
      .replace('title: Tiny', 'title: &name Tiny')
      .replace('summary: A very short call.', 'summary: *name');
    const result = loadScenario(text, 'x.yaml');
    expect(result.ok && result.scenario.summary).toBe('Tiny');
  });

  it('accepts many uses of a small anchor', () => {
    const uses = Array.from(
      { length: 1_500 },
      (_, i) => `  - { say: Hi, intents: *both, goto: bye } # ${i}`,
    );
    const text = base.replace(
      '    reply:\n      choices:\n',
      `    reply:\n      choices:\n        - { say: Hi, intents: &both [greeting, identify], goto: bye }\n${uses.map((u) => `      ${u}`).join('\n')}\n`,
    );
    expect(problemsOf(text)).toEqual([]);
  });
});

describe('tags', () => {
  it.each([
    ['!!js/function "x"', '!!js/function'],
    ['!foo Tiny', '!foo'],
    ['!!binary aGVsbG8=', '!!binary'],
    ['!!set { a, b }', '!!set'],
    ['!<tag:example.com:x> Tiny', 'tag:example.com:x'],
  ])('refuses the tag in "title: %s" at the tag', (value, shown) => {
    const text = base.replace('title: Tiny', `title: ${value}`);
    expect(problemsOf(text)).toEqual([
      `x.yaml:3:8: the YAML tag ${shown} is not allowed; write plain text, numbers, lists and mappings`,
    ]);
  });

  it('accepts the plain tags of the core schema', () => {
    const text = base.replace('title: Tiny', 'title: !!str 42');
    const result = loadScenario(text, 'x.yaml');
    expect(result.ok && result.scenario.title).toBe('42');
  });

  it('reads plain data even under a %YAML 1.1 directive', () => {
    const text = `%YAML 1.1\n---\n${base.replace('title: Tiny', 'title: no')}`;
    const result = loadScenario(text, 'x.yaml');
    expect(result.ok && result.scenario.title).toBe('no');
  });
});

describe('characters', () => {
  it.each([
    ['\u0000', 'the NUL character (U+0000)'],
    ['\u0007', 'the control character U+0007'],
    ['\u001b', 'the control character U+001B'],
    ['\u007f', 'the control character U+007F'],
    ['\u0085', 'the control character U+0085'],
    ['\ud800', 'a broken character (U+D800)'],
  ])('refuses %j where it stands', (char, name) => {
    const text = base.replace('title: Tiny', `title: Ti${char}ny`);
    expect(problemsOf(text)).toEqual([
      `x.yaml:3:10: ${name} is not allowed in a scenario file; remove it`,
    ]);
  });

  it('refuses a control character written as an escape', () => {
    const text = base.replace('title: Tiny', 'title: "Ti\\0ny"');
    expect(problemsOf(text)).toEqual([
      'x.yaml:3:8: this text contains the NUL character (U+0000), written as an escape; remove it',
    ]);
  });

  it('accepts tabs, Windows line ends and characters beyond the BMP', () => {
    expect(
      problemsOf(base.replace('title: Tiny', 'title:\tTi😀ny').replace(/\n/g, '\r\n')),
    ).toEqual([]);
  });
});

describe('bytes', () => {
  const bytes = (text: string, ...extra: number[]) =>
    new Uint8Array([...new TextEncoder().encode(text), ...extra]);

  it('accepts UTF-8 with or without a byte-order mark', () => {
    const text = base.replace('Tiny', 'Tíny ✓');
    expect(problemsOf(bytes(text))).toEqual([]);
    expect(problemsOf(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]))).toEqual([]);
  });

  it.each([
    ['a stray byte', [0xff]],
    ['a cut-off sequence', [0xe2, 0x82]],
    ['an overlong form', [0xc0, 0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('locates %s', (_, bad) => {
    const text = base.replace('title: Tiny', 'title: Tí');
    const data = bytes(`${text.slice(0, text.indexOf('Tí') + 2)}`, ...bad);
    const rest = bytes(text.slice(text.indexOf('Tí') + 2));
    const all = new Uint8Array([...data, ...rest]);
    const decoded = decodeScenarioBytes(all, 'x.yaml');
    expect(decoded.ok).toBe(false);
    expect(problemsOf(all)).toEqual([
      `x.yaml:3:10: not valid UTF-8 (byte 0x${bad[0]?.toString(16).toUpperCase()}); save the file as UTF-8`,
    ]);
  });
});

describe('reserved keys', () => {
  it.each([
    ['at the top', `${base}__proto__: { polluted: true }\n`, '__proto__:'],
    ['quoted', `${base}"constructor": 1\n`, '"constructor"'],
    ['deep inside', base.replace('company: Acme', 'company: Acme\n  prototype: x'), 'prototype:'],
    ['as a node name', base.replace('  bye:', '  constructor:'), 'constructor:'],
  ])('refuses a reserved key %s', (_, text, fragment) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^x\\.yaml:${lineOf(text, fragment)}:\\d+: ".*" cannot be a key: JavaScript reserves it`,
      ),
    );
  });

  it('refuses a reserved key reached through an alias', () => {
    const text = `${base.replace('title: Tiny', 'title: &k __proto__')}*k : 3\n`;
    expect(problemsOf(text)).toEqual([
      `x.yaml:${text.split('\n').length - 1}:1: "__proto__" cannot be a key: JavaScript reserves it; rename it`,
    ]);
  });

  it('pollutes no prototype, whatever the file tries', () => {
    const attempts = [
      `${base}__proto__: { polluted: true }\n`,
      `${base}constructor: { prototype: { polluted: true } }\n`,
      base.replace('  bye:', '  __proto__:\n    polluted: true\n  bye:'),
      `${base.replace('title: Tiny', 'title: &k __proto__')}*k : { polluted: true }\n`,
    ];
    for (const text of attempts) {
      loadScenario(text, 'x.yaml');
      loadWalkthroughFile(text, 'w.yaml');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Array.prototype).not.toHaveProperty('polluted');
  });
});

describe('whatever the file', () => {
  it.each([
    ['deep nesting', `a: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`],
    ['two documents', `${base}---\nb: 1\n`],
    ['a lone scalar', 'just text\n'],
    ['binary noise', '\u00ff\u00fe\u00fd{[&*!|>'],
  ])('comes back as located problems, never as an exception (%s)', (_, text) => {
    const result = loadScenario(text, 'x.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.message).not.toBe('');
    }
  });
});
