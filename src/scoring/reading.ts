/**
 * The one reading of a caller's line: cleaned once, read by the phrase rules, then weighed by
 * the fitted model over words, word pairs and the rules' findings. Rules alone miss whatever
 * phrasing they were not written for; the model was fitted on thousands of labelled lines.
 */
import { withoutFillers } from './fillers';
import { forParty, intentsOf } from './intents';
import { lineFeatures } from './model/features';
import { INTENT_THRESHOLD, intentLogits, RULE_OVERRIDES } from './model/intentModel';
import { cleanSpoken } from './spoken';
import { normalise } from './text';
import { INTENTS, type Intent, type Reached } from './vocabulary';

/** A line as the grader reads it. */
export interface Reading {
  /** `normalise`d text. */
  lower: string;
  /** Cleaned for reading: apostrophes, stammers, number words, dialect forms, no fillers. */
  clean: string;
  /** What the phrase rules found (a feature of the model, and the findings' wording). */
  rules: Intent[];
  features: string[];
  intents: Intent[];
}

/** The pieces the model reads, without the model: shared with the training script. */
export function prepare(
  raw: string,
  reached: Reached | undefined,
): Omit<Reading, 'intents'> & { lower: string } {
  const lower = normalise(raw);
  const clean = withoutFillers(cleanSpoken(lower));
  const rules = lower.length === 0 ? [] : intentsOf(raw, lower, clean);
  const features = lineFeatures({ clean, rules, ...(reached ? { reached } : {}) });
  return { lower, clean, rules, features };
}

/** Reads a line: its intents as heard by `reached` (a voicemail cannot put anyone through). */
export function readLine(raw: string, reached?: Reached): Reading {
  const prepared = prepare(raw, reached);
  if (prepared.lower.length === 0) return { ...prepared, intents: [] };
  const logits = intentLogits(prepared.features);
  const rules = new Set(prepared.rules);
  const found = INTENTS.filter(
    (intent, k) =>
      (RULE_OVERRIDES.has(intent) && rules.has(intent)) || (logits[k] as number) > INTENT_THRESHOLD,
  );
  return { ...prepared, intents: forParty(found, reached) };
}

/**
 * Classifies free text (typed or recognised speech) into the contract's intents, as heard by
 * `reached`. This is the one reading of a typed or spoken line: the machine branches on it and
 * the call log carries it to the grader.
 */
export function classifyIntents(text: string, reached?: Reached): Intent[] {
  return readLine(text, reached).intents;
}
