/**
 * The fitted intent model: one logistic regression per intent over `lineFeatures`. Its weights
 * are a committed file written by `scripts/trainIntentModel.ts`; nothing is fitted at run time.
 */
import { INTENTS, type Intent } from '../vocabulary';
import {
  type FeatureInput,
  type FeatureKind,
  lineFeatures,
  NAME_TOKEN,
  RARE_TOKEN,
  walkFeatures,
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

/** The log-odds of each label (`LABELS` order) for a line (each distinct feature counts once). */
export function labelLogits(input: FeatureInput): Float64Array {
  const sum = new Float64Array(LABELS.length);
  const { single, pairs } = MODEL.index;
  // Each row counts once per line: a row is counted when it carries this line's stamp.
  lineStamp = (lineStamp + 1) >>> 0;
  if (lineStamp === 0) {
    // After 2^32 lines the stamps start again: forget the old ones.
    countedAt.fill(0);
    lineStamp = 1;
  }
  const stamp = lineStamp;
  const { start, label, weight } = MODEL;
  walkFeatures(
    {
      clean: input.clean,
      reached: input.reached,
      rules: input.rules,
      names: MODEL.names,
      known: MODEL.english,
    },
    (kind, key, second) => {
      const row = second === undefined ? single.get(kind)?.get(key) : pairs.get(key)?.get(second);
      if (row === undefined || countedAt[row] === stamp) return;
      countedAt[row] = stamp;
      const end = start[row + 1] as number;
      for (let j = start[row] as number; j < end; j++) {
        const k = label[j] as number;
        sum[k] = (sum[k] as number) + (weight[j] as number);
      }
    },
  );
  return sum;
}

let lineStamp = 0;
const countedAt = new Uint32Array(MODEL.rowCount);

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
