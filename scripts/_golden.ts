import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gradeLine } from '../src/scoring/index';
const texts: { text: string; reached?: string }[] = [];
for (const dir of ['data/corpus', 'data/labelled', ...readdirSync('data').filter((d) => d.startsWith('independent')).map((d) => `data/${d}`)]) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    for (const row of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
      if (!row.trim()) continue;
      const v = JSON.parse(row);
      if (typeof v.text === 'string') texts.push({ text: v.text, reached: v.reached });
      for (const k of ['better', 'worse']) if (typeof v[k] === 'string') texts.push({ text: v[k], reached: v.reached });
    }
  }
}
const out = texts.map((t) => JSON.stringify(gradeLine(t as never))).join('\n');
writeFileSync(process.argv[2]!, out);
console.log(texts.length, 'lines');
