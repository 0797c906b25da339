import type { AttemptRecord, TranscriptLine } from '../../scenario/campaignTypes';
import type { Scenario } from '../../scenario/schema';
import { gradeLine } from '../../scoring/index';
import type { Finding, LineGrade, Scorecard } from '../../scoring/types';

export type Verdict = 'good' | 'better' | 'poor';

export const VERDICT_LABELS: Record<Verdict, { label: string; symbol: string }> = {
  good: { label: 'Good', symbol: '✓' },
  better: { label: 'Could be better', symbol: '△' },
  poor: { label: 'Poor', symbol: '✗' },
};

/** A reason behind a verdict, tied to its tip when a finding gave it. */
export interface Reason {
  text: string;
  tip?: Finding['tip'];
}

export interface AnnotatedLine {
  line: TranscriptLine;
  /** Index in the attempt's turns (the grader's turn index). */
  turn: number;
  /** Only the caller's lines are graded. */
  review?: {
    verdict: Verdict;
    reasons: Reason[];
    grade: LineGrade;
    /** The scenario's model line for this turn, shown for lines that fell short. */
    model?: string;
  };
}

export interface AnnotatedAttempt {
  attempt: AttemptRecord;
  index: number;
  lines: AnnotatedLine[];
}

// A single finding costing this much, or a pushy or rude line, makes the line poor.
const POOR_POINTS = 10;
const LOW = 40;
const FAIR = 70;

function isRude(grade: LineGrade): boolean {
  return grade.tone === undefined ? grade.politeness < LOW : grade.tone === 'rude';
}

function gradeReasons(grade: LineGrade): Reason[] {
  const reasons: Reason[] = [];
  if (grade.pushy) reasons.push({ text: 'It sounds pushy or impatient.', tip: 'T4' });
  if (grade.recitesCredentials) {
    reasons.push({ text: 'It repeats qualifications the interview already covered.', tip: 'T3' });
  }
  if (grade.brevity < FAIR) {
    reasons.push({ text: `It is long for a phone turn (${grade.words} words).`, tip: 'T3' });
  }
  if (isRude(grade))
    reasons.push({ text: 'It sounds curt; a please or thank you goes a long way.', tip: 'T4' });
  if (grade.fillers >= 2)
    reasons.push({ text: `It has ${grade.fillers} filler words.`, tip: 'T4' });
  return reasons;
}

function verdictOf(grade: LineGrade, problems: readonly Finding[]): Verdict {
  if (grade.pushy || isRude(grade) || grade.brevity < LOW) return 'poor';
  if (problems.some((f) => (f.points ?? 0) >= POOR_POINTS)) return 'poor';
  if (problems.length > 0 || gradeReasons(grade).length > 0) return 'better';
  return 'good';
}

function review(
  scenario: Scenario,
  attempt: AttemptRecord,
  attemptIndex: number,
  turn: number,
  findings: readonly Finding[],
): AnnotatedLine['review'] {
  const line = attempt.turns[turn] as TranscriptLine;
  // Graded as the call grader does (by who picked up), so verdicts and findings agree.
  const grade = gradeLine({
    text: line.text,
    ...(line.seconds === undefined ? {} : { seconds: line.seconds }),
    ...(attempt.reached === 'no_answer' ? {} : { reached: attempt.reached }),
  });
  const here = findings.filter((f) => f.attempt === attemptIndex && f.turn === turn);
  const problems = here.filter((f) => f.kind !== 'good');
  const verdict = verdictOf(grade, problems);
  const fromFindings: Reason[] = (verdict === 'good' ? here : problems).map((f) => ({
    text: f.suggestion ? `${f.message} ${f.suggestion}` : f.message,
    tip: f.tip,
  }));
  const seen = new Set(fromFindings.map((r) => r.tip));
  const extra = verdict === 'good' ? [] : gradeReasons(grade).filter((r) => !seen.has(r.tip));
  const reasons = [...fromFindings, ...extra];
  if (reasons.length === 0) reasons.push({ text: 'Clear, courteous and to the point.' });
  const model = scenario.nodes[line.nodeId]?.reply?.model;
  return { verdict, reasons, grade, ...(verdict === 'poor' && model ? { model } : {}) };
}

/**
 * The debrief's annotated transcript: every caller line graded on its own (`gradeLine`) and
 * with the call's findings about that turn, marked good / could be better / poor with why.
 */
export function annotateCampaign(
  scenario: Scenario,
  attempts: readonly AttemptRecord[],
  card: Scorecard,
): AnnotatedAttempt[] {
  return attempts.map((attempt, index) => ({
    attempt,
    index,
    lines: attempt.turns.map((line, turn) => ({
      line,
      turn,
      ...(line.speaker === 'me'
        ? { review: review(scenario, attempt, index, turn, card.findings) }
        : {}),
    })),
  }));
}

/** "call 1, your line 2" for a finding's attempt/turn, or undefined when it has none. */
export function describeTurn(
  attempts: readonly AttemptRecord[],
  attempt: number | undefined,
  turn: number | undefined,
): string | undefined {
  if (attempt === undefined) return undefined;
  const call = `call ${attempt + 1}`;
  const turns = attempts[attempt]?.turns;
  if (turn === undefined || !turns || turns[turn]?.speaker !== 'me') return call;
  const line = turns.slice(0, turn + 1).filter((t) => t.speaker === 'me').length;
  return `${call}, your line ${line}`;
}
