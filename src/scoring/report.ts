/** Human-readable scorecard for `grade call.json`: scores, then findings tied to the transcript. */
import { TIPS } from './tips';
import { type CallLog, DIMENSIONS, type Finding, type Scorecard } from './types';

function bar(score: number): string {
  const filled = Math.round(score / 10);
  return `${'#'.repeat(filled)}${'.'.repeat(10 - filled)}`;
}

function where(log: CallLog, f: Finding): string {
  if (f.attempt === undefined) return '';
  const a = log.attempts[f.attempt];
  if (!a) return '';
  let text = ` [call ${f.attempt + 1}: day ${a.day} ${a.time}, ${a.reached.replace('_', ' ')}`;
  if (f.turn !== undefined) text += `, turn ${f.turn + 1}`;
  return `${text}]`;
}

/** Formats a scorecard as plain text for a coach or learner reading a terminal. */
export function formatReport(log: CallLog, card: Scorecard): string {
  const out: string[] = [];
  out.push(`Follow-up call scorecard${card.scenario ? ` (${card.scenario})` : ''}`);
  out.push(`Overall: ${card.overall}/100`, '');
  for (const d of DIMENSIONS) {
    const s = card.dimensions[d];
    const label = d.padEnd(11);
    out.push(
      s.applies === false
        ? `  ${label} not judged (nothing in this log to judge it by)`
        : `  ${label} ${String(s.score).padStart(3)}  ${bar(s.score)}`,
    );
  }
  const improve = card.findings.filter((f) => f.kind !== 'good');
  const good = card.findings.filter((f) => f.kind === 'good');
  if (improve.length > 0) {
    out.push('', 'To improve:');
    for (const f of improve) {
      out.push(
        `  - (${f.dimension}, -${f.points ?? 0}, ${f.tip} ${TIPS[f.tip].title})${where(log, f)}`,
      );
      out.push(`    ${f.message}`);
      if (f.suggestion) out.push(`    Try: ${f.suggestion}`);
    }
  }
  if (good.length > 0) {
    out.push('', 'Done well:');
    for (const f of good) out.push(`  + (${f.dimension}, ${f.tip})${where(log, f)} ${f.message}`);
  }
  return `${out.join('\n')}\n`;
}
