/**
 * The scorecard of a whole follow-up campaign: five dimensions, each 100 minus the points of
 * its findings, and an overall score weighted over the dimensions the log lets us judge.
 */

import type { CallLog } from '../types';
import { DIMENSIONS, type Dimension, type Scorecard } from '../types';
import { gradeBrevity } from './brevity';
import { gradeComposure } from './composure';
import { buildContext } from './context';
import type { Ledger } from './ledger';
import { reviewLines, unreadNotices } from './lineReviews';
import { gradePoliteness } from './politeness';
import { focusOf, mergeProblems } from './problems';
import { gradePurpose } from './purpose';
import { gradeTiming } from './timing';

/** How much each dimension counts in `overall` when it applies. */
// Timing weighs most: a call made too soon or too often hurts however well it goes (T1, T2).
export const WEIGHTS: Record<Dimension, number> = {
  timing: 30,
  brevity: 15,
  politeness: 20,
  purpose: 20,
  composure: 15,
};

/**
 * How far `overall` is pulled from the weighted mean toward the weakest dimension that applies.
 * A plain mean lets one serious fault (an ultimatum, a call on the interview day) hide behind
 * four clean dimensions; halfway toward the weakest keeps such a call out of the top band.
 */
export const WORST_PULL = 0.5;

/** Grades a validated call log (use parseCallLog first for untrusted input). */
export function gradeCall(log: CallLog): Scorecard {
  const ctx = buildContext(log);
  // A call in another language was not understood: nothing is said about what it lacked.
  const read = {
    ...ctx,
    ordered: ctx.ordered.filter((v) => v.mine.every((m) => m.grade.english !== false)),
  };
  const ledgers: Record<Dimension, Ledger> = {
    timing: gradeTiming(ctx),
    brevity: gradeBrevity(read),
    politeness: gradePoliteness(read),
    purpose: gradePurpose(read),
    composure: gradeComposure(read),
  };
  let weighted = 0;
  let total = 0;
  let worst = 100;
  const dimensions = {} as Scorecard['dimensions'];
  for (const d of DIMENSIONS) {
    const l = ledgers[d];
    const applies = l.applies || d === 'timing';
    const weight = applies ? WEIGHTS[d] : 0;
    dimensions[d] = { score: l.score, applies, lost: l.lost, weight };
    weighted += weight * l.score;
    total += weight;
    if (applies) worst = Math.min(worst, l.score);
  }
  const mean = total > 0 ? weighted / total : 100;
  const findings = DIMENSIONS.flatMap((d) => ledgers[d].findings);
  const lines = reviewLines(ctx, findings);
  const problems = mergeProblems(findings, lines);
  const card: Scorecard = {
    overall: Math.round(mean - WORST_PULL * Math.max(0, mean - worst)),
    dimensions,
    findings: [...findings, ...unreadNotices(ctx)],
    lines,
    problems,
    focus: focusOf(problems),
  };
  if (log.scenario !== undefined) card.scenario = log.scenario;
  return card;
}
