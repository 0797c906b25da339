/**
 * How often the classifier reads the built-in scenarios' authored choices exactly as tagged,
 * per intent and overall.
 *
 *   npx tsx scripts/choice-agreement.ts            # the figures
 *   npx tsx scripts/choice-agreement.ts --list     # also every choice read differently
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agrees, readChoices } from '../src/scenario/choiceReadings.ts';
import { loadScenario } from '../src/scenario/load.ts';
import { INTENTS } from '../src/scoring/vocabulary.ts';

const DIR = join(import.meta.dirname, '..', 'scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && !f.includes('.walkthrough.'));
const choices = files.flatMap((f) => {
  const loaded = loadScenario(readFileSync(join(DIR, f), 'utf8'), f);
  return loaded.ok ? readChoices(loaded.scenario).map((c) => ({ ...c, file: f })) : [];
});
const exact = choices.filter(agrees).length;
console.log(
  `${choices.length} authored choices in ${files.length} scenarios; read exactly as tagged: ${exact} (${Math.round((100 * exact) / choices.length)}%)`,
);
console.log('intent               tagged  read  both  recall  precision');
for (const i of INTENTS) {
  const tagged = choices.filter((c) => c.tagged.includes(i)).length;
  const read = choices.filter((c) => c.read.includes(i)).length;
  const both = choices.filter((c) => c.tagged.includes(i) && c.read.includes(i)).length;
  const pct = (a: number, b: number) =>
    b === 0 ? '  -' : `${Math.round((100 * a) / b)}%`.padStart(4);
  console.log(
    `${i.padEnd(20)} ${String(tagged).padStart(6)} ${String(read).padStart(5)} ${String(both).padStart(5)}  ${pct(both, tagged).padStart(6)}  ${pct(both, read).padStart(9)}`,
  );
}
if (process.argv.includes('--list')) {
  for (const c of choices.filter((x) => !agrees(x))) {
    console.log(
      `${c.file} ${c.nodeId}.${c.index + 1}: tagged [${c.tagged.join(', ')}] read [${c.read.join(', ')}]: ${c.say}`,
    );
  }
}
