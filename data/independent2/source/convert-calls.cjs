// Writes the hand-typed calls-*.json arrays to ../calls.jsonl, one call per line.
const fs = require('node:fs'),
  path = require('node:path');
const out = [];
for (const f of fs
  .readdirSync(__dirname)
  .filter((f) => /^calls-.*\.json$/.test(f))
  .sort())
  out.push(...JSON.parse(fs.readFileSync(path.join(__dirname, f), 'utf8')));
fs.writeFileSync(
  path.join(__dirname, '..', 'calls.jsonl'),
  `${out.map((o) => JSON.stringify(o)).join('\n')}\n`,
);
console.log(out.length, 'calls');
