/**
 * Checks whole call logs against expectations written for them in data/labelled/calls.jsonl
 * (which findings must or must not appear, score bounds). Prints each check and the pass rate.
 *
 *   npx tsx scripts/eval-calls.ts
 */
import type { Dimension } from '../src/scoring/index';
import { type CallCase, callSummary, checkCallCase, readJsonl } from './evalShared';

interface Pattern {
  tip: string;
  dimension?: Dimension;
}

const labelOf = (p: Pattern) => `${p.tip}${p.dimension ? `/${p.dimension}` : ''}`;

const cases = readJsonl<CallCase<Pattern>>('calls.jsonl');
let checks = 0;
let passed = 0;
for (const c of cases) {
  const result = checkCallCase(c, labelOf);
  checks += result.checks;
  passed += result.passed;
  if (!result.ok) {
    console.log(`✗ ${c.name}: invalid log (${result.error})`);
    continue;
  }
  console.log(callSummary(c.name, result.card, result.problems));
}
console.log(`\n${passed}/${checks} checks passed over ${cases.length} call logs`);
