/**
 * Precision and recall of the intent classifier and the line flags on our labelled set.
 *
 *   npx tsx scripts/eval-intents.ts            # figures for the dev and held-out splits
 *   npx tsx scripts/eval-intents.ts --errors   # also list dev-split mistakes (never held-out)
 *
 * data/labelled/lines.jsonl holds follow-up-call lines written for this project; a quarter,
 * picked at random when the set was written, is marked "holdout" and is not inspected while
 * tuning rules; only its totals are printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeLine, INTENTS, type LineGrade, type Reached } from '../src/scoring/index';

interface Labelled {
  text: string;
  reached?: Reached;
  intents: string[];
  pushy: boolean;
  recitesCredentials: boolean;
  tone: 'polite' | 'neutral' | 'rude';
  split: 'dev' | 'holdout';
}

interface Count {
  tp: number;
  fp: number;
  fn: number;
}

const FILE = join(import.meta.dirname, '..', 'data', 'labelled', 'lines.jsonl');
const showErrors = process.argv.includes('--errors');

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

function report(split: 'dev' | 'holdout', rows: Labelled[]): void {
  const counts = new Map<string, Count>();
  const tones = { polite: [] as number[], neutral: [] as number[], rude: [] as number[] };
  let toneRight = 0;
  let exact = 0;
  for (const row of rows) {
    const g: LineGrade = gradeLine({ text: row.text, reached: row.reached });
    for (const intent of INTENTS)
      tally(counts, intent, row.intents.includes(intent), g.intents.includes(intent));
    tally(counts, 'flag: pushy', row.pushy, g.pushy);
    tally(counts, 'flag: recitesCredentials', row.recitesCredentials, g.recitesCredentials);
    tones[row.tone].push(g.politeness);
    if (g.tone === row.tone) toneRight++;
    const same = INTENTS.every((i) => row.intents.includes(i) === g.intents.includes(i));
    if (same) exact++;
    if (showErrors && split === 'dev' && (!same || g.tone !== row.tone)) {
      const missed = row.intents.filter((i) => !g.intents.includes(i as never));
      const extra = g.intents.filter((i) => !row.intents.includes(i));
      console.log(
        `  ${missed.length ? `missed ${missed.join(',')} ` : ''}${extra.length ? `extra ${extra.join(',')} ` : ''}` +
          `${g.tone !== row.tone ? `tone ${g.tone}(${g.politeness}) want ${row.tone} ` : ''}| ${row.text}`,
      );
    }
  }
  console.log(`\n${split}: ${rows.length} lines; exact intent set ${pct(exact / rows.length)}%`);
  console.log('  label                      prec  rec   F1  (support)');
  let macro = 0;
  let n = 0;
  for (const [name, c] of counts) {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const f1 = (2 * p * r) / (p + r);
    if (!name.startsWith('flag') && c.tp + c.fn > 0) {
      macro += Number.isFinite(f1) ? f1 : 0;
      n++;
    }
    console.log(`  ${name.padEnd(26)} ${pct(p)} ${pct(r)} ${pct(f1)}  (${c.tp + c.fn})`);
  }
  console.log(`  macro F1 over intents: ${pct(macro / n)}%`);
  const mean = (xs: number[]) =>
    xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
  console.log(
    `  politeness mean: polite ${mean(tones.polite).toFixed(0)}, neutral ${mean(tones.neutral).toFixed(0)}, rude ${mean(tones.rude).toFixed(0)}; ` +
      `AUC polite vs rude ${auc(tones.polite, tones.rude).toFixed(3)}; tone label accuracy ${pct(toneRight / rows.length)}%`,
  );
}

const rows = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Labelled);
report(
  'dev',
  rows.filter((r) => r.split === 'dev'),
);
report(
  'holdout',
  rows.filter((r) => r.split === 'holdout'),
);
