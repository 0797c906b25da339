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
import {
  type CallCase,
  callSummary,
  checkCallCase,
  type LabelledLine,
  readJsonl,
  reportLines,
} from './evalShared';

interface Labelled extends LabelledLine {
  voice: string;
}

const showErrors = process.argv.includes('--errors');

function lines(): void {
  const rows = readJsonl<Labelled>('fresh-lines.jsonl');
  const byVoice = new Map<string, { n: number; exact: number }>();
  reportLines(rows, {
    heading: `fresh lines: ${rows.length}`,
    tallyTones: true,
    onRow: (row, same) => {
      const v = byVoice.get(row.voice) ?? { n: 0, exact: 0 };
      v.n++;
      if (same) v.exact++;
      byVoice.set(row.voice, v);
    },
    isMistake: (row, g, same) => {
      const flagsWrong = g.pushy !== row.pushy || g.recitesCredentials !== row.recitesCredentials;
      return showErrors && (!same || flagsWrong || g.tone !== row.tone);
    },
    mistakeText: (row) => `[${row.reached ?? '-'}] ${row.text}`,
    extra: () =>
      `  exact intent set by voice: ${[...byVoice]
        .map(([voice, v]) => `${voice} ${v.exact}/${v.n}`)
        .join(', ')}`,
  });
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
