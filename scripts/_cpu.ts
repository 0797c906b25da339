import { readFileSync } from 'node:fs';
import { gradeLine } from '../src/scoring/index';
const rows = readFileSync('data/labelled/lines.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
for (let k=0;k<20;k++) for (const r of rows) gradeLine({text:r.text,reached:r.reached});
const rates: number[] = [];
for (let round=0; round<7; round++) {
  const c0=process.cpuUsage(); let n=0;
  for (let k=0;k<40;k++) for (const r of rows) { gradeLine({text:r.text,reached:r.reached}); n++; }
  const c=process.cpuUsage(c0); rates.push(n/((c.user+c.system)/1e6));
}
rates.sort((a,b)=>a-b);
console.log('cpu-time lines/s median', Math.round(rates[3]!));
