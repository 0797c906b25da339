/**
 * The independent test set (data/independent, written by a helper who read only the labelling
 * guide, the grader contract and the article; see data/independent/HOW-WRITTEN.md), run through
 * the real command line as a held-out set would be: `grade --lines` for the lines and for both
 * sides of each pair, `grade --calls` for the call logs.
 *
 *   npx tsx scripts/eval-independent.ts
 *   npx tsx scripts/eval-independent.ts --set independent2   # the second set (data/independent2)
 *
 * It prints figures only, never the lines: the set is for measuring, not for tuning.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineGrade, Scorecard } from '../src/scoring/types.ts';
import { INTENTS, type Intent } from '../src/scoring/vocabulary.ts';
import { type CallCase, matches, pct as padded, within } from './evalShared.ts';

// `--set independent2` runs the second set (data/independent2, written the same way later).
const setArg = process.argv.indexOf('--set');
const SET = setArg >= 0 ? (process.argv[setArg + 1] ?? 'independent') : 'independent';
const DIR = join(import.meta.dirname, '..', 'data', SET);
const ROOT = join(import.meta.dirname, '..');

interface Line {
  text: string;
  reached?: string;
  intents: Intent[];
  tone: string;
  style: string;
  english: string;
  language?: string;
}
interface Pair {
  dimension: 'politeness' | 'brevity';
  reached?: string;
  better: string;
  worse: string;
}

function read<T>(name: string): T[] {
  // A set may hold lines only (data/independent3).
  if (!existsSync(join(DIR, name))) return [];
  return readFileSync(join(DIR, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

function grade<T>(mode: '--lines' | '--calls', inputs: readonly unknown[]): T[] {
  let out: string;
  try {
    out = execFileSync('npx', ['tsx', 'src/cli/grade.ts', mode], {
      cwd: ROOT,
      input: inputs.map((x) => JSON.stringify(x)).join('\n'),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

const pct = (x: number) => `${padded(x).trim()}%`;

function lines(): void {
  const rows = read<Line>('lines.jsonl');
  const graded = grade<LineGrade>(
    '--lines',
    rows.map((r) => ({ text: r.text, ...(r.reached ? { reached: r.reached } : {}) })),
  );
  const tp = new Map<Intent, number>();
  const fp = new Map<Intent, number>();
  const fn = new Map<Intent, number>();
  let exact = 0;
  let cleanLines = 0;
  const byStyle = new Map<string, [number, number]>();
  const byEnglish = new Map<string, [number, number]>();
  rows.forEach((r, i) => {
    const got = new Set(graded[i]?.intents ?? []);
    const want = new Set(r.intents);
    const same = got.size === want.size && [...got].every((x) => want.has(x));
    if (same) exact++;
    if ([...got].every((x) => want.has(x))) cleanLines++;
    for (const [map, key] of [
      [byStyle, r.style],
      [byEnglish, r.english],
    ] as const) {
      const v = map.get(key) ?? [0, 0];
      map.set(key, [v[0] + (same ? 1 : 0), v[1] + 1]);
    }
    for (const x of INTENTS) {
      const m = got.has(x) ? (want.has(x) ? tp : fp) : want.has(x) ? fn : undefined;
      m?.set(x, (m.get(x) ?? 0) + 1);
    }
  });
  let sumTp = 0;
  let sumFp = 0;
  let sumFn = 0;
  let f1 = 0;
  console.log(`independent lines: ${rows.length}`);
  for (const x of INTENTS) {
    const t = tp.get(x) ?? 0;
    const p = t / Math.max(1, t + (fp.get(x) ?? 0));
    const rc = t / Math.max(1, t + (fn.get(x) ?? 0));
    f1 += p + rc > 0 ? (2 * p * rc) / (p + rc) : 0;
    sumTp += t;
    sumFp += fp.get(x) ?? 0;
    sumFn += fn.get(x) ?? 0;
    console.log(
      `  ${x.padEnd(20)} P ${pct(p).padStart(4)}  R ${pct(rc).padStart(4)}  (${t + (fn.get(x) ?? 0)})`,
    );
  }
  console.log(
    `  intents found (micro recall) ${pct(sumTp / (sumTp + sumFn))}, precision ${pct(sumTp / (sumTp + sumFp))}, macro F1 ${pct(f1 / INTENTS.length)}`,
  );
  console.log(
    `  exact intent set ${pct(exact / rows.length)}; lines with no false alarm ${pct(cleanLines / rows.length)}`,
  );
  const show = (m: Map<string, [number, number]>) =>
    [...m].map(([k, [a, n]]) => `${k} ${a}/${n}`).join(', ');
  console.log(`  exact by style: ${show(byStyle)}`);
  console.log(`  exact by English: ${show(byEnglish)}`);
}

function pairs(): void {
  const rows = read<Pair>('pairs.jsonl');
  const inputs = rows.flatMap((p) => [
    { text: p.better, ...(p.reached ? { reached: p.reached } : {}) },
    { text: p.worse, ...(p.reached ? { reached: p.reached } : {}) },
  ]);
  const graded = grade<LineGrade>('--lines', inputs);
  const by = new Map<string, [number, number, number]>();
  rows.forEach((p, i) => {
    const better = graded[2 * i]?.[p.dimension] ?? 0;
    const worse = graded[2 * i + 1]?.[p.dimension] ?? 0;
    const v = by.get(p.dimension) ?? [0, 0, 0];
    by.set(p.dimension, [
      v[0] + (better > worse ? 1 : 0),
      v[1] + (better === worse ? 1 : 0),
      v[2] + 1,
    ]);
  });
  let right = 0;
  let n = 0;
  for (const [d, [ok, tie, all]] of by) {
    right += ok;
    n += all;
    console.log(`pairs, ${d}: ${ok}/${all} ordered right (${pct(ok / all)}), ${tie} tied`);
  }
  console.log(`pairs, all: ${right}/${n} (${pct(right / n)})`);
}

function calls(): void {
  const cases = read<CallCase>('calls.jsonl');
  const cards = grade<Scorecard & { error?: string }>(
    '--calls',
    cases.map((c) => c.log),
  );
  let checks = 0;
  let passed = 0;
  let whole = 0;
  cases.forEach((c, i) => {
    const card = cards[i];
    let ok = true;
    const count = (good: boolean) => {
      checks++;
      if (good) passed++;
      else ok = false;
    };
    if (!card || card.error) {
      count(false);
      return;
    }
    for (const p of c.expect.has ?? []) count(matches(card, p));
    for (const p of c.expect.hasNot ?? []) count(!matches(card, p));
    if (c.expect.overall) count(within(card.overall, c.expect.overall));
    if (ok) whole++;
  });
  console.log(
    `calls: ${passed}/${checks} checks passed; ${whole}/${cases.length} call logs fully right`,
  );
}

lines();
if (read('pairs.jsonl').length > 0) pairs();
if (read('calls.jsonl').length > 0) calls();
