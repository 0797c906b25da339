/**
 * Each problem once: findings from several dimensions about one thing (a pushy line costs
 * politeness and composure; a missing thank-you costs politeness and purpose) become one
 * problem with its cost in each. The debrief opens with the costliest few.
 */
import type { Finding, LineReview, Problem } from '../types';
import { groupByProblem, isProblem, mainFinding } from './ledger';

/** How many problems the debrief puts first, as the things to work on. */
export const FOCUS_COUNT = 3;

function lineAt(lines: readonly LineReview[], f: Finding): LineReview | undefined {
  if (f.attempt === undefined || f.turn === undefined) return undefined;
  return lines.find((l) => l.attempt === f.attempt && l.turn === f.turn);
}

/** The scorecard's problems, costliest first (ties in the order they were found). */
export function mergeProblems(
  findings: readonly Finding[],
  lines: readonly LineReview[],
): Problem[] {
  const problems: Problem[] = [];
  for (const group of groupByProblem(findings.filter(isProblem))) {
    // Costliest first (a stable sort: the first of equals stays first); it speaks for the problem.
    const ranked = [...group].sort((a, b) => (b.points ?? 0) - (a.points ?? 0));
    const main = mainFinding(group);
    const costs: Problem['costs'] = {};
    for (const f of group) costs[f.dimension] = (costs[f.dimension] ?? 0) + (f.points ?? 0);
    const phrase = ranked.find((f) => f.phrase !== undefined)?.phrase;
    const suggestion = ranked.find((f) => f.suggestion !== undefined)?.suggestion;
    const line = lineAt(lines, main);
    problems.push({
      dimension: main.dimension,
      tip: main.tip,
      message: main.message,
      ...(suggestion !== undefined ? { suggestion } : {}),
      ...(main.attempt !== undefined ? { attempt: main.attempt } : {}),
      ...(main.turn !== undefined ? { turn: main.turn } : {}),
      ...(phrase !== undefined ? { phrase } : {}),
      ...(line ? { line: line.grade.text } : {}),
      ...(line?.model !== undefined ? { model: line.model } : {}),
      points: group.reduce((sum, f) => sum + (f.points ?? 0), 0),
      costs,
      findings: ranked,
    });
  }
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.points - a.p.points || a.i - b.i)
    .map(({ p }) => p);
}

/** The problems to work on first: the costliest that cost anything. */
export function focusOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.points > 0).slice(0, FOCUS_COUNT);
}
