import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkScenario } from '../../../src/scenario/check';
import { loadScenario, type ScenarioProblem } from '../../../src/scenario/load';
import { loadWalkthroughFile } from '../../../src/scenario/walkthrough';
import { scenarioSources, walkthroughSource } from '../../helpers/scenarioFiles';

// Real files, mutated at random, go through the loader and the checks: nothing may escape as
// an exception, every refusal is located, and no input takes long.

const sources = scenarioSources();
const texts = sources.map((s) => s.text);
const walkthroughs = sources.map((s) => walkthroughSource(s.name).text);
const RUNS = 150;
/** Far above the few milliseconds a file takes; a hang or a blow-up would pass it. */
const MAX_MS_PER_INPUT = 1_500;

const encoder = new TextEncoder();
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort());
const keysBefore = prototypeKeys();

function lineCount(source: string | Uint8Array): number {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  return text.split(/\r\n|\r|\n/).length;
}

/** Loads one input and checks the promises every load keeps; returns how long it took. */
function loadChecked(source: string | Uint8Array, kind: 'scenario' | 'walkthrough'): number {
  const start = performance.now();
  let problems: ScenarioProblem[] = [];
  if (kind === 'scenario') {
    const result = loadScenario(source, 'm.yaml');
    if (result.ok) expect(checkScenario(result.scenario)).toEqual([]);
    else problems = result.problems;
    if (!result.ok) expect(problems.length).toBeGreaterThan(0);
  } else {
    const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
    const result = loadWalkthroughFile(text, 'm.yaml');
    if (!result.ok) {
      problems = result.problems;
      expect(problems.length).toBeGreaterThan(0);
    }
  }
  const ms = performance.now() - start;
  const lines = lineCount(source);
  for (const p of problems) {
    expect(p.file).toBe('m.yaml');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines + 1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.trim()).not.toBe('');
  }
  expect(ms).toBeLessThan(MAX_MS_PER_INPUT);
  return ms;
}

/** Things an author (or an attacker) might put where a key or value was. */
const TOKENS = [
  '__proto__',
  'constructor',
  'prototype',
  '<<',
  '&a',
  '*a',
  '*nope',
  '!!js/function',
  '!foo',
  '!!binary',
  '~',
  'null',
  '[',
  '{',
  '"',
  "'",
  '|',
  '>',
  '- ',
  ': ',
  '#',
  '\t',
  '\u0000',
  '\u0007',
  '\ud800',
  'T1',
  '-1',
  '1e999',
  '0x10',
  'yes',
];

type Mutation = (text: string) => string;

const lineMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (t: string) => {
    const lines = t.split('\n');
    lines.splice(n % lines.length, 1);
    return lines.join('\n');
  }),
  fc.nat().map((n) => (t: string) => {
    const lines = t.split('\n');
    const i = n % lines.length;
    lines.splice(i, 0, lines[i] ?? '');
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, shift]) => (t: string) => {
    const lines = t.split('\n');
    const i = n % lines.length;
    const line = lines[i] ?? '';
    lines[i] = shift >= 0 ? `${' '.repeat(shift)}${line}` : line.slice(-shift);
    return lines.join('\n');
  }),
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
);

/** Replaces the n-th `key:` (a mapping key) with a token. */
const keyMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.constantFrom(...TOKENS))
  .map(([n, token]) => (t: string) => {
    const keys = [...t.matchAll(/^(\s*(?:- )?)([A-Za-z_][\w-]*):/gm)];
    const m = keys[n % Math.max(keys.length, 1)];
    if (!m) return t;
    const start = m.index + (m[1]?.length ?? 0);
    return `${t.slice(0, start)}${token}${t.slice(start + (m[2]?.length ?? 0))}`;
  });

/** Replaces the value after the n-th `key: ` with a token or a random JSON value. */
const valueMutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.nat(),
    fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
    ),
  )
  .map(([n, value]) => (t: string) => {
    const values = [...t.matchAll(/: (.+)$/gm)];
    const m = values[n % Math.max(values.length, 1)];
    if (!m) return t;
    return `${t.slice(0, m.index + 2)}${value}${t.slice(m.index + m[0].length)}`;
  });

/** Inserts a token at a character position. */
const charMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.constantFrom(...TOKENS))
  .map(([n, token]) => (t: string) => {
    const i = n % (t.length + 1);
    return `${t.slice(0, i)}${token}${t.slice(i)}`;
  });

const mutations = fc.array(fc.oneof(lineMutation, keyMutation, valueMutation, charMutation), {
  minLength: 1,
  maxLength: 4,
});

/** Byte edits: overwrite, insert or delete at random offsets (may break UTF-8). */
const byteEdits = fc.array(
  fc.tuple(fc.constantFrom('set', 'insert', 'delete'), fc.nat(), fc.integer({ min: 0, max: 255 })),
  { minLength: 1, maxLength: 6 },
);

function applyBytes(text: string, edits: [string, number, number][]): Uint8Array {
  const bytes = [...encoder.encode(text)];
  for (const [kind, at, value] of edits) {
    const i = at % (bytes.length + 1);
    if (kind === 'set' && i < bytes.length) bytes[i] = value;
    else if (kind === 'insert') bytes.splice(i, 0, value);
    else bytes.splice(i, 1);
  }
  return new Uint8Array(bytes);
}

describe('the loader on mutated and random files', () => {
  const file = fc.nat().map((n) => n % texts.length);

  it('locates every problem of a real scenario with lines, keys and values mutated', () => {
    let slowest = 0;
    fc.assert(
      fc.property(file, mutations, (i, edits) => {
        const text = edits.reduce((t, edit) => edit(t), texts[i] ?? '');
        slowest = Math.max(slowest, loadChecked(text, 'scenario'));
      }),
      { numRuns: RUNS },
    );
    expect(slowest).toBeLessThan(MAX_MS_PER_INPUT);
  });

  it('locates every problem of a real walkthrough with lines, keys and values mutated', () => {
    fc.assert(
      fc.property(file, mutations, (i, edits) => {
        loadChecked(
          edits.reduce((t, edit) => edit(t), walkthroughs[i] ?? ''),
          'walkthrough',
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('locates every problem of a real scenario with its bytes mutated', () => {
    fc.assert(
      fc.property(file, byteEdits, (i, edits) => {
        loadChecked(applyBytes(texts[i] ?? '', edits), 'scenario');
      }),
      { numRuns: RUNS },
    );
  });

  it('locates every problem of random text and random bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.uint8Array({ maxLength: 400 })),
        (input) => {
          loadChecked(input, 'scenario');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('handles random YAML documents (any shape of data)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        loadChecked(stringify(value), 'scenario');
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves every prototype as it was after all of that (files above put __proto__ keys)', () => {
    expect(prototypeKeys()).toEqual(keysBefore);
  });
});
