/**
 * The fitted intent model: one logistic regression per intent over `lineFeatures`. Its weights
 * are a committed file written by `scripts/trainIntentModel.ts`; nothing is fitted at run time.
 */
import { INTENTS, type Intent } from '../vocabulary';
import {
  beginningOf,
  DIGITS_TOKEN,
  type FeatureInput,
  type FeatureKind,
  LINE_END,
  LINE_START,
  lineFeatures,
  NAME_TOKEN,
  NEGATION_SPAN,
  NEGATORS,
  RARE_TOKEN,
  shapesOf,
  tokenOf,
  wordsOfLine,
} from './features';
import weightsFile from './intentWeights.json' with { type: 'json' };

/**
 * What the model reads: the contract's intents, two flags the grader needs beside them, and the
 * line's tone as a listener hears it (polite, rude; neither is neutral), learnt from the
 * labelled phone-call lines for the politeness score.
 */
export const LABELS = [...INTENTS, 'insult', 'off_topic', 'polite', 'rude'] as const;
export type Label = (typeof LABELS)[number];

/** The committed weights file's shape. */
export interface WeightsFile {
  /** Hash of the training data and of the code that turns a line into features. */
  source: string;
  intents: string[];
  /** A line carries an intent when its log-odds exceed this. */
  threshold: number;
  /** Intents whose phrase rules were precise enough on the labelled lines to override the model. */
  overrides: string[];
  /** The words of the English training lines (seen twice or more), space-separated. */
  english: string;
  /** Names the corpus taught (capitalised mid-sentence in typed lines), space-separated. */
  names?: string;
  /** Feature name -> its non-zero weights as "k:w" pairs, k the intent's place in `intents`. */
  features: Record<string, string>;
}

/**
 * Row numbers of the weights, found without building a feature's name: by kind and key, and
 * for word pairs by the first word and then the second.
 */
interface RowIndex {
  single: Map<FeatureKind, Map<string, number>>;
  pairs: Map<string, Map<string, number>>;
}

interface Model {
  /** feature -> weight per intent, in vocabulary order. */
  table: Map<string, Float64Array>;
  /** Rows of `table`. */
  rowCount: number;
  /**
   * The rows' non-zero weights one after another, for the hot loop: row r's are at
   * `start[r]` up to `start[r + 1]`, each a label's place (`label`) and its weight (`weight`).
   * Most features weigh for one or two labels, so a line adds a few numbers per feature, not
   * one per label (adding the zeros would change no sum).
   */
  start: Int32Array;
  label: Uint8Array;
  weight: Float64Array;
  index: RowIndex;
  threshold: number;
  overrides: ReadonlySet<Intent>;
  english: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

/** Splits each feature name back into its kind and key(s) (`featureName` in reverse). */
function indexRows(names: readonly string[]): RowIndex {
  const single = new Map<FeatureKind, Map<string, number>>();
  const pairs = new Map<string, Map<string, number>>();
  names.forEach((name, row) => {
    if (name === 'bias' || name === 'q') {
      single.set(name, new Map([['', row]]));
      return;
    }
    const kind = name.slice(0, 1) as FeatureKind;
    const rest = name.slice(2);
    if (kind === 'b') {
      // Words have no underscore, so the first one splits the pair.
      const cut = rest.indexOf('_');
      const first = rest.slice(0, cut);
      const byFirst = pairs.get(first) ?? new Map<string, number>();
      byFirst.set(rest.slice(cut + 1), row);
      pairs.set(first, byFirst);
      return;
    }
    const byKey = single.get(kind) ?? new Map<string, number>();
    byKey.set(rest, row);
    single.set(kind, byKey);
  });
  return { single, pairs };
}

function load(file: WeightsFile): Model {
  const table = new Map<string, Float64Array>();
  // The file names intents by place; map them onto this build's vocabulary by name.
  const place = file.intents.map((name) => LABELS.indexOf(name as Label));
  for (const [feature, pairs] of Object.entries(file.features)) {
    const row = new Float64Array(LABELS.length);
    for (const pair of pairs.split(' ')) {
      const [k, w] = pair.split(':');
      const at = place[Number(k)];
      if (at !== undefined && at >= 0) row[at] = Number(w);
    }
    table.set(feature, row);
  }
  const rows = [...table.values()];
  const start = new Int32Array(rows.length + 1);
  const labels: number[] = [];
  const weights: number[] = [];
  for (const [r, row] of rows.entries()) {
    start[r] = labels.length;
    row.forEach((w, k) => {
      if (w !== 0) {
        labels.push(k);
        weights.push(w);
      }
    });
  }
  start[rows.length] = labels.length;
  return {
    table,
    rowCount: rows.length,
    start,
    label: Uint8Array.from(labels),
    weight: Float64Array.from(weights),
    index: indexRows([...table.keys()]),
    threshold: file.threshold,
    overrides: new Set(
      (file.overrides ?? []).filter((name): name is Intent =>
        (INTENTS as readonly string[]).includes(name),
      ),
    ),
    english: new Set((file.english ?? '').split(' ')),
    names: new Set((file.names ?? '').split(' ').filter((n) => n !== '')),
  };
}

const MODEL = load(weightsFile as unknown as WeightsFile);

/** Intents whose phrase rule, when it fires, decides the intent whatever the model weighs. */
export const RULE_OVERRIDES = MODEL.overrides;

/** A line carries an intent when its log-odds exceed this. */
export const INTENT_THRESHOLD = MODEL.threshold;

/** Words the model was fitted on (from English lines): how much of a line it can read. */
export const KNOWN_WORDS = MODEL.english;

/**
 * What the hot loop knows of a token at once, so that a word costs one lookup: its rows as a
 * word, as a negated word and by its beginning (-1 where the model has none), whether it
 * negates, and its `id` for the pairs it is in (`PairTable`).
 */
interface TokenRows {
  readonly word: number;
  readonly negated: number;
  readonly beginning: number;
  readonly negator: boolean;
  /** Its place among the tokens that are in some pair (-1 when in none). */
  readonly id: number;
}

/**
 * The pairs' rows by the two tokens' ids, in one open-addressed table (one probe, mostly, and
 * no map per token): slot keys in `keys` (first id * `span` + second id; -1 when empty), their
 * rows in `rows`.
 */
interface PairTable {
  span: number;
  bits: number;
  keys: Int32Array;
  rows: Int32Array;
}

function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

function pairTable(
  entries: ReadonlyArray<readonly [number, number, number]>,
  span: number,
): PairTable {
  let bits = 4;
  while (1 << bits < entries.length * 2) bits++;
  const keys = new Int32Array(1 << bits).fill(-1);
  const rows = new Int32Array(1 << bits);
  const mask = (1 << bits) - 1;
  for (const [first, second, row] of entries) {
    const key = first * span + second;
    let slot = slotOf(key, bits);
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    rows[slot] = row;
  }
  return { span, bits, keys, rows };
}

/** The row of the pair (first, second) by their ids, or -1 when the model has none. */
function pairRow(table: PairTable, first: number, second: number): number {
  if (first < 0 || second < 0) return -1;
  const key = first * table.span + second;
  const mask = (1 << table.bits) - 1;
  for (let slot = slotOf(key, table.bits); ; slot = (slot + 1) & mask) {
    const at = table.keys[slot] as number;
    if (at === key) return table.rows[slot] as number;
    if (at === -1) return -1;
  }
}

/** Each token's rows (`TokenRows`), for every token the weights name and for each raw word. */
interface TokenTable {
  /** Raw word -> its token's rows, for the words whose token is fixed (known words, names). */
  byWord: Map<string, TokenRows>;
  /** Token -> its rows, for every token any weight names. */
  byToken: Map<string, TokenRows>;
  start: TokenRows;
  end: TokenRows;
  /** The rows of any token (those of a token no weight names are -1, but its beginning). */
  rowsOf: (token: string) => TokenRows;
  pairs: PairTable;
  bias: number;
  question: number;
  shapes: ReadonlyMap<string, number>;
  parties: ReadonlyMap<string, number>;
  rules: ReadonlyMap<string, number>;
}

function tokenTable(model: Model): TokenTable {
  const { single, pairs } = model.index;
  const rowOf = (kind: FeatureKind, key: string) => single.get(kind)?.get(key) ?? -1;
  // Every token in some pair gets an id; the pairs a token begins are keyed by the second's.
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    return id;
  };
  const entries: Array<[number, number, number]> = [];
  for (const [first, seconds] of pairs) {
    const a = idOf(first);
    for (const [second, row] of seconds) entries.push([a, idOf(second), row]);
  }
  const rowsOf = (token: string): TokenRows => {
    const beginning = beginningOf(token);
    return {
      word: rowOf('w', token),
      negated: rowOf('n', token),
      beginning: beginning === undefined ? -1 : rowOf('s', beginning),
      negator: NEGATORS.has(token),
      id: ids.get(token) ?? -1,
    };
  };
  const byToken = new Map<string, TokenRows>();
  const tokens = new Set<string>([...ids.keys(), LINE_START, LINE_END, DIGITS_TOKEN]);
  for (const kind of ['w', 'n'] as const)
    for (const key of single.get(kind)?.keys() ?? []) tokens.add(key);
  for (const token of tokens) byToken.set(token, rowsOf(token));
  const byWord = new Map<string, TokenRows>();
  for (const word of [...model.english, ...model.names, ...tokens]) {
    const token = tokenOf(word, model.names, model.english);
    // Digits are counted by length, so they are read on each line (`labelLogits`).
    if (token === DIGITS_TOKEN) continue;
    byWord.set(word, byToken.get(token) ?? rowsOf(token));
  }
  const keyed = (kind: FeatureKind) => single.get(kind) ?? new Map<string, number>();
  return {
    byWord,
    byToken,
    start: byToken.get(LINE_START) as TokenRows,
    end: byToken.get(LINE_END) as TokenRows,
    rowsOf,
    pairs: pairTable(entries, Math.max(1, ids.size)),
    bias: rowOf('bias', ''),
    question: rowOf('q', ''),
    shapes: keyed('x'),
    parties: keyed('p'),
    rules: keyed('r'),
  };
}

/**
 * The log-odds of each label (`LABELS` order) for a line (each distinct feature counts once).
 * The features are `walkFeatures`'s, visited in its order (so every sum is the same to the last
 * bit: a test holds this to `lineFeatures` on every labelled line), read a token at a time.
 */
export function labelLogits(input: FeatureInput): Float64Array {
  const sum = new Float64Array(LABELS.length);
  // Each row counts once per line: a row is counted when it carries this line's stamp.
  lineStamp = (lineStamp + 1) >>> 0;
  if (lineStamp === 0) {
    // After 2^32 lines the stamps start again: forget the old ones.
    countedAt.fill(0);
    lineStamp = 1;
  }
  const stamp = lineStamp;
  const { start, label, weight } = MODEL;
  const add = (row: number) => {
    if (row < 0 || countedAt[row] === stamp) return;
    countedAt[row] = stamp;
    const end = start[row + 1] as number;
    for (let j = start[row] as number; j < end; j++) {
      const k = label[j] as number;
      sum[k] = (sum[k] as number) + (weight[j] as number);
    }
  };
  const pair = (first: TokenRows, second: TokenRows) =>
    add(pairRow(TOKENS.pairs, first.id, second.id));
  add(TOKENS.bias);
  const words = wordsOfLine(input.clean);
  let negated = 0;
  let prev = TOKENS.start;
  let digits = 0;
  for (const w of words) {
    if (w === '?') {
      add(TOKENS.question);
      prev = TOKENS.start;
      continue;
    }
    let token = TOKENS.byWord.get(w);
    if (token === undefined) {
      const name = tokenOf(w, MODEL.names, MODEL.english);
      if (name === DIGITS_TOKEN) digits += w.length;
      token = TOKENS.byToken.get(name) ?? TOKENS.rowsOf(name);
    }
    add(token.word);
    pair(prev, token);
    if (negated > 0) {
      add(token.negated);
      negated--;
    }
    if (token.negator) negated = NEGATION_SPAN;
    add(token.beginning);
    prev = token;
  }
  pair(prev, TOKENS.end);
  for (const shape of shapesOf(input.clean, words.length, digits))
    add(TOKENS.shapes.get(shape) ?? -1);
  if (input.reached) add(TOKENS.parties.get(input.reached) ?? -1);
  for (const r of input.rules) add(TOKENS.rules.get(r) ?? -1);
  return sum;
}

/**
 * The reference reading: `lineFeatures`'s names looked up one by one. Slow; the tests hold
 * `labelLogits` to it.
 */
export function labelLogitsByName(input: FeatureInput): Float64Array {
  const sum = new Float64Array(LABELS.length);
  const seen = new Set<string>();
  for (const f of lineFeatures({ ...input, names: MODEL.names, known: MODEL.english })) {
    if (seen.has(f)) continue;
    seen.add(f);
    const row = MODEL.table.get(f);
    if (row === undefined) continue;
    row.forEach((w, k) => {
      if (w !== 0) sum[k] = (sum[k] as number) + w;
    });
  }
  return sum;
}

let lineStamp = 0;
const countedAt = new Uint32Array(MODEL.rowCount);
const TOKENS = tokenTable(MODEL);

/** One feature's share in a reading: what in the line weighed for (or against) an intent. */
export interface Evidence {
  feature: string;
  weight: number;
}

/** The features that weighed most for an intent in this line, strongest first. */
export function evidenceFor(input: FeatureInput, label: Label, n = 3): Evidence[] {
  const k = LABELS.indexOf(label);
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const f of lineFeatures({ ...input, names: MODEL.names, known: MODEL.english })) {
    if (seen.has(f) || f === 'bias') continue;
    seen.add(f);
    const w = MODEL.table.get(f)?.[k] ?? 0;
    if (w > 0) out.push({ feature: f, weight: w });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, n);
}

/** A feature as words a learner can recognise in their line ("b:hear_by" -> "hear by"). */
export function featurePhrase(feature: string): string | undefined {
  const [kind, rest = ''] = [feature.slice(0, 1), feature.slice(2)];
  if (kind === 'w' || kind === 'n') {
    return rest === '#' || rest === NAME_TOKEN || rest === RARE_TOKEN ? undefined : rest;
  }
  if (kind === 'b') {
    const words = rest
      .split('_')
      .filter((w) => w !== '^' && w !== '$' && w !== '#' && w !== NAME_TOKEN && w !== RARE_TOKEN);
    return words.length > 0 ? words.join(' ') : undefined;
  }
  if (kind === 's') return `${rest}…`;
  return undefined;
}
