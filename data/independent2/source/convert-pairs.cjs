// Converts hand-typed pairs-*.txt rows into ../pairs.jsonl (field mapping only).
const fs = require('node:fs'),
  path = require('node:path');
const R = { r: 'receptionist', v: 'voicemail', i: 'interviewer' },
  out = [];
for (const dim of ['politeness', 'brevity']) {
  fs.readFileSync(path.join(__dirname, `pairs-${dim}.txt`), 'utf8')
    .split('\n')
    .forEach((ln, i) => {
      if (!ln.trim() || ln.startsWith('#')) return;
      const p = ln.split(' ## ');
      if (p.length !== 4 || !R[p[0].trim()]) throw new Error(`${dim}:${i + 1} bad row`);
      out.push({
        dimension: dim,
        reached: R[p[0].trim()],
        better: p[1].trim(),
        worse: p[2].trim(),
        why: p[3].trim(),
      });
    });
}
fs.writeFileSync(
  path.join(__dirname, '..', 'pairs.jsonl'),
  `${out.map((o) => JSON.stringify(o)).join('\n')}\n`,
);
console.log(
  out.length,
  'pairs',
  out.filter((o) => o.dimension === 'politeness').length,
  'politeness',
);
