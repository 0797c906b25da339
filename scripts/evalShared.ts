/**
 * Helpers shared by the evaluation scripts (eval-fresh, eval-intents, eval-calls): reading the
 * labelled sets, precision/recall tallies, politeness summaries and checking a whole call log
 * against its expectations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Dimension,
  gradeCall,
  gradeLine,
  INTENTS,
  isProblem,
  type LineGrade,
  parseCallLog,
  type Reached,
  type Scorecard,
} from '../src/scoring/index';

export const LABELLED_DIR = join(import.meta.dirname, '..', 'data', 'labelled');

/** Reads a JSON-lines file from data/labelled, skipping blank lines. */
export function readJsonl<T>(name: string): T[] {
  return readFileSync(join(LABELLED_DIR, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function pct(x: number): string {
  return Number.isFinite(x) ? (100 * x).toFixed(0).padStart(4) : '   -';
}

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

export function tally(
  counts: Map<string, Count>,
  name: string,
  truth: boolean,
  guess: boolean,
): void {
  const c = counts.get(name) ?? { tp: 0, fp: 0, fn: 0 };
  if (truth && guess) c.tp++;
  else if (guess) c.fp++;
  else if (truth) c.fn++;
  counts.set(name, c);
}

export function auc(pos: number[], neg: number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

export const mean = (xs: number[]) =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;

export type Tone = 'polite' | 'neutral' | 'rude';

/** The fields every labelled line carries. */
export interface LabelledLine {
  text: string;
  intents: string[];
  pushy: boolean;
  recitesCredentials: boolean;
  tone: Tone;
  reached?: Reached;
}

/** Running totals over a set of labelled lines. */
export interface LineTotals {
  counts: Map<string, Count>;
  tones: Record<Tone, number[]>;
  toneRight: number;
  exact: number;
}

export function lineTotals(): LineTotals {
  return {
    counts: new Map(),
    tones: { polite: [], neutral: [], rude: [] },
    toneRight: 0,
    exact: 0,
  };
}

/**
 * Grades one labelled line and adds it to the totals: a tally per intent and flag (and per tone
 * label when `tallyTones`), its politeness under its labelled tone, tone and exact-set hits.
 * Returns the grade and whether the intent set was exactly right.
 */
export function scoreLine(
  row: LabelledLine,
  totals: LineTotals,
  tallyTones = false,
): { g: LineGrade; same: boolean } {
  const { counts } = totals;
  const g = gradeLine({ text: row.text, reached: row.reached });
  for (const intent of INTENTS)
    tally(counts, intent, row.intents.includes(intent), g.intents.includes(intent));
  tally(counts, 'flag: pushy', row.pushy, g.pushy);
  tally(counts, 'flag: recitesCredentials', row.recitesCredentials, g.recitesCredentials);
  if (tallyTones)
    for (const tone of ['polite', 'neutral', 'rude'] as const)
      tally(counts, `tone: ${tone}`, row.tone === tone, g.tone === tone);
  totals.tones[row.tone].push(g.politeness);
  if (g.tone === row.tone) totals.toneRight++;
  const same = INTENTS.every((i) => row.intents.includes(i) === g.intents.includes(i));
  if (same) totals.exact++;
  return { g, same };
}

/**
 * Prints precision, recall and F1 for every label, then the macro F1 over the intents (labels
 * without a colon, i.e. not "flag: …" or "tone: …").
 */
export function printLabelTable(counts: Map<string, Count>): void {
  console.log('  label                      prec  rec   F1  (support)');
  let macro = 0;
  let n = 0;
  for (const [name, c] of counts) {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    const f1 = (2 * p * r) / (p + r);
    if (!name.includes(':') && c.tp + c.fn > 0) {
      macro += Number.isFinite(f1) ? f1 : 0;
      n++;
    }
    console.log(`  ${name.padEnd(26)} ${pct(p)} ${pct(r)} ${pct(f1)}  (${c.tp + c.fn})`);
  }
  console.log(`  macro F1 over intents: ${pct(macro / n)}%`);
}

/** Prints mean politeness per labelled tone, the polite-vs-rude AUC and tone accuracy. */
export function printPoliteness(
  tones: Record<Tone, number[]>,
  toneRight: number,
  total: number,
): void {
  console.log(
    `  politeness mean: polite ${mean(tones.polite).toFixed(0)}, neutral ${mean(tones.neutral).toFixed(0)}, rude ${mean(tones.rude).toFixed(0)}; ` +
      `AUC polite vs rude ${auc(tones.polite, tones.rude).toFixed(3)}; tone label accuracy ${pct(toneRight / total)}%`,
  );
}

/** One line describing where a line grade differs from its label; `text` ends the line. */
export function lineMistake(row: LabelledLine, g: LineGrade, text: string): string {
  const missed = row.intents.filter((i) => !g.intents.includes(i as never));
  const extra = g.intents.filter((i) => !row.intents.includes(i));
  return (
    `  ${missed.length ? `missed ${missed.join(',')} ` : ''}${extra.length ? `extra ${extra.join(',')} ` : ''}` +
    `${g.tone !== row.tone ? `tone ${g.tone}(${g.politeness}) want ${row.tone} ` : ''}| ${text}`
  );
}

export interface LineReportOptions<R extends LabelledLine> {
  /** Printed before "; exact intent set N%". */
  heading: string;
  /** Also tally each tone label as its own row. */
  tallyTones?: boolean;
  /** Whether to print a row as a mistake (given its grade and whether the intent set was right). */
  isMistake?: (row: R, g: LineGrade, same: boolean) => boolean;
  /** What ends a mistake's line; the row's text unless given. */
  mistakeText?: (row: R) => string;
  /** Called for every row after it is scored. */
  onRow?: (row: R, same: boolean) => void;
  /** A line printed after the label table. */
  extra?: () => string;
}

/** Grades every labelled line, prints the mistakes asked for, then the figures. */
export function reportLines<R extends LabelledLine>(rows: R[], opts: LineReportOptions<R>): void {
  const totals = lineTotals();
  for (const row of rows) {
    const { g, same } = scoreLine(row, totals, opts.tallyTones);
    opts.onRow?.(row, same);
    if (opts.isMistake?.(row, g, same))
      console.log(lineMistake(row, g, opts.mistakeText ? opts.mistakeText(row) : row.text));
  }
  console.log(`\n${opts.heading}; exact intent set ${pct(totals.exact / rows.length)}%`);
  printLabelTable(totals.counts);
  if (opts.extra) console.log(opts.extra());
  printPoliteness(totals.tones, totals.toneRight, rows.length);
}

/** A finding to look for: fields left out match anything. */
export interface Pattern {
  tip?: string;
  /** One dimension, or a list of them (the finding may be on any one). */
  dimension?: Dimension | Dimension[];
  attempt?: number;
  turn?: number;
}
export interface Bounds {
  min?: number;
  max?: number;
}
export interface CallCase<P extends Pattern = Pattern> {
  name: string;
  log: unknown;
  expect: {
    has?: P[];
    hasNot?: P[];
    overall?: Bounds;
    scores?: Partial<Record<Dimension, Bounds>>;
  };
}

/** Whether the scorecard holds a penalising finding that fits the pattern. */
export function matches(card: Scorecard, p: Pattern): boolean {
  return card.findings.some(
    (f) =>
      isProblem(f) &&
      (f.points ?? 0) > 0 &&
      (p.tip === undefined || f.tip === p.tip) &&
      (p.dimension === undefined ||
        (Array.isArray(p.dimension)
          ? p.dimension.includes(f.dimension)
          : f.dimension === p.dimension)) &&
      (p.attempt === undefined || f.attempt === p.attempt) &&
      (p.turn === undefined || f.turn === p.turn),
  );
}

/** "tip/dimension @attempt.turn", with "*" for an open tip or dimension. */
export function label(p: Pattern): string {
  const at =
    p.attempt === undefined ? '' : ` @${p.attempt}${p.turn === undefined ? '' : `.${p.turn}`}`;
  const dimension = Array.isArray(p.dimension) ? p.dimension.join('|') : p.dimension;
  return `${p.tip ?? '*'}/${dimension ?? '*'}${at}`;
}

export function within(value: number, b: Bounds): boolean {
  return (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
}

export type CallCheck =
  | { ok: false; error: string; checks: number; passed: number; problems: string[] }
  | { ok: true; card: Scorecard; checks: number; passed: number; problems: string[] };

/**
 * Parses and grades a case's log and checks it against the case's expectations. An invalid log
 * counts as one failed check. `labelOf` names a pattern in the problems it fails.
 */
export function checkCallCase<P extends Pattern>(
  c: CallCase<P>,
  labelOf: (p: P) => string = label,
): CallCheck {
  const parsed = parseCallLog(c.log);
  if (!parsed.ok) return { ok: false, error: parsed.error, checks: 1, passed: 0, problems: [] };
  const card = gradeCall(parsed.log);
  const problems: string[] = [];
  let checks = 0;
  let passed = 0;
  const count = (ok: boolean, problem: string) => {
    checks++;
    if (ok) passed++;
    else problems.push(problem);
  };
  for (const p of c.expect.has ?? []) count(matches(card, p), `missing ${labelOf(p)}`);
  for (const p of c.expect.hasNot ?? []) count(!matches(card, p), `unexpected ${labelOf(p)}`);
  if (c.expect.overall) count(within(card.overall, c.expect.overall), `overall ${card.overall}`);
  for (const [d, b] of Object.entries(c.expect.scores ?? {})) {
    const score = card.dimensions[d as Dimension].score;
    if (b) count(within(score, b), `${d} ${score}`);
  }
  return { ok: true, card, checks, passed, problems };
}

/** The one-line summary of a checked call: ✓/✗, name, overall, dimension scores, problems. */
export function callSummary(name: string, card: Scorecard, problems: string[]): string {
  const dims = Object.entries(card.dimensions)
    .map(([d, s]) => `${d.slice(0, 4)} ${s.score}`)
    .join(', ');
  return `${problems.length === 0 ? '✓' : '✗'} ${name} — overall ${card.overall} (${dims})${problems.length ? `: ${problems.join('; ')}` : ''}`;
}
