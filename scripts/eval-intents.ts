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
import { type LabelledLine, readJsonl, reportLines } from './evalShared';

interface Labelled extends LabelledLine {
  split: 'dev' | 'holdout';
}

const showErrors = process.argv.includes('--errors');

function report(split: 'dev' | 'holdout', rows: Labelled[]): void {
  reportLines(rows, {
    heading: `${split}: ${rows.length} lines`,
    isMistake: (row, g, same) => showErrors && split === 'dev' && (!same || g.tone !== row.tone),
  });
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
