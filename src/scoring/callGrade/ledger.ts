/**
 * A dimension's account: it starts at 100 and every deduction is a finding, so the score is
 * exactly 100 minus the points its findings list. Deductions stop at zero (a finding that
 * arrives when nothing is left records 0 points but still tells the learner).
 */
import type { TipId } from '../tips';
import type { Dimension, Finding } from '../types';

export interface Note {
  tip: TipId;
  message: string;
  suggestion?: string;
  attempt?: number;
  turn?: number;
  phrase?: string;
  /**
   * What the problem is, when several dimensions' findings are about it ("rough@1.2": a rough
   * line; "thanks@1": no thanks on call 1). Findings with one key are one problem in the debrief.
   */
  problem?: string;
}

/** The problem key of a caller line that is rude, pushy or curt: one problem, whatever it costs. */
export function roughLine(attempt: number, turn: number): string {
  return `rough@${attempt}.${turn}`;
}

/** The problem key of a call that did not thank them. */
export function noThanks(attempt: number): string {
  return `thanks@${attempt}`;
}

/** The problem key of a call on which the caller never said who they are. */
export function noName(attempt: number): string {
  return `name@${attempt}`;
}

/** The problem key of a call answered by a person and hung up on without a word. */
export function hungUp(attempt: number): string {
  return `hungup@${attempt}`;
}

export class Ledger {
  readonly findings: Finding[] = [];
  private lostSoFar = 0;
  /** True once anything in the log could be judged for this dimension. */
  applies = false;

  constructor(readonly dimension: Dimension) {}

  /** Records a deduction of `points` (rounded, capped at what is left). */
  lose(points: number, note: Note): void {
    const wanted = Number.isFinite(points) ? Math.max(0, Math.round(points)) : 0;
    const taken = Math.min(wanted, 100 - this.lostSoFar);
    this.lostSoFar += taken;
    this.applies = true;
    this.findings.push({ dimension: this.dimension, kind: 'improve', points: taken, ...note });
  }

  /** Records praise (0 points). */
  praise(note: Note): void {
    this.applies = true;
    this.findings.push({ dimension: this.dimension, kind: 'good', points: 0, ...note });
  }

  get lost(): number {
    return this.lostSoFar;
  }

  get score(): number {
    return 100 - this.lostSoFar;
  }
}

/**
 * Findings grouped by the problem they are about, in the order first found (a finding without
 * a `problem` key is a problem of its own). The scorecard and the line reviews both group so.
 */
export function groupByProblem(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  findings.forEach((f, i) => {
    const key = f.problem ?? `#${i}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  });
  return [...groups.values()];
}

/** The finding that speaks for a problem: the costliest of its group (the first of equals). */
export function mainFinding(group: readonly Finding[]): Finding {
  return group.reduce((best, f) => ((f.points ?? 0) > (best.points ?? 0) ? f : best));
}

/** True for a finding that explains lost points (not praise, not a notice). */
export function isProblem(f: Pick<Finding, 'kind'>): boolean {
  return f.kind !== 'good' && f.kind !== 'notice';
}
