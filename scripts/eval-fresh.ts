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
import { gradeLine, INTENTS, type Reached } from '../src/scoring/index';
import {
  type CallCase,
  type Count,
  callSummary,
  checkCallCase,
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
  voice: string;
}

const showErrors = process.argv.includes('--errors');

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
    if (showErrors && (!same || flagsWrong || g.tone !== row.tone))
      console.log(lineMistake(row, g, `[${row.reached ?? '-'}] ${row.text}`));
  }
  console.log(`\nfresh lines: ${rows.length}; exact intent set ${pct(exact / rows.length)}%`);
  printLabelTable(counts);
  console.log(
    `  exact intent set by voice: ${[...byVoice]
      .map(([voice, v]) => `${voice} ${v.exact}/${v.n}`)
      .join(', ')}`,
  );
  printPoliteness(tones, toneRight, rows.length);
}

function calls(): void {
  const cases = readJsonl<CallCase>('fresh-calls.jsonl');
  let checks = 0;
  let passed = 0;
  let whole = 0;
  console.log('');
  for (const c of cases) {
    const result = checkCallCase(c);
    checks += result.checks;
    passed += result.passed;
    if (!result.ok) {
      console.log(`✗ ${c.name}: invalid log (${result.error})`);
      continue;
    }
    const { card, problems } = result;
    if (problems.length === 0) whole++;
    console.log(callSummary(c.name, card, problems));
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
