/**
 * How well the grader tells English lines from lines in another language, on the held-out
 * sets (data/independent*): lines labelled `notEnglish` or with a `language` other than English
 * should read as not English (a plain notice, no intents), every other line as English.
 *
 *   npx tsx scripts/eval-language.ts           # totals
 *   npx tsx scripts/eval-language.ts --list    # and each line read the wrong way
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLine } from '../src/scoring/reading';
import { heldOutFiles } from './trainingData';

const ROOT = join(import.meta.dirname, '..');
let foreign = 0;
let caught = 0;
let english = 0;
let kept = 0;
const wrong: string[] = [];
for (const file of heldOutFiles().filter((f) => f.endsWith('/lines.jsonl'))) {
  const set = file.split('/')[1];
  for (const row of readFileSync(join(ROOT, file), 'utf8').split('\n')) {
    if (row.trim() === '') continue;
    const line = JSON.parse(row) as {
      text: string;
      reached?: string;
      notEnglish?: boolean;
      language?: string;
    };
    const isForeign =
      line.notEnglish === true || (typeof line.language === 'string' && line.language !== 'en');
    const read = readLine(line.text, line.reached as Parameters<typeof readLine>[1]);
    if (isForeign) {
      foreign++;
      if (!read.english) caught++;
      else wrong.push(`${set}: not English, read as English: ${line.text}`);
    } else {
      english++;
      if (read.english) kept++;
      else wrong.push(`${set}: English, read as another language: ${line.text}`);
    }
  }
}
console.log(`lines in another language read as such: ${caught}/${foreign}`);
console.log(`English lines read as English: ${kept}/${english}`);
if (process.argv.includes('--list')) for (const w of wrong) console.log(`  ${w}`);
