/**
 * Checks whole call logs against expectations written for them in data/labelled/calls.jsonl
 * (which findings must or must not appear, score bounds). Prints each check and the pass rate.
 *
 *   npx tsx scripts/eval-calls.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dimension, gradeCall, parseCallLog, type Scorecard } from '../src/scoring/index';

interface Pattern {
  tip: string;
  dimension?: Dimension;
}
interface Bounds {
  min?: number;
  max?: number;
}
interface Case {
  name: string;
  log: unknown;
  expect: {
    has?: Pattern[];
    hasNot?: Pattern[];
    overall?: Bounds;
    scores?: Partial<Record<Dimension, Bounds>>;
  };
}

const FILE = join(import.meta.dirname, '..', 'data', 'labelled', 'calls.jsonl');

function matches(card: Scorecard, p: Pattern): boolean {
  return card.findings.some(
    (f) =>
      f.kind !== 'good' &&
      (f.points ?? 0) > 0 &&
      f.tip === p.tip &&
      (!p.dimension || f.dimension === p.dimension),
  );
}

function within(value: number, b: Bounds): boolean {
  return (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
}

const cases = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case);
let checks = 0;
let passed = 0;
for (const c of cases) {
  const parsed = parseCallLog(c.log);
  if (!parsed.ok) {
    console.log(`✗ ${c.name}: invalid log (${parsed.error})`);
    checks++;
    continue;
  }
  const card = gradeCall(parsed.log);
  const problems: string[] = [];
  const count = (ok: boolean, problem: string) => {
    checks++;
    if (ok) passed++;
    else problems.push(problem);
  };
  for (const p of c.expect.has ?? [])
    count(matches(card, p), `missing ${p.tip}${p.dimension ? `/${p.dimension}` : ''}`);
  for (const p of c.expect.hasNot ?? [])
    count(!matches(card, p), `unexpected ${p.tip}${p.dimension ? `/${p.dimension}` : ''}`);
  if (c.expect.overall) count(within(card.overall, c.expect.overall), `overall ${card.overall}`);
  for (const [d, b] of Object.entries(c.expect.scores ?? {})) {
    const score = card.dimensions[d as Dimension].score;
    if (b) count(within(score, b), `${d} ${score}`);
  }
  const dims = Object.entries(card.dimensions)
    .map(([d, s]) => `${d.slice(0, 4)} ${s.score}`)
    .join(', ');
  console.log(
    `${problems.length === 0 ? '✓' : '✗'} ${c.name} — overall ${card.overall} (${dims})${problems.length ? `: ${problems.join('; ')}` : ''}`,
  );
}
console.log(`\n${passed}/${checks} checks passed over ${cases.length} call logs`);
