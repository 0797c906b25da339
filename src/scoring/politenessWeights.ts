// Provisional hand-set weights; scripts/eval-politeness.ts regenerates this file.
import type { FeatureName } from './features';

export interface PolitenessModel {
  bias: number;
  features: Record<FeatureName, number>;
  unigrams: Record<string, number>;
  /** Maps the model's log-odds to the 0-100 scale: 100 * sigmoid(scale * logit + offset). */
  scale: number;
  offset: number;
}

export const POLITENESS_MODEL: PolitenessModel = {
  bias: 0,
  features: {
    gratitude: 1.7,
    deference: 1.5,
    greeting: 0.9,
    positive: 0.2,
    negative: -0.3,
    apology: 0.7,
    please: 1,
    pleaseStart: -0.6,
    indirect: 1.2,
    directQuestion: -0.6,
    directStart: -0.8,
    counterfactual: 0.9,
    indicative: 0.2,
    firstPersonStart: 0.2,
    firstPersonPlural: 0.1,
    firstPerson: 0.1,
    secondPerson: 0.1,
    secondPersonStart: -0.6,
    hedge: 0.3,
    factuality: -0.7,
    subjunctive: 0.8,
    imperativeStart: -0.8,
    directive: -0.8,
    why: -0.8,
    complaint: -1,
    insult: -2,
    shouting: -1.5,
    manyMarks: -1,
    question: 0,
    exclaim: 0,
    longLine: 0,
  },
  unigrams: {},
  scale: 1,
  offset: 0,
};
