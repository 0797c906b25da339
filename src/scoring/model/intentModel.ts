/**
 * The fitted intent model: one logistic regression per intent over `lineFeatures`. Its weights
 * are a committed file written by `scripts/trainIntentModel.ts`; nothing is fitted at run time.
 */
import { INTENTS, type Intent } from '../vocabulary';
import weightsFile from './intentWeights.json' with { type: 'json' };

/** What the model reads: the contract's intents, and two flags the grader needs beside them. */
export const LABELS = [...INTENTS, 'insult', 'off_topic'] as const;
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
  /** Feature name -> its non-zero weights as "k:w" pairs, k the intent's place in `intents`. */
  features: Record<string, string>;
}

interface Model {
  /** feature -> weight per intent, in vocabulary order. */
  table: Map<string, Float64Array>;
  threshold: number;
  overrides: ReadonlySet<Intent>;
  english: ReadonlySet<string>;
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
  return {
    table,
    threshold: file.threshold,
    overrides: new Set(
      (file.overrides ?? []).filter((name): name is Intent =>
        (INTENTS as readonly string[]).includes(name),
      ),
    ),
    english: new Set((file.english ?? '').split(' ')),
  };
}

const MODEL = load(weightsFile as unknown as WeightsFile);

/** Intents whose phrase rule, when it fires, decides the intent whatever the model weighs. */
export const RULE_OVERRIDES = MODEL.overrides;

/** A line carries an intent when its log-odds exceed this. */
export const INTENT_THRESHOLD = MODEL.threshold;

/** Words the model was fitted on (from English lines): how much of a line it can read. */
export const KNOWN_WORDS = MODEL.english;

/** The log-odds of each label (`LABELS` order) for a line's features. */
export function labelLogits(features: readonly string[]): Float64Array {
  const sum = new Float64Array(LABELS.length);
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f)) continue;
    seen.add(f);
    const row = MODEL.table.get(f);
    if (!row) continue;
    for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) + (row[k] as number);
  }
  return sum;
}

/** One feature's share in a reading: what in the line weighed for (or against) an intent. */
export interface Evidence {
  feature: string;
  weight: number;
}

/** The features that weighed most for an intent in this line, strongest first. */
export function evidenceFor(features: readonly string[], label: Label, n = 3): Evidence[] {
  const k = LABELS.indexOf(label);
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const f of features) {
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
  if (kind === 'w' || kind === 'n') return rest === '#' ? undefined : rest;
  if (kind === 'b') {
    const words = rest.split('_').filter((w) => w !== '^' && w !== '$' && w !== '#');
    return words.length > 0 ? words.join(' ') : undefined;
  }
  if (kind === 's') return `${rest}…`;
  return undefined;
}
