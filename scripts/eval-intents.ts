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
import { gradeLine, INTENTS, type LineGrade, type Reached } from '../src/scoring/index';
import {
  type Count,
  type LabelledLine,
  lineMistake,
  pct,
  printLabelTable,
  printPoliteness,
  readJsonl,
  tally,
} from './evalShared';

interface Labelled extends LabelledLine {
  reached?: Reached;
  split: 'dev' | 'holdout';
}

const showErrors = process.argv.includes('--errors');

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
    if (showErrors && split === 'dev' && (!same || g.tone !== row.tone))
      console.log(lineMistake(row, g, row.text));
  }
  console.log(`\n${split}: ${rows.length} lines; exact intent set ${pct(exact / rows.length)}%`);
  printLabelTable(counts);
  printPoliteness(tones, toneRight, rows.length);
}

const rows = readJsonl<Labelled>('lines.jsonl');
report(
  'dev',
  rows.filter((r) => r.split === 'dev'),
);
report(
  'holdout',
  rows.filter((r) => r.split === 'holdout'),
);
