/**
 * `grade` command (contract: docs in ../shared/design/grader-contract.md).
 *   --lines  JSON Lines of utterances on stdin -> one graded line per input line
 *   --calls  JSON Lines of call logs on stdin  -> one scorecard per input line
 *   --xapi [--base IRI]  call logs (with optional actor, registration) -> one JSON array of
 *            xAPI statements per input line
 *   --json call.json                           -> one scorecard as JSON
 *   call.json                                  -> a human-readable report
 * Bad input lines become {"error": "..."} lines; the exit code is 1 if any line was bad.
 */
import { readFileSync } from 'node:fs';
import { campaignStatements, DEFAULT_BASE, type XapiAgent } from '../lms/xapi';
import {
  gradeCall,
  gradeLine,
  type LineInput,
  PARTIES,
  parseCallLog,
  secondsProblem,
} from '../scoring/index';
import { formatReport } from '../scoring/report';

const USAGE = `Usage:
  npm run --silent grade -- --lines < utterances.jsonl > graded.jsonl
  npm run --silent grade -- --calls < calls.jsonl > scorecards.jsonl
  npm run --silent grade -- --xapi [--base IRI] < calls.jsonl > statements.jsonl
  npm run --silent grade -- call.json          (human-readable report)
  npm run --silent grade -- --json call.json   (one scorecard as JSON)`;

type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

function parseLineInput(
  value: unknown,
): { ok: true; input: LineInput } | { ok: false; error: string } {
  if (typeof value === 'string') return { ok: true, input: { text: value } };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: 'expected an object like {"text": "..."}' };
  }
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string') return { ok: false, error: '"text" must be a string' };
  const input: LineInput = { text: v.text };
  if (v.seconds !== undefined && v.seconds !== null) {
    // The same bounds as a call turn's `seconds` (LIMITS in parseCallLog).
    const problem = secondsProblem(v.seconds);
    if (problem) return { ok: false, error: `"seconds": ${problem}` };
    // 0 means "not measured" (typed, not spoken): graded like a line without `seconds`.
    if ((v.seconds as number) > 0) input.seconds = v.seconds as number;
  }
  if (v.reached !== undefined && v.reached !== null) {
    // A line is said to someone: the contract's utterance mode lists only the three parties
    // (`no_answer` belongs to a call attempt, where nobody hears a line).
    if (typeof v.reached !== 'string' || !(PARTIES as readonly string[]).includes(v.reached)) {
      return { ok: false, error: `"reached" must be one of ${PARTIES.join(', ')}` };
    }
    input.reached = v.reached as LineInput['reached'];
  }
  return { ok: true, input };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const AGENT_IDS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** The optional `actor` and `registration` of an --xapi line, or why they are refused. */
function xapiExtras(
  value: Record<string, unknown>,
): { ok: true; actor?: XapiAgent; registration?: string } | { ok: false; error: string } {
  const { actor, registration } = value;
  if (
    registration !== undefined &&
    (typeof registration !== 'string' || !UUID.test(registration))
  ) {
    return { ok: false, error: '"registration" must be a UUID' };
  }
  if (actor !== undefined) {
    if (!actor || typeof actor !== 'object' || Array.isArray(actor)) {
      return { ok: false, error: '"actor" must be an xAPI Agent object' };
    }
    const ids = AGENT_IDS.filter((k) => (actor as Record<string, unknown>)[k] !== undefined);
    if (ids.length !== 1) {
      return {
        ok: false,
        error: `"actor" needs exactly one of ${AGENT_IDS.join(', ')} (it has ${ids.length})`,
      };
    }
  }
  return {
    ok: true,
    ...(actor ? { actor: actor as XapiAgent } : {}),
    ...(typeof registration === 'string' ? { registration } : {}),
  };
}

let xapiBase = DEFAULT_BASE;

function gradeOne(mode: 'lines' | 'calls' | 'xapi', line: string): Outcome {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (mode === 'lines') {
    const parsed = parseLineInput(value);
    return parsed.ok ? { ok: true, value: gradeLine(parsed.input) } : parsed;
  }
  const parsed = parseCallLog(value);
  if (!parsed.ok) return parsed;
  if (mode === 'calls') return { ok: true, value: gradeCall(parsed.log) };
  const extras = xapiExtras(value as Record<string, unknown>);
  if (!extras.ok) return extras;
  const { ok: _, ...options } = extras;
  return {
    ok: true,
    value: campaignStatements(parsed.log, gradeCall(parsed.log), { base: xapiBase, ...options }),
  };
}

function runStream(mode: 'lines' | 'calls' | 'xapi'): number {
  let text: string;
  try {
    text = readFileSync(0, 'utf8');
  } catch {
    process.stderr.write('grade: could not read standard input\n');
    return 1;
  }
  // A byte-order mark (some Windows editors add one) is not part of the first line's JSON.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let failed = false;
  const out: string[] = [];
  lines.forEach((line, i) => {
    let result: Outcome;
    if (line.trim() === '') result = { ok: false, error: 'empty line' };
    else {
      try {
        result = gradeOne(mode, line);
      } catch (err) {
        // The grader is meant never to throw; if it does, report the line and carry on.
        result = {
          ok: false,
          error: `internal error: ${err instanceof Error ? err.message : String(err)}`,
        };
      }
    }
    if (result.ok) out.push(JSON.stringify(result.value));
    else {
      failed = true;
      out.push(JSON.stringify({ error: `line ${i + 1}: ${result.error}` }));
    }
  });
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

function runFile(path: string, asJson: boolean): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return fail(`cannot read file "${path}"`, asJson);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(`"${path}" is not valid JSON`, asJson);
  }
  const parsed = parseCallLog(value);
  if (!parsed.ok) return fail(`"${path}": ${parsed.error}`, asJson);
  const card = gradeCall(parsed.log);
  process.stdout.write(
    asJson ? `${JSON.stringify(card, null, 2)}\n` : formatReport(parsed.log, card),
  );
  return 0;
}

function fail(message: string, asJson: boolean): number {
  if (asJson) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
  else process.stderr.write(`grade: ${message}\n`);
  return 1;
}

function main(argv: string[]): number {
  const [first, second, ...rest] = argv;
  if (first === '--help' || first === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ((first === '--lines' || first === '--calls') && second === undefined) {
    return runStream(first === '--lines' ? 'lines' : 'calls');
  }
  if (first === '--xapi') {
    if (second === undefined) return runStream('xapi');
    if (
      second === '--base' &&
      rest.length === 1 &&
      /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(rest[0] ?? '')
    ) {
      xapiBase = rest[0] as string;
      return runStream('xapi');
    }
  }
  if (first === '--json' && second !== undefined && rest.length === 0) return runFile(second, true);
  if (first !== undefined && !first.startsWith('-') && second === undefined)
    return runFile(first, false);
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

// A reader that stops early (`grade --lines < in.jsonl | head`) closes the pipe: stop quietly
// instead of letting Node print an EPIPE stack trace. Any other write error gets one line.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`grade: could not write the output (${err.code ?? err.message})\n`);
  process.exit(1);
});

process.exitCode = main(process.argv.slice(2));
