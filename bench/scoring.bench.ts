// Figures for the grader: lines per second (gradeLine, classifyIntents) and calls per second
// (parseCallLog + gradeCall) in Node, in-process; then the `grade --lines` command as a whole
// (process start, module load, JSON in and out); and one line's time against its length.
// The lines timed: data/labelled/lines.jsonl (227 typical caller lines, mean about 100
// characters) and fresh-lines.jsonl, each repeated to 20,000. Run: npx tsx bench/scoring.bench.ts
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CallLog,
  classifyIntents,
  gradeCall,
  gradeLine,
  type LineInput,
  parseCallLog,
} from '../src/scoring/index';

function readLines(file: string): LineInput[] {
  return readFileSync(join(import.meta.dirname, '..', 'data', 'labelled', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const row = JSON.parse(l) as LineInput;
      return { text: row.text, reached: row.reached };
    });
}
const labelled = readLines('lines.jsonl');
const fresh = readLines('fresh-lines.jsonl');

function timeIt(label: string, unit: string, count: number, run: () => void): void {
  run(); // warm up the JIT and the regular expressions
  const rounds = 5;
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    run();
    rates.push((count * 1000) / (performance.now() - start));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rounds / 2)] ?? 0;
  console.log(
    `${label.padEnd(44)} ${Math.round(median).toLocaleString('en-US').padStart(9)} ${unit}/s`,
  );
}

function repeated(rows: LineInput[]): LineInput[] {
  const out: LineInput[] = [];
  while (out.length < 20_000) out.push(...rows);
  out.length = 20_000;
  return out;
}
const lines = repeated(labelled);
const freshLines = repeated(fresh);

const me = (i: number) => ({
  speaker: 'me' as const,
  text: labelled[i % labelled.length]?.text ?? '',
});
const them = (text: string) => ({ speaker: 'them' as const, text });
function fakeCall(i: number): CallLog {
  return {
    thankYouNote: i % 2 === 0,
    attempts: [
      { day: 1 + (i % 3), time: '08:45', reached: 'no_answer', turns: [] },
      {
        day: 2 + (i % 3),
        time: '10:30',
        reached: 'voicemail',
        turns: [them('Please leave a message.'), me(i)],
      },
      {
        day: 4 + (i % 3),
        time: '11:15',
        reached: 'receptionist',
        turns: [them('Good morning, Acme.'), me(i + 1), them('She is in a meeting.'), me(i + 2)],
      },
      {
        day: 6 + (i % 3),
        time: '14:00',
        reached: 'interviewer',
        turns: [
          them('Priya speaking.'),
          me(i + 3),
          them('We are still interviewing.'),
          me(i + 4),
          me(i + 5),
        ],
      },
    ],
    movedOn: i % 4 === 0,
  };
}
const calls = Array.from({ length: 2_000 }, (_, i) => fakeCall(i));
const rawCalls = calls.map((c) => JSON.parse(JSON.stringify(c)) as unknown);

console.log(`Node ${process.version}; ${labelled.length} distinct labelled lines, repeated`);
timeIt('gradeLine (labelled lines)', 'lines', lines.length, () => {
  for (const l of lines) gradeLine(l);
});
timeIt('gradeLine (fresh evaluation lines)', 'lines', freshLines.length, () => {
  for (const l of freshLines) gradeLine(l);
});
timeIt('classifyIntents (labelled lines)', 'lines', lines.length, () => {
  for (const l of lines) classifyIntents(l.text);
});
timeIt('parseCallLog + gradeCall (4 attempts, 7 me-turns)', 'calls', calls.length, () => {
  for (const c of rawCalls) {
    const parsed = parseCallLog(c);
    if (parsed.ok) gradeCall(parsed.log);
  }
});
const long = 'Um, so, like, I wanted to say that I have ten years of experience and '
  .repeat(70)
  .slice(0, 5000);
timeIt('gradeLine (one 5,000-character ramble)', 'lines', 200, () => {
  for (let i = 0; i < 200; i++) gradeLine({ text: long });
});
const huge = 'so basically I wanted to say that I am still keen, '.repeat(1000);
timeIt('gradeLine (one 10,000-word ramble)', 'lines', 20, () => {
  for (let i = 0; i < 20; i++) gradeLine({ text: huge });
});

// Time against length: a 200 KB line of fillers (once quadratic) and a 200 KB ordinary line.
function once(label: string, text: string): void {
  gradeLine({ text });
  const start = performance.now();
  gradeLine({ text });
  console.log(`${label.padEnd(44)} ${(performance.now() - start).toFixed(1).padStart(9)} ms`);
}
const fillers = ', um, like,'.repeat(Math.ceil(200_000 / 11)).slice(0, 200_000);
once('gradeLine (one 200 KB line of ", um, like,")', fillers);
once('gradeLine (one 200 KB line of plain words)', huge.repeat(4).slice(0, 200_000));
for (const kb of [25, 50, 100, 200]) {
  once(`gradeLine (${kb} KB line of plain words)`, huge.repeat(4).slice(0, kb * 1000));
}

// The command line as a coach runs it: 20,000 lines through `grade --lines`, start to finish.
const input = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
const cliStart = performance.now();
const cli = spawnSync(
  process.execPath,
  ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'cli', 'grade.ts'), '--lines'],
  { input, maxBuffer: 256 * 1024 * 1024 },
);
const cliMs = performance.now() - cliStart;
const graded = cli.stdout
  .toString()
  .split('\n')
  .filter((l) => l !== '').length;
console.log(
  `${'grade --lines (20,000 lines, one process)'.padEnd(44)} ${Math.round((graded * 1000) / cliMs)
    .toLocaleString('en-US')
    .padStart(9)} lines/s (${(cliMs / 1000).toFixed(1)} s, ${graded} graded, exit ${cli.status})`,
);
