/**
 * The fresh, independently written evaluation set: lines and whole calls written before the
 * classifier's rules were read (data/labelled/fresh-lines.jsonl, fresh-calls.jsonl).
 *
 *   npx tsx scripts/eval-fresh.ts            # figures for lines and calls
 *   npx tsx scripts/eval-fresh.ts --errors   # also list every mistake
 *
 * Call expectations may pin a finding to an attempt and a turn, and may leave the tip or the
 * dimension open ("some timing finding on attempt 2").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Dimension,
  gradeCall,
  gradeLine,
  INTENTS,
  parseCallLog,
  type Reached,
  type Scorecard,
} from '../src/scoring/index';

interface Labelled {
  text: string;
  reached?: Reached;
  intents: string[];
  pushy: boolean;
  recitesCredentials: boolean;
  tone: 'polite' | 'neutral' | 'rude';
  voice: string;
}
interface Count {
  tp: number;
  fp: number;
  fn: number;
}
interface Pattern {
  tip?: string;
  dimension?: Dimension;
  attempt?: number;
  turn?: number;
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

const DIR = join(import.meta.dirname, '..', 'data', 'labelled');
const showErrors = process.argv.includes('--errors');

function readJsonl<T>(name: string): T[] {
  return readFileSync(join(DIR, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
function pct(x: number): string {
  return Number.isFinite(x) ? (100 * x).toFixed(0).padStart(4) : '   -';
}
function tally(counts: Map<string, Count>, name: string, truth: boolean, guess: boolean): void {
  const c = counts.get(name) ?? { tp: 0, fp: 0, fn: 0 };
  if (truth && guess) c.tp++;
  else if (guess) c.fp++;
  else if (truth) c.fn++;
  counts.set(name, c);
}
function auc(pos: number[], neg: number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

function lines(): void {
  const rows = readJsonl<Labelled>('fresh-lines.jsonl');
  const counts = new Map<string, Count>();
  const tones = { polite: [] as number[], neutral: [] as number[], rude: [] as number[] };
  const byVoice = new Map<string, { n: number; exact: number }>();
  let toneRight = 0;
  let exact = 0;
  for (const row of rows) {
    const g = gradeLine({ text: row.text, reached: row.reached });
    for (const intent of INTENTS)
      tally(counts, intent, row.intents.includes(intent), g.intents.includes(intent));
    tally(counts, 'flag: pushy', row.pushy, g.pushy);
    tally(counts, 'flag: recitesCredentials', row.recitesCredentials, g.recitesCredentials);
    for (const tone of ['polite', 'neutral', 'rude'] as const)
      tally(counts, `tone: ${tone}`, row.tone === tone, g.tone === tone);
    tones[row.tone].push(g.politeness);
    if (g.tone === row.tone) toneRight++;
    const same = INTENTS.every((i) => row.intents.includes(i) === g.intents.includes(i));
    if (same) exact++;
    const v = byVoice.get(row.voice) ?? { n: 0, exact: 0 };
    v.n++;
    if (same) v.exact++;
    byVoice.set(row.voice, v);
    const flagsWrong = g.pushy !== row.pushy || g.recitesCredentials !== row.recitesCredentials;
    if (showErrors && (!same || flagsWrong || g.tone !== row.tone)) {
      const missed = row.intents.filter((i) => !g.intents.includes(i as never));
      const extra = g.intents.filter((i) => !row.intents.includes(i));
      console.log(
        `  ${missed.length ? `missed ${missed.join(',')} ` : ''}${extra.length ? `extra ${extra.join(',')} ` : ''}` +
          `${g.tone !== row.tone ? `tone ${g.tone}(${g.politeness}) want ${row.tone} ` : ''}| [${row.reached ?? '-'}] ${row.text}`,
      );
    }
  }
  console.log(`\nfresh lines: ${rows.length}; exact intent set ${pct(exact / rows.length)}%`);
  console.log('  label                      prec  rec   F1  (support)');
  let macro = 0;
  let n = 0;
  for (const [name, c] of counts) {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const f1 = (2 * p * r) / (p + r);
    if (!name.includes(':') && c.tp + c.fn > 0) {
      macro += Number.isFinite(f1) ? f1 : 0;
      n++;
    }
    console.log(`  ${name.padEnd(26)} ${pct(p)} ${pct(r)} ${pct(f1)}  (${c.tp + c.fn})`);
  }
  console.log(`  macro F1 over intents: ${pct(macro / n)}%`);
  console.log(
    `  exact intent set by voice: ${[...byVoice]
      .map(([voice, v]) => `${voice} ${v.exact}/${v.n}`)
      .join(', ')}`,
  );
  console.log(
    `  politeness mean: polite ${mean(tones.polite).toFixed(0)}, neutral ${mean(tones.neutral).toFixed(0)}, rude ${mean(tones.rude).toFixed(0)}; ` +
      `AUC polite vs rude ${auc(tones.polite, tones.rude).toFixed(3)}; tone label accuracy ${pct(toneRight / rows.length)}%`,
  );
}

function matches(card: Scorecard, p: Pattern): boolean {
  return card.findings.some(
    (f) =>
      f.kind !== 'good' &&
      (f.points ?? 0) > 0 &&
      (p.tip === undefined || f.tip === p.tip) &&
      (p.dimension === undefined || f.dimension === p.dimension) &&
      (p.attempt === undefined || f.attempt === p.attempt) &&
      (p.turn === undefined || f.turn === p.turn),
  );
}
function label(p: Pattern): string {
  const at =
    p.attempt === undefined ? '' : ` @${p.attempt}${p.turn === undefined ? '' : `.${p.turn}`}`;
  return `${p.tip ?? '*'}/${p.dimension ?? '*'}${at}`;
}
function within(value: number, b: Bounds): boolean {
  return (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
}

function calls(): void {
  const cases = readJsonl<Case>('fresh-calls.jsonl');
  let checks = 0;
  let passed = 0;
  let whole = 0;
  console.log('');
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
    for (const p of c.expect.has ?? []) count(matches(card, p), `missing ${label(p)}`);
    for (const p of c.expect.hasNot ?? []) count(!matches(card, p), `unexpected ${label(p)}`);
    if (c.expect.overall) count(within(card.overall, c.expect.overall), `overall ${card.overall}`);
    for (const [d, b] of Object.entries(c.expect.scores ?? {})) {
      const score = card.dimensions[d as Dimension].score;
      if (b) count(within(score, b), `${d} ${score}`);
    }
    if (problems.length === 0) whole++;
    const dims = Object.entries(card.dimensions)
      .map(([d, s]) => `${d.slice(0, 4)} ${s.score}`)
      .join(', ');
    console.log(
      `${problems.length === 0 ? '✓' : '✗'} ${c.name} — overall ${card.overall} (${dims})${problems.length ? `: ${problems.join('; ')}` : ''}`,
    );
    if (showErrors && problems.length > 0)
      for (const f of card.findings)
        console.log(
          `      ${f.kind === 'good' ? '+' : '-'}${f.points ?? 0} ${f.tip}/${f.dimension} @${f.attempt ?? '-'}.${f.turn ?? '-'} ${f.message}`,
        );
  }
  console.log(
    `\nfresh calls: ${passed}/${checks} checks passed; ${whole}/${cases.length} call logs fully right`,
  );
}

lines();
calls();
