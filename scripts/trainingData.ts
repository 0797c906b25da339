/**
 * The labelled lines the intent model is fitted on, and the hash that ties the committed
 * weights to them (and to the code that turns a line into features).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, type Intent, isIntent, PARTIES, type Party } from '../src/scoring/vocabulary.ts';

export interface LabelledLine {
  text: string;
  reached?: Party;
  intents: Intent[];
  tone?: 'polite' | 'neutral' | 'rude';
  style?: string;
  english?: string;
  insult?: boolean;
  offTopic?: boolean;
  language?: string;
  file: string;
}

const ROOT = new URL('..', import.meta.url).pathname;

/** The training corpus: every file of `data/corpus`, and the project's older labelled lines. */
export function trainingFiles(): string[] {
  const corpus = readdirSync(join(ROOT, 'data/corpus'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join('data/corpus', f));
  return [...corpus, 'data/labelled/lines.jsonl', 'data/labelled/fresh-lines.jsonl'];
}

/**
 * The held-out sets' files (`data/independent*`: lines, pairs, calls), relative to the root:
 * never trained on, only measured with.
 */
export function heldOutFiles(): string[] {
  return readdirSync(join(ROOT, 'data'))
    .filter((d) => d.startsWith('independent'))
    .sort()
    .flatMap((d) =>
      readdirSync(join(ROOT, 'data', d))
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => `data/${d}/${f}`),
    );
}

// The code a line passes through before the model weighs it: changing any of it, or the data,
// makes the committed weights stale.
const READING_CODE = [
  'src/scoring/vocabulary.ts',
  'src/scoring/text.ts',
  'src/scoring/spoken.ts',
  'src/scoring/fillers.ts',
  'src/scoring/intents.ts',
  'src/scoring/intentPatterns.ts',
  'src/scoring/identify.ts',
  'src/scoring/credentials.ts',
  'src/scoring/pressure.ts',
  'src/scoring/prefilter.ts',
  'src/scoring/shouting.ts',
  'src/scoring/reading.ts',
  'src/scoring/model/features.ts',
  'scripts/trainingData.ts',
  'scripts/trainIntentModel.ts',
];

/** Hash of the training data and the reading code, stored in the weights file. */
export function trainingSource(): string {
  const hash = createHash('sha256');
  for (const f of [...trainingFiles(), ...READING_CODE]) {
    hash.update(f);
    hash.update('\0');
    hash.update(readFileSync(join(ROOT, f), 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Reads labelled lines from a JSON Lines file (relative to the project root); throws on a bad line. */
export function readLabelled(file: string): LabelledLine[] {
  const out: LabelledLine[] = [];
  readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const v = JSON.parse(line) as Record<string, unknown>;
      const where = `${file}:${i + 1}`;
      if (typeof v.text !== 'string') throw new Error(`${where}: text must be a string`);
      const intents = v.intents;
      if (!Array.isArray(intents) || !intents.every((x) => typeof x === 'string' && isIntent(x))) {
        throw new Error(`${where}: intents must be a list of the vocabulary's intents`);
      }
      const reached = v.reached;
      if (reached !== undefined && !(PARTIES as readonly unknown[]).includes(reached)) {
        throw new Error(`${where}: reached must be one of ${PARTIES.join(', ')}`);
      }
      const labels = new Set<Intent>(intents as Intent[]);
      // The older sets carry pushy / recitesCredentials flags beside the intents.
      if (v.pushy === true) labels.add('pressure');
      if (v.recitesCredentials === true) labels.add('recite_credentials');
      out.push({
        ...(v as object),
        text: v.text,
        intents: INTENTS.filter((x) => labels.has(x)),
        file,
      } as LabelledLine);
    });
  return out;
}

/** A stable pseudo-random number in [0, 1) from a string (for splits that never move). */
export function stableFraction(s: string): number {
  return Number.parseInt(createHash('sha256').update(s).digest('hex').slice(0, 8), 16) / 2 ** 32;
}
