/**
 * Grades every line of the corpus and the held-out sets (lines and pair sides) and writes the
 * grades, one JSON line each, to a file: run it before and after a change meant to be a pure
 * speed-up, and `cmp` the two files. Nothing else may change.
 *
 *   npx tsx scripts/grade-snapshot.ts /tmp/before.jsonl
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeLine, type LineInput } from '../src/scoring/index';
import { heldOutFiles } from './trainingData';

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/grade-snapshot.ts <output file>');
  process.exit(2);
}
const ROOT = join(import.meta.dirname, '..');
const files = [
  ...readdirSync(join(ROOT, 'data', 'corpus'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `data/corpus/${f}`),
  ...readdirSync(join(ROOT, 'data', 'labelled'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `data/labelled/${f}`),
  ...heldOutFiles(),
];
const lines: LineInput[] = [];
for (const file of files) {
  for (const row of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
    if (row.trim() === '') continue;
    const value = JSON.parse(row) as Record<string, unknown>;
    const reached = value.reached as LineInput['reached'];
    for (const key of ['text', 'better', 'worse']) {
      const text = value[key];
      if (typeof text === 'string') lines.push({ text, ...(reached ? { reached } : {}) });
    }
  }
}
writeFileSync(out, `${lines.map((l) => JSON.stringify(gradeLine(l))).join('\n')}\n`);
console.log(`${lines.length} lines graded into ${out}`);
